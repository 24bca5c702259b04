package org.ntksim.fastpath;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;

/**
 * An immutable network state: a topology (gsizes), identities with Netsukuku addresses and
 * undirected arcs with positive integer costs. Identities and arcs are numbered in insertion order
 * from 0 (their <em>external</em> ids). Positions may be virtual ({@code pos >= gsize(level)}).
 *
 * <p>Stored as primitive arrays, positions level 0 first: {@code position(id, level)}.
 */
public final class NetworkState {
    private final int[] gsizes;          // level 0 first
    private final int levels;
    private final int[] positions;       // id * levels + level
    private final int identityCount;
    private final int[] arcA;
    private final int[] arcB;
    private final int[] arcCost;

    private NetworkState(final int[] gsizes, final int[] positions, final int[] arcA, final int[] arcB,
            final int[] arcCost) {
        this.gsizes = gsizes;
        this.levels = gsizes.length;
        this.positions = positions;
        this.identityCount = positions.length / levels;
        this.arcA = arcA;
        this.arcB = arcB;
        this.arcCost = arcCost;
    }

    /** A builder for a topology given top level first, e.g. {@code builder(4, 2, 2, 2)}. */
    public static Builder builder(final int... gsizesTopFirst) {
        return new Builder(gsizesTopFirst);
    }

    /** Number of levels l. */
    public int levels() {
        return levels;
    }

    /** gsize of {@code level} (level 0 = lowest). */
    public int gsize(final int level) {
        return gsizes[level];
    }

    /** Number of identities. */
    public int identityCount() {
        return identityCount;
    }

    /** Position of identity {@code id} at {@code level} (level 0 = lowest). */
    public int position(final int id, final int level) {
        return positions[id * levels + level];
    }

    /** Number of arcs. */
    public int arcCount() {
        return arcA.length;
    }

    /** One endpoint of {@code arc} (the first given to {@link Builder#addArc}). */
    public int arcA(final int arc) {
        return arcA[arc];
    }

    /** The other endpoint of {@code arc}. */
    public int arcB(final int arc) {
        return arcB[arc];
    }

    /** Cost of {@code arc} (positive). */
    public int arcCost(final int arc) {
        return arcCost[arc];
    }

    /** Builds a {@link NetworkState}; validates on {@link #build()}. Not thread-safe. */
    public static final class Builder {
        private final int[] gsizes;
        private final IntArrayList positions = new IntArrayList();
        private final IntArrayList arcA = new IntArrayList();
        private final IntArrayList arcB = new IntArrayList();
        private final IntArrayList arcCost = new IntArrayList();

        private Builder(final int[] gsizesTopFirst) {
            if (gsizesTopFirst.length == 0) {
                throw new IllegalArgumentException("a topology needs at least one level");
            }
            gsizes = new int[gsizesTopFirst.length];
            for (int i = 0; i < gsizes.length; i++) {
                final int g = gsizesTopFirst[gsizesTopFirst.length - 1 - i];
                if (g < 2) {
                    throw new IllegalArgumentException("gsize must be >= 2, was " + g + " at level " + i);
                }
                gsizes[i] = g;
            }
        }

        /** Adds an identity with positions top level first; returns its id. */
        public int addIdentity(final int... positionsTopFirst) {
            if (positionsTopFirst.length != gsizes.length) {
                throw new IllegalArgumentException("address needs " + gsizes.length + " positions, was "
                        + Arrays.toString(positionsTopFirst));
            }
            final int id = positions.size() / gsizes.length;
            for (int level = 0; level < gsizes.length; level++) {
                final int p = positionsTopFirst[gsizes.length - 1 - level];
                if (p < 0) {
                    throw new IllegalArgumentException("negative position in " + Arrays.toString(positionsTopFirst));
                }
                positions.add(p);
            }
            return id;
        }

        /** Adds an undirected arc with a positive cost; returns its id. */
        public int addArc(final int a, final int b, final int cost) {
            final int n = positions.size() / gsizes.length;
            if (a < 0 || b < 0 || a >= n || b >= n || a == b) {
                throw new IllegalArgumentException("bad arc endpoints " + a + ", " + b + " (identities: " + n + ")");
            }
            if (cost <= 0) {
                throw new IllegalArgumentException("arc cost must be > 0, was " + cost);
            }
            arcA.add(a);
            arcB.add(b);
            arcCost.add(cost);
            return arcA.size() - 1;
        }

        /** Number of identities added so far. */
        public int identityCount() {
            return positions.size() / gsizes.length;
        }

        /** Freezes the state. */
        public NetworkState build() {
            return new NetworkState(gsizes.clone(), positions.toIntArray(), arcA.toIntArray(), arcB.toIntArray(),
                    arcCost.toIntArray());
        }
    }
}
