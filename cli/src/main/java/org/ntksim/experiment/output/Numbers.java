package org.ntksim.experiment.output;

/**
 * Canonical text of metric values: integral values of magnitude below 2^53 as plain integers
 * ({@code 12}, not {@code 12.0}), others as {@link Double#toString} (which round-trips through
 * {@link Double#parseDouble}); NaN as {@code NaN}. Deterministic across JVMs.
 */
public final class Numbers {
    private static final double EXACT_INTEGERS = 9007199254740992.0; // 2^53

    private Numbers() {
    }

    /** Canonical text of {@code v}. */
    public static String format(final double v) {
        if (v == Math.rint(v) && Math.abs(v) < EXACT_INTEGERS) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }
}
