package org.ntksim.address;

import java.util.Arrays;

/** TEMPORARY STUB. Gsizes per level; level 0 is the lowest; written top level first. */
public final class Topology {
    private final int[] gsizeByLevel;

    private Topology(final int[] gsizeByLevel) {
        this.gsizeByLevel = gsizeByLevel;
    }

    public static Topology parse(final String text) {
        final String[] parts = text.split("\\.", -1);
        final int[] g = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            final int v = Integer.parseInt(parts[i]);
            if (v < 2 || Integer.bitCount(v) != 1) {
                throw new IllegalArgumentException("gsize must be a power of two >= 2: " + parts[i]);
            }
            g[parts.length - 1 - i] = v;
        }
        return new Topology(g);
    }

    public int levels() { return gsizeByLevel.length; }
    public int gsize(final int level) { return gsizeByLevel[level]; }
    public int gexp(final int level) { return Integer.numberOfTrailingZeros(gsizeByLevel[level]); }
    public int bitOffset(final int level) {
        int off = 0;
        for (int i = 0; i < level; i++) { off += gexp(i); }
        return off;
    }
    public int addressBits() { return bitOffset(levels()); }

    @Override public boolean equals(final Object o) {
        return o instanceof Topology t && Arrays.equals(t.gsizeByLevel, gsizeByLevel);
    }
    @Override public int hashCode() { return Arrays.hashCode(gsizeByLevel); }
    @Override public String toString() {
        final StringBuilder sb = new StringBuilder();
        for (int i = levels() - 1; i >= 0; i--) { sb.append(gsizeByLevel[i]).append(i > 0 ? "." : ""); }
        return sb.toString();
    }
}
