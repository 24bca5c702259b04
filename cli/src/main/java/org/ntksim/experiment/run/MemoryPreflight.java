package org.ntksim.experiment.run;

import java.util.Arrays;

/**
 * Compares the memory a campaign may need at once (the sum of the {@code jobs} largest per-run
 * estimates of the model) with the heap the JVM may grow to, and explains how to fit when it does
 * not. Pure function of its inputs.
 */
public final class MemoryPreflight {
    /** Fraction of the max heap runs may use: the runner, GC headroom and the JIT need the rest. */
    static final double USABLE = 0.8;

    private MemoryPreflight() {
    }

    /**
     * A warning line, or null if the runs fit.
     *
     * @param estimates per-run estimates in bytes (of the runs still to do)
     * @param jobs concurrent runs
     * @param maxHeap {@code Runtime.maxMemory()}
     */
    public static String check(final long[] estimates, final int jobs, final long maxHeap) {
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
        final long usable = (long) (maxHeap * USABLE);
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
        final long heapNeeded = (long) Math.ceil(need / USABLE);
        return "warning: memory: " + concurrent + " concurrent run(s) may need about " + mib(need)
                + " MiB (largest run " + mib(largest) + " MiB) but the heap may grow only to " + mib(maxHeap)
                + " MiB; " + (fit >= 1 ? "use --jobs " + fit + " or " : "")
                + "give the JVM more heap, e.g. NTKSIM_JAVA_OPTS=-Xmx" + Math.max(1, (heapNeeded + (1L << 30) - 1) >> 30)
                + "g";
    }

    private static long mib(final long bytes) {
        return (bytes + (1 << 20) - 1) >> 20;
    }
}
