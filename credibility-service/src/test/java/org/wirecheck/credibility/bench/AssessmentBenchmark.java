package org.wirecheck.credibility.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.wirecheck.credibility.engine.Article;
import org.wirecheck.credibility.engine.Assessment;
import org.wirecheck.credibility.engine.CredibilityEngine;
import org.wirecheck.credibility.engine.KnownPublisher;
import org.wirecheck.credibility.engine.PublisherDirectory;
import org.wirecheck.credibility.engine.PublisherKind;
import org.wirecheck.credibility.engine.ScoringWeights;

/**
 * Assessments per second on one thread for 1,000-word wire articles, with a registry of the size the seed migration
 * installs. Run: {@code ./mvnw -B -o -pl credibility-service verify -Pbench}.
 * <p>
 * "Per core" is measured twice: the usual wall-clock throughput of one benchmark thread (which equals per-core
 * throughput only on an idle machine), and the thread's own CPU time ({@link ThreadMXBean}), reported as the auxiliary
 * counters {@code assessments} and {@code cpuMicros}; their ratio is assessments per CPU-second, which stays
 * meaningful when other processes share the cores.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 3)
@Measurement(iterations = 3, time = 5)
@Fork(1)
@Threads(1)
public class AssessmentBenchmark {

    @Param({"1000"})
    public int words;

    private CredibilityEngine engine;
    private PublisherDirectory directory;
    private Article[] articles;
    private int next;

    @Setup
    public void setUp() {
        engine = new CredibilityEngine(ScoringWeights.defaults());
        List<KnownPublisher> publishers = new ArrayList<>();
        for (int i = 0; i < 70; i++) {
            publishers.add(new KnownPublisher(i, "Publisher Number " + i, PublisherKind.NEWSPAPER,
                    List.of("PN" + i, "The Number " + i + " Daily"), List.of("number" + i + ".example")));
        }
        publishers.add(new KnownPublisher(100, "Reuters", PublisherKind.WIRE_AGENCY, List.of(), List.of()));
        publishers.add(new KnownPublisher(101, "Voice of America", PublisherKind.STATE_AFFILIATED,
                List.of("VOA", "VOA News"), List.of("voanews.com")));
        directory = new PublisherDirectory(publishers);
        articles = new Article[16];
        for (int i = 0; i < articles.length; i++) {
            articles[i] = new Article(SyntheticWireCopy.article(words, i), null, null, null, null);
        }
    }

    /** CPU time spent by the benchmark thread inside {@code assess}, and the number of calls. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.EVENTS)
    public static class CpuTime {
        public long assessments;
        public long cpuMicros;

        @Setup(Level.Iteration)
        public void reset() {
            assessments = 0;
            cpuMicros = 0;
        }
    }

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Benchmark
    public Assessment assess(CpuTime cpu) {
        Article a = articles[next++ & (articles.length - 1)];
        long t0 = THREADS.getCurrentThreadCpuTime();
        Assessment result = engine.assess(a, List.of(), directory);
        cpu.cpuMicros += (THREADS.getCurrentThreadCpuTime() - t0) / 1000;
        cpu.assessments++;
        return result;
    }
}
