package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;
import org.junit.jupiter.api.Test;

class GrowthSimulationTest {

    private static GrowthSimulation grow(final Universe u, final GrowthConfig c, final long seed, final RunRecorder r) {
        final RandomStreams streams = new RandomStreams(seed, 0);
        final GrowthSimulation g = new GrowthSimulation(u, c, streams, r, RoutingBackend.none());
        g.run();
        return g;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void bfsGrowthOnAGridGivesEveryNodeAUniqueAddressInConnectedGnodes(final long seed) {
        final Universe u = TestUniverses.grid(12, 12);
        final int[] gs = {4, 4, 4, 4};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).durationNs(5_000_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = grow(u, c, seed, r);
        final int virtual = GrowthInvariants.check(g, u, gs, "seed " + seed);
        assertEquals(144, r.counter("growth.arrivals"), "seed " + seed);
        assertEquals(1, g.state().networkCount(), "seed " + seed);
        assertEquals(r.results().get("virtual_nodes").intValue(), virtual, "seed " + seed);
        assertEquals(0, GrowthInvariants.crossNetworkArcs(g, u), "seed " + seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void randomOrderGrowthMergesNetworksAndKeepsInvariants(final long seed) {
        final Universe u = TestUniverses.geometric(300, 0.11, seed);
        final int[] gs = {8, 4, 4, 4};
        final GrowthConfig c = GrowthConfig.builder(gs).allAtZero().arrivalOrder(GrowthConfig.ArrivalOrder.RANDOM)
                .durationNs(1_000_000_000L).routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = grow(u, c, seed, r);
        GrowthInvariants.check(g, u, gs, "seed " + seed);
        assertTrue(r.counter("growth.merges") > 0, "seed " + seed + ": no merge of networks");
        if (r.counter("growth.contacts_skipped_virtual") == 0 && r.counter("growth.entry_refused") == 0) {
            assertEquals(0, GrowthInvariants.crossNetworkArcs(g, u), "seed " + seed + ": networks left unmerged");
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void churnKeepsInvariants(final long seed) {
        final Universe u = TestUniverses.geometric(300, 0.11, seed);
        final int[] gs = {8, 4, 4, 4};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(300).durationNs(4_000_000_000L)
                .churn(20, 40, 40, 1_000_000_000L, 3_000_000_000L).downTimes(500_000_000L, 300_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = grow(u, c, seed, r);
        GrowthInvariants.check(g, u, gs, "seed " + seed);
        assertTrue(r.counter("growth.leaves") > 0 && r.counter("growth.arc_breaks") > 0, "seed " + seed);
    }

    @Test
    void badParametersAreRejectedNamingTheParameter() {
        final IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GrowthConfig.builder(4, 4).churn(-1, 0, 0, 0, 1).build());
        assertTrue(e.getMessage().contains("leaveRatePerSecond"), e.getMessage());
        final IllegalArgumentException g = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> GrowthConfig.builder(4, 1).build());
        assertTrue(g.getMessage().contains("gsizes"), g.getMessage());
        final IllegalArgumentException n = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> new GrowthSimulation(TestUniverses.grid(2, 2), GrowthConfig.builder(4, 4).nodesToArrive(5).build(),
                        new RandomStreams(1, 0), new RunRecorder(), RoutingBackend.none()));
        assertTrue(n.getMessage().contains("nodesToArrive"), n.getMessage());
    }

    @Test
    void tightTopologyNeedsMigrations() {
        final Universe u = TestUniverses.grid(8, 8);
        final int[] gs = {2, 2, 2, 2, 2, 2, 2};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).durationNs(5_000_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = grow(u, c, 7, r);
        GrowthInvariants.check(g, u, gs, "2^7");
        // 64 nodes in 128 addresses of a binary hierarchy: saturated g-nodes everywhere
        assertTrue(r.counter("growth.migrations") > 0, r.results().toString());
        assertEquals(64, g.state().networkSize(0));
    }
}
