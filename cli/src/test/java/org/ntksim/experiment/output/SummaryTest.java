package org.ntksim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SummaryTest {

    @Test
    void ciOfFiveValuesMatchesTheHandComputedStudentInterval() {
        // 1..5: mean 3, sample sd sqrt(2.5); t(0.975, 4) = 2.776445105 from printed t tables;
        // half width = 2.776445105 * sqrt(2.5) / sqrt(5) = 2.776445105 * 0.7071067812 = 1.963243161
        final Summary s = Summary.of(new double[] {4, 1, 5, 2, 3}, 5);
        assertEquals(5, s.n());
        assertEquals(3.0, s.mean(), 1e-12);
        assertEquals(1.5811388301, s.sd(), 1e-9);
        assertEquals(3.0 - 1.963243161, s.ciLow(), 1e-8);
        assertEquals(3.0 + 1.963243161, s.ciHigh(), 1e-8);
    }

    @Test
    void oneValueHasAMeanButNoSpread() {
        final Summary s = Summary.of(new double[] {7.5}, 1);
        assertEquals(7.5, s.mean());
        assertTrue(Double.isNaN(s.sd()) && Double.isNaN(s.ciLow()) && Double.isNaN(s.ciHigh()));
    }

    @Test
    void numbersPrintIntegralValuesWithoutAFractionAndOthersRoundTrip() {
        assertEquals("12", Numbers.format(12.0));
        assertEquals("-3", Numbers.format(-3.0));
        assertEquals("0.1", Numbers.format(0.1));
        assertEquals("1.0E20", Numbers.format(1e20));
        assertEquals("NaN", Numbers.format(Double.NaN));
        final double x = 1.0 / 3;
        assertEquals(x, Double.parseDouble(Numbers.format(x)));
    }
}
