package org.ntksim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The {@link EnginePholdBench} workload (same setup, same {@code phold()} invocation of
 * {@value EnginePholdBench#EVENTS} events) timed with the thread's CPU time as well as wall time.
 * On a shared host, CPU time leaves out the time the thread is descheduled, so two builds can be
 * compared when wall-clock JMH scores are dominated by the load (it still includes cache
 * interference). Not a replacement for JMH: no forks, one warm-up phase of 200 invocations.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.ntksim.bench.EnginePholdCpuHarness [rounds [nodes [impl]]]}
 * (defaults 8, 100000, radix). Prints, per round of 100 invocations, million events per CPU
 * second / per wall second.
 */
public final class EnginePholdCpuHarness {

    private static final int WARMUP_INVOCATIONS = 200;
    private static final int INVOCATIONS_PER_ROUND = 100;

    private EnginePholdCpuHarness() {
    }

    public static void main(final String[] args) {
        final int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        final EnginePholdBench bench = new EnginePholdBench();
        bench.nodes = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        bench.impl = args.length > 2 ? args[2] : "radix";
        bench.setUp();
        final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long sink = 0;
        for (int i = 0; i < WARMUP_INVOCATIONS; i++) {
            sink += bench.phold();
        }
        final StringBuilder line = new StringBuilder("M events/s, CPU/wall:");
        final double events = (double) INVOCATIONS_PER_ROUND * EnginePholdBench.EVENTS;
        for (int r = 0; r < rounds; r++) {
            final long cpu0 = threads.getCurrentThreadCpuTime();
            final long wall0 = System.nanoTime();
            for (int i = 0; i < INVOCATIONS_PER_ROUND; i++) {
                sink += bench.phold();
            }
            final long cpuNs = threads.getCurrentThreadCpuTime() - cpu0;
            final long wallNs = System.nanoTime() - wall0;
            line.append(String.format(" %.2f/%.2f", events / cpuNs * 1e3, events / wallNs * 1e3));
        }
        System.out.println(line + " (clock " + sink + ")");
    }
}
