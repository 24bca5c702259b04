package org.ntksim.topology;

import java.util.SplittableRandom;
import org.ntksim.fastpath.NetworkState;

/**
 * Square grids addressed by Morton (Z-order) code: the address of cell (x, y) is its interleaved
 * bit code split into fields of gexp(level) bits, level 0 lowest, so every g-node is a square (or
 * 2:1 rectangular) block of cells and therefore connected. Pure function of (spec, seed).
 */
public final class GridNetworks {
    private GridNetworks() {
    }

    /**
     * A side x side grid (side a power of two) with 4-neighbour arcs of cost uniform in
     * 1..maxCost drawn from {@code seed}; gsizes top level first, powers of two whose product is
     * side^2.
     */
    public static NetworkState grid(final int side, final int[] gsizesTopFirst, final int maxCost, final long seed) {
        if (Integer.bitCount(side) != 1) {
            throw new IllegalArgumentException("side must be a power of two, was " + side);
        }
        long capacity = 1;
        for (final int g : gsizesTopFirst) {
            if (Integer.bitCount(g) != 1) {
                throw new IllegalArgumentException("gsizes must be powers of two, was " + g);
            }
            capacity *= g;
        }
        if (capacity != (long) side * side) {
            throw new IllegalArgumentException("product of gsizes " + capacity + " != side^2 " + (long) side * side);
        }
        final SplittableRandom rnd = new SplittableRandom(seed);
        final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
        final int levels = gsizesTopFirst.length;
        final int[] address = new int[levels];
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                long code = morton(x, y);
                for (int i = levels - 1; i >= 0; i--) {
                    final int g = gsizesTopFirst[i];
                    address[i] = (int) (code & (g - 1));
                    code >>>= Integer.numberOfTrailingZeros(g);
                }
                b.addIdentity(address);
            }
        }
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                final int id = y * side + x;
                if (x + 1 < side) {
                    b.addArc(id, id + 1, 1 + rnd.nextInt(maxCost));
                }
                if (y + 1 < side) {
                    b.addArc(id, id + side, 1 + rnd.nextInt(maxCost));
                }
            }
        }
        return b.build();
    }

    static long morton(final int x, final int y) {
        long code = 0;
        for (int bit = 0; bit < 31; bit++) {
            code |= (long) ((x >>> bit) & 1) << (2 * bit);
            code |= (long) ((y >>> bit) & 1) << (2 * bit + 1);
        }
        return code;
    }
}
