package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Regression pin: the headline counters of one seeded run (growth in random order, then churn).
 * The values were recorded from the implementation when this test was written; they are not
 * correct by construction, they only make any change of behaviour a deliberate act (update them
 * in the same commit and say why).
 */
class GrowthGoldenTest {

    @Test
    void seedOneHeadlineCountersAreStable() {
        final Universe u = TestUniverses.geometric(400, 0.09, 1);
        final GrowthConfig c = GrowthConfig.builder(8, 4, 4, 4).poissonArrivals(200)
                .arrivalOrder(GrowthConfig.ArrivalOrder.RANDOM).durationNs(5_000_000_000L).samples(5)
                .churn(10, 20, 20, 2_500_000_000L, 2_500_000_000L).downTimes(400_000_000L, 300_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        new GrowthSimulation(u, c, new RandomStreams(1, 0), r, RoutingBackend.none()).run();
        final Map<String, Double> all = r.results();
        final Map<String, Double> headline = new TreeMap<>();
        for (final String k : new String[] {"growth.arrivals", "growth.returns", "growth.entries", "growth.merges",
            "growth.migrations", "growth.migration_paths", "growth.splits", "growth.network_splits", "growth.leaves",
            "growth.arc_breaks", "growth.arc_cost_changes", "growth.virtual_addresses", "nodes_present", "networks",
            "largest_network"}) {
            headline.put(k, all.getOrDefault(k, 0.0));
        }
        assertEquals(GOLDEN, headline.toString());
    }

    private static final String GOLDEN = "{growth.arc_breaks=40.0, growth.arc_cost_changes=64.0, growth.arrivals=400.0, "
            + "growth.entries=530.0, growth.leaves=25.0, growth.merges=92.0, growth.migration_paths=230.0, "
            + "growth.migrations=309.0, growth.network_splits=3.0, growth.returns=20.0, growth.splits=34.0, "
            + "growth.virtual_addresses=3.0, largest_network=395.0, networks=1.0, nodes_present=395.0}";
}
