package org.wirecheck.dedup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.ReprintIndex;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;

/**
 * Query latency with 100k and 1M synthetic articles indexed (sampled, so JMH reports p50/p99), and index memory per
 * article. A query is the whole lexical path for one incoming article: analysis, candidate lookup, and word-for-word
 * verification of the candidates, which are read back by regenerating and analysing them (in the service: a
 * PostgreSQL read or a cache hit). Half the queries are edited reprints of indexed articles, half are new.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class QueryLatencyBenchmark {

    @Param({"100000", "1000000"})
    public int indexed;

    private final SyntheticNews news = new SyntheticNews(42);
    private ReprintIndex index;
    private final List<String> queries = new ArrayList<>();
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        index = new ReprintIndex(new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
            throw new IllegalStateException("The lexical benchmark must not reach the embedding model");
        }), id -> {
            readBacks++;
            return AnalysedArticle.of(news.article(id.getLeastSignificantBits()));
        });
        System.gc();
        long heapBefore = usedHeap();
        for (int i = 0; i < indexed; i++) {
            AnalysedArticle article = AnalysedArticle.of(news.article(i));
            index.add(new UUID(0, i), null, article.fingerprints(), article.anchors());
        }
        System.gc();
        long heapAfter = usedHeap();
        for (int q = 0; q < 1_000; q++) {
            queries.add(q % 2 == 0
                    ? news.editedReprint((q * 104_729L) % indexed, q)
                    : news.article(50_000_000L + q));
        }
        String line = String.format("indexed %d: index arrays %.1f bytes/article (lexical path %.1f), heap growth "
                + "%.1f bytes/article%n", indexed, (double) index.bytes() / indexed,
                (double) index.lexicalBytes() / indexed, (double) (heapAfter - heapBefore) / indexed);
        System.out.print(line);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("index-memory.txt"), line, StandardOpenOption.CREATE,
                StandardOpenOption.APPEND);
    }

    private static long usedHeap() {
        Runtime r = Runtime.getRuntime();
        return r.totalMemory() - r.freeMemory();
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    /** Each measured query's thread CPU time: its latency without the time the thread waited for a core. */
    private final long[] cpuNanos = new long[1 << 22];
    /** Each measured query's candidates read back (regenerated and analysed here; a database read in the service). */
    private final int[] readBacksPerQuery = new int[1 << 22];
    private int readBacks;
    private int recorded;
    private boolean measuring;

    @Setup(Level.Iteration)
    public void iteration(IterationParams params) {
        measuring = params.getType() == IterationType.MEASUREMENT;
    }

    @Benchmark
    public List<Reprint> query(CpuTime cpu) {
        long start = THREADS.getCurrentThreadCpuTime();
        readBacks = 0;
        String q = queries.get(next);
        next = (next + 1) % queries.size();
        List<Reprint> found = index.findLexical(AnalysedArticle.of(q), null, null);
        if (measuring && recorded < cpuNanos.length) {
            readBacksPerQuery[recorded] = readBacks;
            cpuNanos[recorded++] = THREADS.getCurrentThreadCpuTime() - start;
        }
        cpu.tick();
        return found;
    }

    /** Percentiles of the queries' CPU time, beside JMH's wall-clock ones, in {@code cpu-latency.txt}. */
    @TearDown(Level.Trial)
    public void cpuPercentiles() throws IOException {
        long[] sorted = Arrays.copyOf(cpuNanos, recorded);
        Arrays.sort(sorted);
        StringBuilder line = new StringBuilder(String.format("indexed %d: %d queries, thread CPU time per query:",
                indexed, recorded));
        double[] shares = {0.5, 0.9, 0.95, 0.99, 0.999, 1.0};
        String[] labels = {"p50", "p90", "p95", "p99", "p99.9", "max"};
        for (int k = 0; k < shares.length; k++) {
            int at = (int) Math.min(sorted.length - 1, Math.ceil(shares[k] * sorted.length) - 1);
            line.append(
                    String.format(" %s %.3f ms", labels[k], sorted.length == 0 ? 0 : sorted[Math.max(0, at)] / 1e6));
        }
        line.append(String.format(", mean %.3f ms; read-backs per query:",
                Arrays.stream(sorted).average().orElse(0) / 1e6));
        int[] reads = Arrays.copyOf(readBacksPerQuery, recorded);
        Arrays.sort(reads);
        for (int k = 0; k < shares.length; k++) {
            int at = (int) Math.min(reads.length - 1, Math.ceil(shares[k] * reads.length) - 1);
            line.append(String.format(" %s %d", labels[k], reads.length == 0 ? 0 : reads[Math.max(0, at)]));
        }
        line.append(String.format(", mean %.2f%n", Arrays.stream(reads).average().orElse(0)));
        System.out.print(line);
        Path dir = Path.of("target", "bench");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("cpu-latency.txt"), line, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
