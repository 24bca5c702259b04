package org.ntksim.experiment.run;

import java.util.Arrays;
import java.util.List;

/**
 * Compares the memory a campaign may need at once (the sum of the {@code jobs} largest per-run
 * estimates of the model) with the heap the JVM may grow to, and explains how to fit when it does
 * not. Pure function of its inputs.
 */
public final class MemoryPreflight {
    /** Fraction of the max heap runs may use: the runner, GC headroom and the JIT need the rest. */
    static final double USABLE = 0.8;
    /**
     * The same with a generational collector whose old generation is a fixed part of the heap (Parallel and
     * Serial: two thirds by default): a run whose long-lived data fit G1's heap can die there. Measured:
     * scale-1e5 (estimate 706 MiB, live heap 720 MB at its last checkpoint) ran with G1 in {@code -Xmx900m}
     * and ran out of memory with {@code -XX:+UseParallelGC} in the same heap.
     */
    static final double USABLE_FIXED_OLD_GENERATION = 0.6;

    private MemoryPreflight() {
    }

    /**
     * The usable fraction of the heap for the JVM's collectors, by their MX bean names ("PS MarkSweep" and
     * "PS Scavenge" for Parallel, "MarkSweepCompact" and "Copy" for Serial: a fixed old generation).
     */
    public static double usableFraction(final List<String> collectorNames) {
        for (final String name : collectorNames) {
            if (name.startsWith("PS ") || "MarkSweepCompact".equals(name) || "Copy".equals(name)) {
                return USABLE_FIXED_OLD_GENERATION;
            }
        }
        return USABLE;
    }

    /**
     * A warning line, or null if the runs fit.
     *
     * @param estimates per-run estimates in bytes (of the runs still to do)
     * @param jobs concurrent runs
     * @param maxHeap {@code Runtime.maxMemory()}
     * @param usableFraction part of {@code maxHeap} the runs may fill ({@link #usableFraction(List)})
     */
    public static String check(final long[] estimates, final int jobs, final long maxHeap, final double usableFraction) {
        if (estimates.length == 0) {
            return null;
        }
        final long[] sorted = estimates.clone();
        Arrays.sort(sorted);
        final int concurrent = Math.min(jobs, sorted.length);
        long need = 0;
        for (int i = 0; i < concurrent; i++) {
            need += sorted[sorted.length - 1 - i];
        }
        final long usable = (long) (maxHeap * usableFraction);
        if (need <= usable) {
            return null;
        }
        final long largest = sorted[sorted.length - 1];
        int fit = 0;
        long sum = 0;
        for (int i = 0; i < concurrent; i++) {
            sum += sorted[sorted.length - 1 - i];
            if (sum > usable) {
                break;
            }
            fit++;
        }
        final long heapNeeded = (long) Math.ceil(need / usableFraction);
        return "warning: memory: " + concurrent + " concurrent run(s) may need about " + mib(need)
                + " MiB (largest run " + mib(largest) + " MiB) but the heap may grow only to " + mib(maxHeap)
                + " MiB" + (usableFraction < USABLE ? " (its collector keeps long-lived data in part of it)" : "")
                + "; " + (fit >= 1 ? "use --jobs " + fit + " or " : "")
                + "give the JVM more heap, e.g. NTKSIM_JAVA_OPTS=-Xmx" + Math.max(1, (heapNeeded + (1L << 30) - 1) >> 30)
                + "g";
    }

    private static long mib(final long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
