package org.ntksim.random;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.random.Well19937c;

/**
 * Factory of named, reproducible random streams for one (seed, run) pair.
 *
 * <p>The generator for {@code stream(name, index)} is a {@link Well19937c} seeded with
 * {@code deriveSeed(seed, run, nameHash(name), index)}. Because the stream seed derives from the
 * stream's <em>name</em>, not from the order in which streams are created, adding or removing a
 * stream never shifts the numbers drawn by the others (unlike a creation counter, as in ns-3).
 * Changing {@code run} gives statistically independent replications of the same experiment.
 *
 * <p><b>Caveat (no proof of non-overlap).</b> Seeds derived by hashing give no guarantee that two
 * streams do not overlap, unlike the MRG32k3a substreams of ns-3/OMNeT++. Each stream is a
 * Well19937c (period 2<sup>19937</sup>-1) started at a 64-bit derived seed, so the chance that
 * two streams of realistic length overlap is negligible; it is a statistical argument, not a
 * guarantee.
 *
 * <p>Each call returns a <em>new</em> generator positioned at the start of the stream: obtain a
 * stream once and keep it. {@code stream(name)} is the same stream as {@code stream(name, 0)}.
 * Generators are not thread-safe; this factory itself is immutable and thread-safe.
 */
public final class RandomStreams implements java.io.Serializable {

    private static final long GOLDEN_GAMMA = 0x9E3779B97F4A7C15L;
    private static final long FNV64_OFFSET = 0xCBF29CE484222325L;
    private static final long FNV64_PRIME = 0x100000001B3L;

    private final long seed;
    private final long run;

    /**
     * @param seed the experiment's master seed
     * @param run the replication number (0, 1, 2, ...); any {@code long} is accepted
     */
    public RandomStreams(final long seed, final long run) {
        this.seed = seed;
        this.run = run;
    }

    /** @return the master seed */
    public long seed() {
        return seed;
    }

    /** @return the replication number */
    public long run() {
        return run;
    }

    /** @return a new generator for stream {@code name}; same as {@code stream(name, 0)} */
    public RandomGenerator stream(final String name) {
        return stream(name, 0L);
    }

    /**
     * @param name stable stream name, e.g. {@code "traffic.arrivals"}; must not be empty
     * @param index sub-stream index, e.g. a node id, so each node gets its own stream
     * @return a new generator positioned at the start of stream (seed, run, name, index)
     */
    public RandomGenerator stream(final String name, final long index) {
        return new Well19937c(streamSeed(name, index));
    }

    /** @return the 64-bit seed of stream (seed, run, name, index), for generators of other kinds */
    public long streamSeed(final String name, final long index) {
        return deriveSeed(seed, run, nameHash(name), index);
    }

    /** @return a new factory with the same seed and another run number */
    public RandomStreams withRun(final long otherRun) {
        return new RandomStreams(seed, otherRun);
    }

    /**
     * Pure function mixing a base seed with any number of parts into a new 64-bit seed.
     * Order matters ({@code deriveSeed(b, x, y) != deriveSeed(b, y, x)} in general), and for a
     * fixed prefix each extra part maps injectively (distinct last parts always give distinct
     * seeds). Built on the SplitMix64 finaliser. Stateless, usable by experiment runners.
     */
    public static long deriveSeed(final long base, final long... parts) {
        long h = mix64(base + GOLDEN_GAMMA);
        for (final long part : parts) {
            h = mix64(h * GOLDEN_GAMMA + mix64(part ^ 0xD1B54A32D192ED03L));
        }
        return h;
    }

    /**
     * Stable 64-bit hash of a stream name: FNV-1a over its UTF-8 bytes, then the SplitMix64
     * finaliser. Unlike {@link String#hashCode()} it has 64 bits, and it is fixed by this
     * specification, so it will not change across JVMs or versions.
     *
     * @throws IllegalArgumentException if {@code name} is empty
     */
    public static long nameHash(final String name) {
        Objects.requireNonNull(name, "stream name");
        if (name.isEmpty()) {
            throw new IllegalArgumentException("stream name must not be empty");
        }
        long h = FNV64_OFFSET;
        for (final byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h ^= b & 0xFF;
            h *= FNV64_PRIME;
        }
        return mix64(h);
    }

    /** SplitMix64 finaliser (Stafford variant 13): a bijection on 64-bit values. */
    public static long mix64(final long z0) {
        long z = z0;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    @Override
    public String toString() {
        return "RandomStreams[seed=" + seed + ", run=" + run + "]";
    }
}
