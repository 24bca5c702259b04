package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

class GrowthDeterminismTest {

    private static final int[] GSIZES = {8, 4, 4, 2};

    private static RunRecorder run(final long seed) {
        final Universe u = TestUniverses.geometric(250, 0.12, 77);
        final GrowthConfig c = GrowthConfig.builder(GSIZES).poissonArrivals(150).arrivalOrder(GrowthConfig.ArrivalOrder.RANDOM)
                .durationNs(4_000_000_000L).samples(4).churn(10, 20, 20, 2_000_000_000L, 2_000_000_000L)
                .downTimes(300_000_000L, 200_000_000L).stretch(4, 8, 10_000).build();
        final RandomStreams streams = new RandomStreams(seed, 0);
        final RunRecorder r = new RunRecorder();
        new GrowthSimulation(u, c, streams, r, new FastPathBackend(c, streams)).run();
        return r;
    }

    @Test
    void sameSeedGivesIdenticalResultsAndSeries() {
        final RunRecorder a = run(11);
        final RunRecorder b = run(11);
        assertEquals(a.results(), b.results());
        assertEquals(a.samples(), b.samples());
    }

    @Test
    void differentSeedGivesDifferentResults() {
        final Map<String, Double> a = run(11).results();
        final Map<String, Double> b = run(12).results();
        assertNotEquals(a, b);
    }
}
