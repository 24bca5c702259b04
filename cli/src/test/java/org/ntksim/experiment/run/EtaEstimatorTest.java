package org.ntksim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class EtaEstimatorTest {
    private static final long S = 1_000_000_000L;

    @Test
    void steadyWorkGivesTheLinearEstimate() {
        final EtaEstimator eta = new EtaEstimator(0);
        // one run in 100 s at a constant pace, reported every second
        for (int t = 1; t <= 40; t++) {
            eta.record(t * S, t / 100.0);
        }
        assertEquals(60 * S, eta.remainingNs(40 * S, 0.40, 1), S / 1000);
    }

    @Test
    void slowingWorkIsExtrapolatedFromTheRecentPace() {
        final EtaEstimator eta = new EtaEstimator(0);
        // work = sqrt(t / 10 000 s): each step costs more than the last, as a growing network does
        for (int t = 1; t <= 2_500; t++) {
            eta.record(t * S, Math.sqrt(t / 10_000.0));
        }
        final long trueRemaining = (10_000 - 2_500) * S;
        final long averagePace = 2_500 * S; // 2 500 s for the first half of the work
        final long estimate = eta.remainingNs(2_500 * S, 0.5, 1);
        assertTrue(estimate > averagePace, "no better than the average pace: " + estimate / S + " s");
        assertTrue(estimate <= trueRemaining, "pessimistic beyond the truth: " + estimate / S + " s");
        // pace over the last 625 s: (0.5 - sqrt(0.1875)) / 625 s per run -> 0.5 run left takes 4 665 s
        assertEquals(4_665, estimate / S, 2);
    }

    @Test
    void workCreditedAsDoneBeforeTheStartIsNotTakenForPace() {
        final EtaEstimator eta = new EtaEstimator(0);
        // a run resumed at 0.6 from a snapshot, then 0.001 run per second; 20 s in, the pace window still
        // reaches back to the start, where the 0.6 would otherwise look like the work of an instant
        eta.credit(0.6);
        for (int t = 1; t <= 20; t++) {
            eta.record(t * S, 0.6 + t / 1000.0);
        }
        assertEquals(380 * S, eta.remainingNs(20 * S, 0.62, 1), S / 1000);
    }

    @Test
    void noWorkYetIsUnknown() {
        final EtaEstimator eta = new EtaEstimator(0);
        eta.record(10 * S, 0);
        assertEquals(-1, eta.remainingNs(10 * S, 0, 3));
    }

    @Test
    void aStallLongerThanTheWindowLengthensTheEstimate() {
        final EtaEstimator eta = new EtaEstimator(0);
        for (int t = 1; t <= 100; t++) { // half of one run in 100 s, then nothing for 100 s
            eta.record(t * S, t / 200.0);
        }
        for (int t = 101; t <= 200; t++) {
            eta.record(t * S, 0.5);
        }
        // no progress in the 50 s window; the window that ended at the last progress (t = 100 s) was 30 s
        // long and saw 0.15 run, stretched to now that is 0.15 run per 130 s: 0.5 run left takes 433 s,
        // not the 200 s of the average pace
        assertEquals(433, eta.remainingNs(200 * S, 0.5, 1) / S);
    }
}
