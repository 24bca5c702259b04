package org.ntksim.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SimTimeTest {

    @ParameterizedTest
    @CsvSource({
        "10ms, 10000000",
        "1.5s, 1500000000",
        "250us, 250000",
        "250µs, 250000",
        "3ns, 3",
        "2min, 120000000000",
        "1h, 3600000000000",
        "0s, 0",
        "' 7 ms ', 7000000",
        "0.000000001s, 1",
        "-2ms, -2000000",
        "9223372036854775807ns, 9223372036854775807",
    })
    void shouldParseHumanUnits(final String text, final long expectedNs) {
        assertEquals(expectedNs, SimTime.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ms", "10", "1.5", "10 parsecs", "1e3ms", "1.5ns", "0.1us.", "abc", "1,5s"})
    void shouldRejectMalformedTimesWithIllegalArgument(final String text) {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> SimTime.parse(text));
        assertTrue(e.getMessage().contains("'"), "message should quote the input: " + e.getMessage());
    }

    @Test
    void shouldNameTheProblemInErrorMessages() {
        assertTrue(SimTime.parse("1ms") > 0);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("10"))
                .getMessage().contains("no unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("10 lightyears"))
                .getMessage().contains("unknown time unit"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("1.5ns"))
                .getMessage().contains("whole number"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("300years"))
                .getMessage().contains("unknown"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("9223372036854775808ns"))
                .getMessage().contains("overflows"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> SimTime.parse("3000000h"))
                .getMessage().contains("overflows"));
        assertThrows(IllegalArgumentException.class, () -> SimTime.parse(null));
    }

    @ParameterizedTest
    @CsvSource({
        "0, 0ns",
        "3, 3ns",
        "999, 999ns",
        "250000, 250us",
        "1234567, 1.234567ms",
        "10000000, 10ms",
        "1500000000, 1.5s",
        "61000000000, 61s",
        "120000000000, 2min",
        "3600000000000, 1h",
        "-2000000, -2ms",
    })
    void shouldFormatExactlyInTheLargestFittingUnit(final long ns, final String expected) {
        assertEquals(expected, SimTime.format(ns));
    }

    @Test
    void formatShouldRoundTripThroughParse() {
        final SplittableRandom rng = new SplittableRandom(20240601L);
        for (int i = 0; i < 10_000; i++) {
            final long ns = switch (i % 4) {
                case 0 -> rng.nextLong();
                case 1 -> rng.nextLong(1_000_000_000_000L);
                case 2 -> rng.nextLong(1_000) * SimTime.MS;
                default -> rng.nextLong(100) * SimTime.MIN;
            };
            assertEquals(ns, SimTime.parse(SimTime.format(ns)), () -> "round trip of " + ns);
        }
        assertEquals(Long.MAX_VALUE, SimTime.parse(SimTime.format(Long.MAX_VALUE)));
        assertEquals(Long.MIN_VALUE, SimTime.parse(SimTime.format(Long.MIN_VALUE)));
    }

    @Test
    void unitFactoriesShouldThrowOnOverflowInsteadOfWrapping() {
        assertEquals(2_000_000_000L, SimTime.seconds(2));
        assertEquals(3_000L, SimTime.micros(3));
        assertEquals(4_000_000L, SimTime.millis(4));
        assertEquals(5 * 60_000_000_000L, SimTime.minutes(5));
        assertEquals(3_600_000_000_000L, SimTime.hours(1));
        assertThrows(IllegalArgumentException.class, () -> SimTime.seconds(Long.MAX_VALUE / 10));
        assertThrows(IllegalArgumentException.class, () -> SimTime.hours(3_000_000L));
    }

    @Test
    void transmissionTimeShouldRoundUpToWholeNanoseconds() {
        assertEquals(1_200L, SimTime.transmissionNs(12_000, 10_000_000_000L)); // 1500 B on 10 Gb/s
        assertEquals(1L, SimTime.transmissionNs(1, 10_000_000_000L)); // 0.1 ns rounds up
        assertEquals(0L, SimTime.transmissionNs(0, 1_000));
        assertEquals(1_000_000_000L, SimTime.transmissionNs(1_000_000, 1_000_000));
        // bits * 1e9 overflows a long, the result does not
        assertEquals(9_223_372_036_855L, SimTime.transmissionNs(Long.MAX_VALUE / 1000, 1_000_000_000_000L));
        assertThrows(IllegalArgumentException.class, () -> SimTime.transmissionNs(Long.MAX_VALUE, 1));
        assertThrows(IllegalArgumentException.class, () -> SimTime.transmissionNs(1, 0));
        assertThrows(IllegalArgumentException.class, () -> SimTime.transmissionNs(-1, 1));
    }
}
