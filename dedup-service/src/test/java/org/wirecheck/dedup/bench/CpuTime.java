package org.wirecheck.dedup.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The benchmark thread's own CPU time ({@link ThreadMXBean}) and the number of operations, as JMH auxiliary counters
 * ({@code articles}, {@code cpuMicros}). On a shared 2-core machine the wall-clock throughput depends on how much of a
 * core the thread got; {@code articles / cpuMicros} counts only the time the thread actually ran, so it is the
 * throughput per core. The clock is read every {@value #BATCH} operations (a system call costs about a microsecond,
 * which read on every operation would be a few per cent of it), and only whole batches are counted, so both counters
 * cover the same operations. JMH's loop between operations is counted too.
 */
@State(Scope.Thread)
@AuxCounters(AuxCounters.Type.EVENTS)
public class CpuTime {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final int BATCH = 16;

    public long articles;
    public long cpuMicros;
    private long last;
    private long nanos;
    private int pending;

    @Setup(Level.Iteration)
    public void reset() {
        articles = 0;
        cpuMicros = 0;
        nanos = 0;
        pending = 0;
        last = THREADS.getCurrentThreadCpuTime();
    }

    /** Call at the end of each operation. */
    void tick() {
        if (++pending < BATCH) {
            return;
        }
        long now = THREADS.getCurrentThreadCpuTime();
        nanos += now - last;
        last = now;
        cpuMicros = nanos / 1000;
        articles += pending;
        pending = 0;
    }
}
