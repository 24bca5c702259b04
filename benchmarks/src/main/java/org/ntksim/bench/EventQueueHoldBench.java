package org.ntksim.bench;

import java.util.concurrent.TimeUnit;
import org.ntksim.engine.EventCursor;
import org.ntksim.engine.EventQueue;
import org.ntksim.random.RandomStreams;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The classic hold model: a queue holds {@code population} events; one "hold" pops the earliest
 * and schedules a new one at its time plus an exponential increment (mean 1 ms). The population
 * is constant, so this measures steady-state poll + schedule cost. Score: ns per hold.
 *
 * <p>Increments are precomputed from stream "hold.increments" (seed 42, run 0) and cycled.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class EventQueueHoldBench {

    static final int HOLDS = 1 << 14;

    @Param({"reference", "heap", "radix"})
    String impl;

    @Param({"1000", "100000", "1000000"})
    int population;

    EventQueue queue;
    EventCursor cursor;
    long[] increments;
    int next;

    @Setup
    public void setUp() {
        final RandomStreams streams = new RandomStreams(42, 0);
        increments = RandomTables.exponentialNs(streams, "hold.increments", 1_000_000.0);
        queue = Queues.create(impl, population);
        cursor = new EventCursor();
        for (int i = 0; i < population; i++) {
            queue.schedule(increments[next++ & RandomTables.MASK], 1, i, 0L);
        }
    }

    @Benchmark
    @OperationsPerInvocation(HOLDS)
    public long hold() {
        final EventQueue q = queue;
        final EventCursor ev = cursor;
        final long[] inc = increments;
        int i = next;
        long sum = 0;
        for (int h = 0; h < HOLDS; h++) {
            q.poll(ev);
            final long t = ev.timeNs();
            sum += t;
            q.schedule(t + inc[i++ & RandomTables.MASK], ev.kind(), ev.target(), ev.arg());
        }
        next = i;
        return sum;
    }
}
