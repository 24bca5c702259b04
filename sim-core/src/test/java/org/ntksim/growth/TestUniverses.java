package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.random.RandomStreams;

/** Small universes built by hand for the tests. */
final class TestUniverses {
    private TestUniverses() {
    }

    /** rows × cols grid, node r * cols + c, costs 10 + (link id % 7). */
    static Universe grid(final int rows, final int cols) {
        final IntArrayList a = new IntArrayList();
        final IntArrayList b = new IntArrayList();
        final IntArrayList c = new IntArrayList();
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q < cols; q++) {
                final int x = r * cols + q;
                if (q + 1 < cols) {
                    a.add(x);
                    b.add(x + 1);
                    c.add(10 + a.size() % 7);
                }
                if (r + 1 < rows) {
                    a.add(x);
                    b.add(x + cols);
                    c.add(10 + a.size() % 7);
                }
            }
        }
        return new Universe(rows * cols, a.toIntArray(), b.toIntArray(), c.toIntArray());
    }

    /** Random geometric graph in the unit square, radius r, costs = distance in µs × 1000 + 1. */
    static Universe geometric(final int n, final double radius, final long seed) {
        final RandomGenerator rng = new RandomStreams(seed, 0).stream("test.geometric");
        final double[] x = new double[n];
        final double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rng.nextDouble();
            y[i] = rng.nextDouble();
        }
        final IntArrayList a = new IntArrayList();
        final IntArrayList b = new IntArrayList();
        final IntArrayList c = new IntArrayList();
        for (int i = 0; i < n; i++) {
            for (int j = i + 1; j < n; j++) {
                final double d = Math.hypot(x[i] - x[j], y[i] - y[j]);
                if (d <= radius) {
                    a.add(i);
                    b.add(j);
                    c.add(1 + (int) (d * 1000));
                }
            }
        }
        return new Universe(n, a.toIntArray(), b.toIntArray(), c.toIntArray());
    }

    /** A universe from an explicit link list, all costs 1. */
    static Universe of(final int n, final int[][] links) {
        final int[] a = new int[links.length];
        final int[] b = new int[links.length];
        final int[] c = new int[links.length];
        for (int i = 0; i < links.length; i++) {
            a[i] = links[i][0];
            b[i] = links[i][1];
            c[i] = 1;
        }
        return new Universe(n, a, b, c);
    }
}
