package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import org.junit.jupiter.api.Test;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Growth runs report progress by simulated time. That the steps do not change the run is
 * GrowthGoldenTest's business: its pinned counters predate them.
 */
class GrowthProgressTest {

    private static void run(final DoubleArrayList reports) {
        final Universe u = TestUniverses.geometric(300, 0.1, 3);
        final GrowthConfig c = GrowthConfig.builder(8, 4, 4, 4).poissonArrivals(200)
                .durationNs(3_000_000_000L).samples(3).churn(10, 20, 20, 1_500_000_000L, 1_500_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final GrowthSimulation g = new GrowthSimulation(u, c, new RandomStreams(3, 0), new RunRecorder(),
                RoutingBackend.none());
        g.onProgress(reports::add);
        g.run();
    }

    @Test
    void progressIsReportedOftenByFractionOfTheSimulatedDuration() {
        final DoubleArrayList reports = new DoubleArrayList();
        run(reports);
        assertTrue(reports.size() >= 100, "only " + reports.size() + " progress reports");
        for (int i = 1; i < reports.size(); i++) {
            assertTrue(reports.getDouble(i) > reports.getDouble(i - 1), "not increasing at report " + i);
        }
        assertEquals(1.0, reports.getDouble(reports.size() - 1));
        assertEquals(1.0 / reports.size(), reports.getDouble(0), 1e-9);
    }
}
