package org.ntksim.address;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * An identity's Netsukuku address: one position per level of its {@link Topology}. A position
 * {@code p >= gsize(level)} is virtual: usable in routing, never mapped to IPv4 bits.
 * Immutable.
 */
public final class NetsukukuAddress {
    private final Topology topology;
    private final int[] positions; // index = level, 0 = lowest

    private NetsukukuAddress(final Topology topology, final int[] positionsLevel0First) {
        this.topology = topology;
        this.positions = positionsLevel0First;
    }

    /**
     * Parses an address written top level first with dots, e.g. {@code 3.1.0.0} (the middle dot
     * {@code ·} is accepted too). Positions {@code >= gsize} are accepted as virtual.
     *
     * @throws AddressFormatException with a message saying what is wrong and what is expected
     */
    public static NetsukukuAddress parse(final Topology topology, final String text) {
        final String expected = topology.levels() + " positions top level first for topology " + topology
                + ", e.g. " + example(topology);
        final String[] parts = Topology.splitFields(text, "address", expected);
        if (parts.length != topology.levels()) {
            throw new AddressFormatException("address '" + text + "' has " + parts.length
                    + " positions: expected " + expected);
        }
        final int[] topFirst = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            topFirst[k] = Topology.parseField(parts[k], text, "address", "position");
        }
        return of(topology, topFirst);
    }

    /** Builds an address from positions written top level first. */
    public static NetsukukuAddress of(final Topology topology, final int... positionsTopFirst) {
        final int levels = topology.levels();
        if (positionsTopFirst.length != levels) {
            throw new AddressFormatException("address has " + positionsTopFirst.length + " positions: expected "
                    + levels + " for topology " + topology);
        }
        final int[] level0First = new int[levels];
        for (int k = 0; k < levels; k++) {
            final int level = levels - 1 - k;
            final int pos = positionsTopFirst[k];
            if (pos < 0) {
                throw new AddressFormatException("position " + pos + " at level " + level
                        + " is out of range: expected 0.." + (topology.gsize(level) - 1)
                        + " (real) or >= " + topology.gsize(level) + " (virtual)");
            }
            level0First[level] = pos;
        }
        return new NetsukukuAddress(topology, level0First);
    }

    public Topology topology() {
        return topology;
    }

    /** Position at {@code level} (0 = lowest). */
    public int position(final int level) {
        return positions[level];
    }

    /** Whether the position at {@code level} is real ({@code < gsize(level)}). */
    public boolean isReal(final int level) {
        return topology.isReal(level, positions[level]);
    }

    /** Whether the positions at all levels {@code from..to} (inclusive) are real; true for an empty range. */
    public boolean isRealBetween(final int from, final int to) {
        for (int i = from; i <= to; i++) {
            if (!isReal(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether every position is real. */
    public boolean isFullyReal() {
        return isRealBetween(0, positions.length - 1);
    }

    /** The highest level with a virtual position, or -1 when the address is fully real. */
    public int highestVirtualLevel() {
        for (int i = positions.length - 1; i >= 0; i--) {
            if (!isReal(i)) {
                return i;
            }
        }
        return -1;
    }

    /** A copy with the position at {@code level} replaced. */
    public NetsukukuAddress withPosition(final int level, final int pos) {
        if (pos < 0) {
            throw new AddressFormatException("position " + pos + " at level " + level + " is out of range: expected >= 0");
        }
        final int[] copy = positions.clone();
        copy[level] = pos;
        return new NetsukukuAddress(topology, copy);
    }

    /** Positions top level first, e.g. {@code [3, 1, 0, 0]}. */
    public int[] positionsTopFirst() {
        final int[] out = new int[positions.length];
        for (int i = 0; i < positions.length; i++) {
            out[i] = positions[positions.length - 1 - i];
        }
        return out;
    }

    /**
     * Level of the highest level where the two addresses differ, or -1 if equal; the maximum distinct
     * g-node of {@code other} for this address is {@code HCoord(level, other.position(level))}.
     */
    public int highestDifferingLevel(final NetsukukuAddress other) {
        for (int i = positions.length - 1; i >= 0; i--) {
            if (positions[i] != other.positions[i]) {
                return i;
            }
        }
        return -1;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof NetsukukuAddress a && topology.equals(a.topology) && Arrays.equals(positions, a.positions);
    }

    @Override
    public int hashCode() {
        return 31 * topology.hashCode() + Arrays.hashCode(positions);
    }

    /** The CLI form, top level first: {@code 3.1.0.0}. */
    @Override
    public String toString() {
        final StringJoiner j = new StringJoiner(".");
        for (int i = positions.length - 1; i >= 0; i--) {
            j.add(Integer.toString(positions[i]));
        }
        return j.toString();
    }

    private static String example(final Topology topology) {
        final int[] topFirst = topology.gsizesTopFirst();
        for (int k = 0; k < topFirst.length; k++) {
            topFirst[k] = topFirst[k] - 1;
        }
        return Topology.describe(topFirst);
    }
}
