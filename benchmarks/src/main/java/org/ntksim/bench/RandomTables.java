package org.ntksim.bench;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.random.RandomStreams;

/** Precomputed random inputs, drawn once in {@code @Setup} so that RNG cost stays out of the measurement. */
final class RandomTables {

    /** Table length: a power of two, indexed with {@code i & MASK}. */
    static final int SIZE = 1 << 20;
    static final int MASK = SIZE - 1;

    private RandomTables() {
    }

    /** @return {@link #SIZE} exponential delays of the given mean, each at least 1 ns */
    static long[] exponentialNs(final RandomStreams streams, final String name, final double meanNs) {
        final ExponentialDistribution dist = new ExponentialDistribution(streams.stream(name), meanNs);
        final long[] out = new long[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = 1 + (long) dist.sample();
        }
        return out;
    }

    /** @return {@link #SIZE} integers uniform in [0, bound) */
    static int[] uniformInts(final RandomStreams streams, final String name, final int bound) {
        final RandomGenerator rng = streams.stream(name);
        final int[] out = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            out[i] = rng.nextInt(bound);
        }
        return out;
    }
}
