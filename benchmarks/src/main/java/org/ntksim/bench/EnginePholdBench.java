package org.ntksim.bench;

import java.util.concurrent.TimeUnit;
import org.ntksim.engine.Simulation;
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
 * PHOLD through {@link Simulation}: {@code nodes} logical processes, one pending event each;
 * every event schedules one new event at a uniformly random node after an exponential delay
 * (mean 1 ms, at least 1 ns). Measures the whole engine: poll, dispatch through the handler
 * registry, bounds checks in {@code schedule}, schedule. Score: events per second.
 *
 * <p>Targets and delays are precomputed from streams "phold.targets"/"phold.delays" (seed 42,
 * run 0) and cycled, so the random number generator is not measured.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class EnginePholdBench {

    static final int EVENTS = 1 << 16;

    @Param({"reference", "heap", "radix"})
    String impl;

    @Param({"1000", "100000", "1000000"})
    int nodes;

    Simulation sim;
    int kind;
    int[] targets;
    long[] delays;
    int next;

    @Setup
    public void setUp() {
        final RandomStreams streams = new RandomStreams(42, 0);
        targets = RandomTables.uniformInts(streams, "phold.targets", nodes);
        delays = RandomTables.exponentialNs(streams, "phold.delays", 1_000_000.0);
        sim = new Simulation(streams, Queues.create(impl, nodes));
        kind = sim.registerHandler(this::onEvent);
        for (int node = 0; node < nodes; node++) {
            sim.schedule(delays[next++ & RandomTables.MASK], kind, node, 0L);
        }
    }

    private void onEvent(final Simulation s, final int target, final long arg) {
        final int i = next++ & RandomTables.MASK;
        s.schedule(delays[i], kind, targets[i], arg);
    }

    @Benchmark
    @OperationsPerInvocation(EVENTS)
    public long phold() {
        sim.runEvents(EVENTS);
        return sim.nowNs();
    }
}
