package org.ntksim.experiment.statictables;

import java.util.Arrays;

/**
 * A topology as written in experiment files: gsizes top level first, dotted, e.g. {@code 16.8.8};
 * the top gsize may be {@code *}, meaning "as many positions as the partition needs" (so the top
 * level is always fully used). Immutable.
 *
 * @param lowerTopFirst gsizes of every level but the top, top first (may be empty)
 * @param top the top gsize, or 0 for {@code *}
 */
public record Gsizes(int top, int[] lowerTopFirst) {

    /** Parses {@code text}; throws IllegalArgumentException saying what is expected. */
    public static Gsizes parse(final String text) {
        final String[] parts = text.split("\\.", -1);
        final int[] g = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            if (i == 0 && "*".equals(parts[i])) {
                g[i] = 0;
                continue;
            }
            try {
                g[i] = Integer.parseInt(parts[i]);
            } catch (final NumberFormatException e) {
                throw new IllegalArgumentException("gsizes must be dotted integers >= 2, top first, the top may be"
                        + " '*' (e.g. \"*.8.8\" or \"16.8.8\"), was \"" + text + "\"");
            }
            if (g[i] < 2) {
                throw new IllegalArgumentException("every gsize must be >= 2, was " + g[i] + " in \"" + text + "\"");
            }
        }
        long product = 1;
        for (int i = 1; i < g.length; i++) {
            product *= g[i];
            if (product > (1L << 30)) {
                throw new IllegalArgumentException("gsizes \"" + text + "\" give more than 2^30 addresses below the top");
            }
        }
        return new Gsizes(g[0], Arrays.copyOfRange(g, 1, g.length));
    }

    /** Number of levels. */
    public int levels() {
        return lowerTopFirst.length + 1;
    }

    /** True for a {@code *} top. */
    public boolean automaticTop() {
        return top == 0;
    }

    /** Addresses below the top level: product of the lower gsizes. */
    public long lowerCapacity() {
        long p = 1;
        for (final int g : lowerTopFirst) {
            p *= g;
        }
        return p;
    }

    /** Total addresses, or Long.MAX_VALUE for a {@code *} top. */
    public long capacity() {
        return automaticTop() ? Long.MAX_VALUE : top * lowerCapacity();
    }

    /** All gsizes top first, with {@code top} for the top level. */
    public int[] withTop(final int topSize) {
        final int[] all = new int[levels()];
        all[0] = topSize;
        System.arraycopy(lowerTopFirst, 0, all, 1, lowerTopFirst.length);
        return all;
    }
}
