package org.ntksim.qspn;

import java.util.Arrays;

/**
 * An immutable path in one int array: its hops (g-nodes as hierarchical coordinates of the identity that
 * keeps or sent it, {@code level << 26 | pos}, the last is the destination), then one arc id per hop (the
 * arc that enters the hop), and its cost. Two paths are the same path iff their arrays are equal (hops and
 * arcs, spec §5.1); the cost is what changes over time. Shared freely between identities and messages.
 */
final class PackedPath implements java.io.Serializable {
    static final int POS_BITS = 26;
    static final int POS_MASK = (1 << POS_BITS) - 1;

    final int[] data;
    final int cost;
    final int hash;     // of data: most comparisons between different paths stop here

    PackedPath(final int[] data, final int cost) {
        this.data = data;
        this.cost = cost;
        this.hash = Arrays.hashCode(data);
    }

    /** A path with the same hops and arcs as {@code same} (sharing its array) and another cost. */
    PackedPath(final PackedPath same, final int cost) {
        this.data = same.data;
        this.cost = cost;
        this.hash = same.hash;
    }

    static int hop(final int level, final int pos) {
        return level << POS_BITS | pos;
    }

    static int level(final int hop) {
        return hop >>> POS_BITS;
    }

    static int pos(final int hop) {
        return hop & POS_MASK;
    }

    int length() {
        return data.length >> 1;
    }

    int hopAt(final int i) {
        return data[i];
    }

    int arcAt(final int i) {
        return data[length() + i];
    }

    int destination() {
        return data[length() - 1];
    }

    boolean containsHop(final int hop) {
        final int k = length();
        for (int i = 0; i < k; i++) {
            if (data[i] == hop) {
                return true;
            }
        }
        return false;
    }

    boolean samePath(final PackedPath o) {
        return this == o || hash == o.hash && Arrays.equals(data, o.data);
    }

    @Override
    public String toString() {
        final StringBuilder b = new StringBuilder("[");
        for (int i = 0; i < length(); i++) {
            b.append(i == 0 ? "" : " ").append(level(hopAt(i))).append(':').append(pos(hopAt(i))).append("/a").append(arcAt(i));
        }
        return b.append("] cost ").append(cost).toString();
    }
}
