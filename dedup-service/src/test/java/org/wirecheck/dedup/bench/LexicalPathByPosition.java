package org.wirecheck.dedup.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.List;

import org.openjdk.jmh.infra.Blackhole;

/**
 * {@link LexicalPathBenchmark}'s operations run a fixed number of times, with the thread's CPU time per block of
 * incoming articles: articles per CPU-second at the same positions of the stream for every implementation.
 * <p>
 * Why: the benchmark's work per article grows as a run goes on (each incoming article is inserted, so an edited
 * reprint meets more and more earlier reprints of its story, and after {@code 50,000} articles exact copies of
 * earlier ones), and JMH's iterations are timed, so a faster implementation gets further into the stream and
 * measures a heavier part of it. Blocks at the same positions compare like with like.
 * <p>
 * {@code java ... org.wirecheck.dedup.bench.LexicalPathByPosition [articles] [block] [method...]}, methods
 * {@code wirecheck}, {@code wirecheckCandidates} (the lookup without verification) and {@code javaLsh} (default the
 * first and the last, each on its own fresh set-up; the set-up's recall measurement
 * runs every path over 25,000 queries first, so they are compiled).
 */
public final class LexicalPathByPosition {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    private LexicalPathByPosition() {
    }

    public static void main(String[] args) throws IOException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        int block = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        String[] methods = args.length > 2
                ? java.util.Arrays.copyOfRange(args, 2, args.length)
                : new String[]{"wirecheck", "javaLsh"};
        for (String method : methods) {
            if (!List.of("wirecheck", "wirecheckCandidates", "javaLsh").contains(method)) {
                throw new IllegalArgumentException(
                        "Unknown method: " + method + " (wirecheck, wirecheckCandidates, javaLsh)");
            }
        }
        Blackhole blackhole = new Blackhole(
                "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
        // The set-up's recall measurement runs every path over 25,000 queries first, which compiles them.
        CpuTime cpu = new CpuTime();
        cpu.reset();
        for (String method : methods) {
            LexicalPathBenchmark state = newState();
            StringBuilder line = new StringBuilder(method + ", articles per CPU-second by block of " + block + ":");
            long total = 0;
            for (int done = 0; done < articles; done += block) {
                long start = THREADS.getCurrentThreadCpuTime();
                for (int i = 0; i < block; i++) {
                    switch (method) {
                        case "wirecheck" -> state.wirecheck(blackhole, cpu);
                        case "wirecheckCandidates" -> state.wirecheckCandidates(blackhole, cpu);
                        case "javaLsh" -> state.javaLsh(blackhole, cpu);
                        default -> throw new IllegalStateException(method);
                    }
                }
                long nanos = THREADS.getCurrentThreadCpuTime() - start;
                total += nanos;
                line.append(String.format(" %,.0f", block / (nanos / 1e9)));
            }
            line.append(String.format("; all %,d: %,.0f", articles, articles / (total / 1e9)));
            System.out.println(line);
        }
    }

    private static LexicalPathBenchmark newState() throws IOException {
        LexicalPathBenchmark state = new LexicalPathBenchmark();
        state.corpusSize = 10_000;
        state.setUp();
        return state;
    }
}
