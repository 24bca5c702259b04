package org.ntksim.address;

import java.util.Arrays;

/** TEMPORARY STUB. Immutable address: one position per level. */
public final class NetsukukuAddress {
    private final Topology topology;
    private final int[] posByLevel;

    private NetsukukuAddress(final Topology topology, final int[] posByLevel) {
        this.topology = topology;
        this.posByLevel = posByLevel;
    }

    public static NetsukukuAddress parse(final Topology topology, final String text) {
        final String[] parts = text.split("\\.", -1);
        final int[] p = new int[parts.length];
        for (int i = 0; i < parts.length; i++) { p[i] = Integer.parseInt(parts[i]); }
        return of(topology, p);
    }

    public static NetsukukuAddress of(final Topology topology, final int... positionsTopFirst) {
        final int l = topology.levels();
        if (positionsTopFirst.length != l) {
            throw new IllegalArgumentException("need " + l + " positions, got " + positionsTopFirst.length);
        }
        final int[] p = new int[l];
        for (int i = 0; i < l; i++) {
            final int v = positionsTopFirst[l - 1 - i];
            if (v < 0) { throw new IllegalArgumentException("negative position " + v); }
            p[i] = v;
        }
        return new NetsukukuAddress(topology, p);
    }

    public Topology topology() { return topology; }
    public int position(final int level) { return posByLevel[level]; }
    public boolean isReal(final int level) { return posByLevel[level] < topology.gsize(level); }
    public boolean isFullyReal() {
        for (int i = 0; i < posByLevel.length; i++) { if (!isReal(i)) { return false; } }
        return true;
    }
    public NetsukukuAddress withPosition(final int level, final int pos) {
        final int[] p = posByLevel.clone();
        p[level] = pos;
        return new NetsukukuAddress(topology, p);
    }

    @Override public boolean equals(final Object o) {
        return o instanceof NetsukukuAddress a && a.topology.equals(topology) && Arrays.equals(a.posByLevel, posByLevel);
    }
    @Override public int hashCode() { return Arrays.hashCode(posByLevel); }
    @Override public String toString() {
        final StringBuilder sb = new StringBuilder();
        for (int i = posByLevel.length - 1; i >= 0; i--) { sb.append(posByLevel[i]).append(i > 0 ? "." : ""); }
        return sb.toString();
    }
}
