package org.ntksim.time;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Conversions between simulated time ({@code long} nanoseconds) and human units.
 *
 * <p>Every variable holding a time carries its unit in its name ({@code delayNs},
 * {@code endNs}). 2<sup>63</sup> ns is about 292 years. All conversions are exact: they throw
 * {@link IllegalArgumentException} on overflow or when a value is not a whole number of
 * nanoseconds, instead of silently rounding or wrapping.
 *
 * <p>Accepted units in {@link #parse(String)}: {@code ns}, {@code us} (or {@code µs}),
 * {@code ms}, {@code s}, {@code min}, {@code h}. A decimal point is allowed
 * ({@code "1.5s"}); exponents are not. Stateless and thread-safe.
 */
public final class SimTime {

    /** Nanoseconds in one nanosecond. */
    public static final long NS = 1L;
    /** Nanoseconds in one microsecond. */
    public static final long US = 1_000L;
    /** Nanoseconds in one millisecond. */
    public static final long MS = 1_000_000L;
    /** Nanoseconds in one second. */
    public static final long S = 1_000_000_000L;
    /** Nanoseconds in one minute. */
    public static final long MIN = 60L * S;
    /** Nanoseconds in one hour. */
    public static final long H = 60L * MIN;

    private static final Pattern TIME = Pattern.compile("([+-]?)(\\d+(?:\\.\\d+)?)\\s*([a-zA-Zµ]*)");

    private SimTime() {
    }

    /** @return {@code n} nanoseconds (identity, for symmetry at call sites). */
    public static long nanos(final long n) {
        return n;
    }

    /** @return {@code n} microseconds in ns; throws {@link IllegalArgumentException} on overflow. */
    public static long micros(final long n) {
        return scale(n, US, "us");
    }

    /** @return {@code n} milliseconds in ns; throws {@link IllegalArgumentException} on overflow. */
    public static long millis(final long n) {
        return scale(n, MS, "ms");
    }

    /** @return {@code n} seconds in ns; throws {@link IllegalArgumentException} on overflow. */
    public static long seconds(final long n) {
        return scale(n, S, "s");
    }

    /** @return {@code n} minutes in ns; throws {@link IllegalArgumentException} on overflow. */
    public static long minutes(final long n) {
        return scale(n, MIN, "min");
    }

    /** @return {@code n} hours in ns; throws {@link IllegalArgumentException} on overflow. */
    public static long hours(final long n) {
        return scale(n, H, "h");
    }

    /**
     * Time to put {@code bits} on a link of {@code bandwidthBps}, rounded up to a whole
     * nanosecond: {@code ceil(bits * 1e9 / bandwidthBps)}, computed in exact integer arithmetic.
     *
     * @throws IllegalArgumentException if {@code bits < 0}, {@code bandwidthBps <= 0} or the
     *     result does not fit in a {@code long}
     */
    public static long transmissionNs(final long bits, final long bandwidthBps) {
        if (bits < 0) {
            throw new IllegalArgumentException("bits must be >= 0, was " + bits);
        }
        if (bandwidthBps <= 0) {
            throw new IllegalArgumentException("bandwidthBps must be > 0, was " + bandwidthBps);
        }
        final long numerator;
        try {
            numerator = Math.multiplyExact(bits, S);
        } catch (final ArithmeticException e) {
            return transmissionNsSlow(bits, bandwidthBps);
        }
        return ceilDiv(numerator, bandwidthBps);
    }

    private static long ceilDiv(final long a, final long b) {
        final long q = a / b;
        return q * b == a ? q : q + 1;
    }

    private static long transmissionNsSlow(final long bits, final long bandwidthBps) {
        final BigInteger[] qr = BigInteger.valueOf(bits).multiply(BigInteger.valueOf(S))
                .divideAndRemainder(BigInteger.valueOf(bandwidthBps));
        final BigInteger ceil = qr[1].signum() == 0 ? qr[0] : qr[0].add(BigInteger.ONE);
        if (ceil.bitLength() > 63) {
            throw new IllegalArgumentException("transmission time of " + bits + " bits at " + bandwidthBps
                    + " bps overflows a long of ns");
        }
        return ceil.longValue();
    }

    /** @return {@code timeNs} in seconds as a {@code double}; for reports only, never for event times. */
    public static double toSeconds(final long timeNs) {
        return timeNs / (double) S;
    }

    /**
     * Parses a human time such as {@code "10ms"}, {@code "1.5s"}, {@code "250us"}, {@code "3ns"},
     * {@code "2min"} or {@code "1h"} into nanoseconds. Surrounding whitespace and whitespace
     * between number and unit are allowed; a unit is required.
     *
     * @throws IllegalArgumentException if the text is malformed, the unit unknown, the value not a
     *     whole number of nanoseconds (e.g. {@code "1.5ns"}) or out of the {@code long} range
     */
    public static long parse(final String text) {
        if (text == null) {
            throw new IllegalArgumentException("time must not be null");
        }
        final Matcher m = TIME.matcher(text.strip());
        if (!m.matches()) {
            throw new IllegalArgumentException("cannot parse time '" + text
                    + "': expected a number followed by a unit (ns, us, ms, s, min, h), e.g. \"1.5s\"");
        }
        final String unit = m.group(3);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException("time '" + text + "' has no unit: write e.g. \"" + m.group(2)
                    + "ms\" (units: ns, us, ms, s, min, h)");
        }
        final long unitNs = unitNs(unit, text);
        BigDecimal ns = new BigDecimal(m.group(2)).multiply(BigDecimal.valueOf(unitNs));
        if ("-".equals(m.group(1))) {
            ns = ns.negate();
        }
        final BigDecimal whole = ns.stripTrailingZeros();
        if (whole.scale() > 0) {
            throw new IllegalArgumentException("time '" + text + "' is not a whole number of nanoseconds ("
                    + whole.toPlainString() + " ns)");
        }
        try {
            return whole.longValueExact();
        } catch (final ArithmeticException e) {
            throw new IllegalArgumentException("time '" + text + "' overflows a long of nanoseconds (max "
                    + format(Long.MAX_VALUE) + ")", e);
        }
    }

    /**
     * Formats nanoseconds exactly and briefly, in the largest unit that keeps it exact:
     * {@code 1_500_000_000 → "1.5s"}, {@code 120 s → "2min"}, {@code 250_000 → "250us"},
     * {@code 0 → "0ns"}. Minutes and hours are used only for whole multiples. The result always
     * parses back to the same value with {@link #parse(String)}.
     */
    public static String format(final long timeNs) {
        if (timeNs == 0) {
            return "0ns";
        }
        final long abs = timeNs == Long.MIN_VALUE ? Long.MAX_VALUE : Math.abs(timeNs);
        if (timeNs % H == 0) {
            return timeNs / H + "h";
        }
        if (timeNs % MIN == 0) {
            return timeNs / MIN + "min";
        }
        final long unit;
        final String name;
        if (abs >= S) {
            unit = S;
            name = "s";
        } else if (abs >= MS) {
            unit = MS;
            name = "ms";
        } else if (abs >= US) {
            unit = US;
            name = "us";
        } else {
            return timeNs + "ns";
        }
        return BigDecimal.valueOf(timeNs).divide(BigDecimal.valueOf(unit)).stripTrailingZeros().toPlainString()
                + name;
    }

    private static long unitNs(final String unit, final String text) {
        switch (unit.toLowerCase(Locale.ROOT)) {
            case "ns":
                return NS;
            case "us":
            case "µs":
                return US;
            case "ms":
                return MS;
            case "s":
                return S;
            case "min":
                return MIN;
            case "h":
                return H;
            default:
                throw new IllegalArgumentException("unknown time unit '" + unit + "' in '" + text
                        + "' (units: ns, us, ms, s, min, h)");
        }
    }

    private static long scale(final long n, final long unitNs, final String unit) {
        try {
            return Math.multiplyExact(n, unitNs);
        } catch (final ArithmeticException e) {
            throw new IllegalArgumentException(n + unit + " overflows a long of nanoseconds", e);
        }
    }
}
