package org.ntksim.address;

import java.util.Arrays;
import java.util.StringJoiner;

/**
 * The shape of a Netsukuku network: {@code levels()} levels, {@code gsize(i)} g-nodes of level i in a
 * g-node of level i+1. Level 0 is the single node; the whole network is the one g-node of level
 * {@code levels()}.
 *
 * <p>Valid topologies are those the IPv4 mapping can represent in 10.0.0.0/8: every gsize a power of
 * two (at least 2), at most {@link #MAX_ADDRESS_BITS} address bits in all (24 host bits minus the 2
 * bits of the address form), and a top-level gsize of at least {@code levels()} because internal
 * addresses store a level number in the top-level field.
 */
public final class Topology {
    /** 10.0.0.0/8 leaves 24 bits, two of which select global, internal or anonymizing. */
    public static final int MAX_ADDRESS_BITS = 22;

    private final int[] gsizes;   // index = level, 0 = lowest
    private final int[] gexps;
    private final int[] offsets;  // bit offset of each level's field
    private final int addressBits;

    private Topology(final int[] gsizesLevel0First) {
        this.gsizes = gsizesLevel0First;
        final int levels = gsizesLevel0First.length;
        this.gexps = new int[levels];
        this.offsets = new int[levels];
        int bits = 0;
        for (int i = 0; i < levels; i++) {
            offsets[i] = bits;
            gexps[i] = Integer.numberOfTrailingZeros(gsizesLevel0First[i]);
            bits += gexps[i];
        }
        this.addressBits = bits;
    }

    /**
     * Parses a topology written top level first with dots, e.g. {@code 4.2.2.2} (gsize(3) = 4, gsize(2) =
     * gsize(1) = gsize(0) = 2). The middle dot {@code ·} is accepted as a separator too.
     *
     * @throws AddressFormatException with a message saying what is wrong and what is expected
     */
    public static Topology parse(final String text) {
        final String[] parts = splitFields(text, "topology", "gsizes top level first, e.g. 4.2.2.2");
        final int[] topFirst = new int[parts.length];
        for (int k = 0; k < parts.length; k++) {
            topFirst[k] = parseField(parts[k], text, "topology", "gsize");
        }
        return ofTopFirst(topFirst);
    }

    /** Builds a topology from gsizes written top level first, validating it like {@link #parse}. */
    public static Topology ofTopFirst(final int... gsizesTopFirst) {
        final int levels = gsizesTopFirst.length;
        if (levels == 0) {
            throw new AddressFormatException("topology has no levels: expected at least one gsize, e.g. 4.2.2.2");
        }
        final int[] level0First = new int[levels];
        long bits = 0;
        for (int k = 0; k < levels; k++) {
            final int level = levels - 1 - k;
            final int gsize = gsizesTopFirst[k];
            if (gsize < 2 || Integer.bitCount(gsize) != 1) {
                throw new AddressFormatException("topology " + describe(gsizesTopFirst) + ": gsize " + gsize
                        + " at level " + level + " is not a power of two >= 2");
            }
            level0First[level] = gsize;
            bits += Integer.numberOfTrailingZeros(gsize);
        }
        if (bits > MAX_ADDRESS_BITS) {
            throw new AddressFormatException("topology " + describe(gsizesTopFirst) + " needs " + bits
                    + " address bits; at most " + MAX_ADDRESS_BITS + " fit in 10.0.0.0/8");
        }
        if (level0First[levels - 1] < levels) {
            throw new AddressFormatException("topology " + describe(gsizesTopFirst) + ": top-level gsize "
                    + level0First[levels - 1] + " must be at least the number of levels (" + levels
                    + ") because internal addresses store a level number in the top-level field");
        }
        return new Topology(level0First);
    }

    /** Number of levels {@code l}. */
    public int levels() {
        return gsizes.length;
    }

    /** Number of g-nodes of level {@code level} inside one g-node of level {@code level + 1}. */
    public int gsize(final int level) {
        return gsizes[level];
    }

    /** log2 of {@link #gsize(int)}: the width of the level's field in an IPv4 address. */
    public int gexp(final int level) {
        return gexps[level];
    }

    /** Bit offset of the level's field: the sum of the gexps of the levels below it. */
    public int bitOffset(final int level) {
        return offsets[level];
    }

    /** Total number of address bits, the sum of all gexps. */
    public int addressBits() {
        return addressBits;
    }

    /** Whether {@code pos} is a real position at {@code level} (virtual positions are {@code >= gsize}). */
    public boolean isReal(final int level, final int pos) {
        return pos < gsizes[level];
    }

    /** gsizes top level first, e.g. {@code [4, 2, 2, 2]}. */
    public int[] gsizesTopFirst() {
        final int[] out = new int[gsizes.length];
        for (int i = 0; i < gsizes.length; i++) {
            out[i] = gsizes[gsizes.length - 1 - i];
        }
        return out;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Topology t && Arrays.equals(gsizes, t.gsizes);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(gsizes);
    }

    /** The CLI form, top level first: {@code 4.2.2.2}. */
    @Override
    public String toString() {
        return describe(gsizesTopFirst());
    }

    static String describe(final int[] topFirst) {
        final StringJoiner j = new StringJoiner(".");
        for (final int v : topFirst) {
            j.add(Integer.toString(v));
        }
        return j.toString();
    }

    static String[] splitFields(final String text, final String what, final String expected) {
        if (text == null || text.isBlank()) {
            throw new AddressFormatException(what + " is empty: expected " + expected);
        }
        final String normalized = text.strip().replace('·', '.');
        if (normalized.startsWith(".") || normalized.endsWith(".") || normalized.contains("..")) {
            throw new AddressFormatException(what + " '" + text + "' has an empty field: expected " + expected);
        }
        return normalized.split("\\.");
    }

    static int parseField(final String field, final String text, final String what, final String fieldName) {
        for (int c = 0; c < field.length(); c++) {
            if (field.charAt(c) < '0' || field.charAt(c) > '9') {
                throw new AddressFormatException(what + " '" + text + "': " + fieldName + " '" + field
                        + "' is not a non-negative decimal integer");
            }
        }
        if (field.length() > 9) {
            throw new AddressFormatException(what + " '" + text + "': " + fieldName + " '" + field + "' is too large");
        }
        return Integer.parseInt(field);
    }
}
