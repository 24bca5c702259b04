package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * The Hooking retries (docs/growth.md §3–§4): a virtual node looking again for a real position, a
 * refused contact examined again, and a single entering node trying its other contacts. The small
 * cases are worked out by hand (comments); addresses are written top level first.
 */
class HookingRetryTest {
    private static final long S = 1_000_000_000L;
    private static final long TEN_MIN = 600 * S;

    private static GrowthSimulation sim(final Universe u, final RunRecorder r, final GrowthConfig.Builder b) {
        final GrowthConfig c = b.nodesToArrive(0).durationNs(1).routingMode(GrowthConfig.RoutingMode.NONE).build();
        return new GrowthSimulation(u, c, new RandomStreams(1, 0), r, RoutingBackend.none());
    }

    /**
     * Topology 2·2 (four real places). Arcs A-B, B-C, C-D, D-E, C-E (A=0 .. E=4), arrivals A..E:
     * A 0·0, B 0·1, C (0· full) opens 1·0, D 1·1; every g-node is full. E meets D first: 1· and the
     * network are full; the border of 1· that may leave (not D, E hangs on it) is C, whose neighbour
     * B is in 0·, full too, and 0· has no border other than B (C would hang on it) with an arc out.
     * Through C (second contact) the border would be D, with no arc out of 1·. So E takes the lowest
     * free virtual position of D's level-1 g-node: 1·2.
     */
    private static Universe fullLine() {
        return TestUniverses.of(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {2, 4}});
    }

    @Test
    void aVirtualNodeTakesTheRealPlaceFreedByADepartureWhenItsRetryFires() {
        // After E is virtual (1·2), D leaves at t = 0: 1· keeps C (1·0) and E, position 1·1 is free. At
        // t = 10 min E's retry asks its real neighbour C for a place: 1· has position 1 free -> E = 1·1.
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(fullLine(), r, GrowthConfig.builder(2, 2));
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 4));
        g.leave(3);
        g.engine().runUntil(TEN_MIN - 1);
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 4), "no retry before 10 min");
        assertEquals(0, r.counter("growth.virtual_retries"));
        g.engine().runUntil(TEN_MIN);
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 4));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2));
        assertEquals(1, r.counter("growth.virtual_retries"));
        assertEquals(1, r.counter("growth.virtual_upgraded"));
        assertEquals(0, GrowthInvariants.check(g, fullLine(), new int[] {2, 2}, "after the upgrade"));
    }

    @Test
    void aVirtualNodeWithNoPlaceRetriesEveryPeriodUntilOneFrees() {
        // Same start; nothing frees before the first retry (t = 10 min), which fails and schedules the
        // next. D leaves at 10 min + 1 s; the second retry (t = 20 min) gives E the place 1·1.
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(fullLine(), r, GrowthConfig.builder(2, 2));
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        g.engine().runUntil(TEN_MIN + S);
        assertEquals(1, r.counter("growth.virtual_retries"));
        assertEquals(0, r.counter("growth.virtual_upgraded"));
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 4));
        g.leave(3);
        g.engine().runUntil(2 * TEN_MIN);
        assertEquals(2, r.counter("growth.virtual_retries"));
        assertEquals(1, r.counter("growth.virtual_upgraded"));
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 4));
    }

    @Test
    void aZeroPeriodMeansAVirtualNodeNeverRetries() {
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(fullLine(), r, GrowthConfig.builder(2, 2).retries(0, 0));
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        g.leave(3);
        g.engine().runUntil(10 * TEN_MIN);
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 4));
        assertEquals(0, r.counter("growth.virtual_retries"));
    }

    @Test
    void aRefusedLoneNodeEntersWhenItsContactIsRetriedAfterAPlaceFrees() {
        // Topology 2·2. Line A-B-C-D (0..3) fills the four places: A 0·0, B 0·1, C 1·0, D 1·1. E, F, G
        // (4, 5, 6) hang on D only: E 1·2 and F 1·3 take the two virtual positions of 1·, G finds none:
        // refused, a network of its own. A leaves (0·0 free). Virtual retries are off here, so at
        // 10 min only G's contact G-D is examined again: 1· and the network are full; C, the border
        // of 1· that is not D, has its neighbour B in 0·, which has position 0 free, and 1· stays
        // connected without C (D, E, F hang together): C -> 0·0 and G takes C's place 1·0.
        final Universe u = TestUniverses.of(7, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {3, 6}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, GrowthConfig.builder(2, 2).retries(0, TEN_MIN));
        for (int x = 0; x <= 6; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {1, 3}, GrowthInvariants.topFirst(g, 5));
        assertEquals(1, r.counter("growth.entry_refused"));
        assertNotEquals(g.state().network(3), g.state().network(6));
        g.leave(0);
        g.engine().runUntil(TEN_MIN - 1);
        assertEquals(2, g.state().networkCount(), "still refused before the retry");
        g.engine().runUntil(TEN_MIN);
        assertEquals(1, r.counter("growth.entry_retries"));
        assertEquals(1, g.state().networkCount());
        assertArrayEquals(new int[] {0, 0}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 6));
        assertEquals(2, GrowthInvariants.check(g, u, new int[] {2, 2}, "after the retried entry"));
        assertEquals(0, GrowthInvariants.crossNetworkArcs(g, u));
    }

    @Test
    void aRefusedContactIsNotRetriedWhenTheEntryPeriodIsZero() {
        final Universe u = TestUniverses.of(7, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {3, 6}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, GrowthConfig.builder(2, 2).retries(0, 0));
        for (int x = 0; x <= 6; x++) {
            g.arrive(x, false);
        }
        g.leave(0);
        g.engine().runUntil(10 * TEN_MIN);
        assertEquals(0, r.counter("growth.entry_retries"));
        assertEquals(2, g.state().networkCount());
    }

    @Test
    void aSingleNodeWithNoPlaceThroughItsFirstContactEntersThroughAnother() {
        // Topology 2·2. Arcs A-B, A-C, N-A, N-C (A=0, B=1, C=2, N=3). A 0·0, B 0·1; C (next to A, 0·
        // full) opens 1·0. N meets A first: 0· is full, so is the network, and the only border of 0·
        // other than A is B, which has no arc out of 0·: no place through A. Through C: 1· has position
        // 1 free -> N = 1·1. Without the election N takes the virtual position 0·2 beside A.
        final Universe u = TestUniverses.of(4, new int[][] {{0, 1}, {0, 2}, {3, 0}, {3, 2}});
        for (final boolean elect : new boolean[] {true, false}) {
            final RunRecorder r = new RunRecorder();
            final GrowthSimulation g = sim(u, r, GrowthConfig.builder(2, 2).electAmongContacts(elect));
            for (int x = 0; x <= 3; x++) {
                g.arrive(x, false);
            }
            assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2), "elect " + elect);
            if (elect) {
                assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 3));
                assertEquals(1, r.counter("growth.entries_other_contact"));
                assertEquals(0, r.counter("growth.virtual_addresses"));
            } else {
                assertArrayEquals(new int[] {0, 2}, GrowthInvariants.topFirst(g, 3));
                assertEquals(1, r.counter("growth.virtual_addresses"));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void retriesDuringChurnKeepEveryInvariant(final long seed) {
        // an over-full topology (3·4·4 = 48 real places for 60 nodes) under churn, retries every 0.2 s:
        // virtual positions or refused entries are certain, whatever the search finds
        final Universe u = TestUniverses.geometric(60, 0.2, seed);
        final int[] gs = {3, 4, 4};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).arrivalOrder(GrowthConfig.ArrivalOrder.RANDOM)
                .durationNs(6 * S).churn(5, 10, 0, S, 4 * S).downTimes(S / 2, S / 2).retries(S / 5, S / 5)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = new GrowthSimulation(u, c, new RandomStreams(seed, 0), r, RoutingBackend.none());
        g.run();
        final int virtual = GrowthInvariants.check(g, u, gs, "seed " + seed);
        assertEquals(r.results().get("virtual_nodes").intValue(), virtual, "seed " + seed);
        assertEquals(r.results().get("cross_network_arcs").intValue(), GrowthInvariants.crossNetworkArcs(g, u),
                "seed " + seed);
        assertTrue(r.counter("growth.virtual_retries") + r.counter("growth.entry_retries") > 0,
                "seed " + seed + ": no retry fired, the test would prove nothing: " + r.results());
    }

    @Test
    void runsWithRetriesAreDeterministic() {
        final Universe u = TestUniverses.geometric(60, 0.2, 2);
        final GrowthConfig c = GrowthConfig.builder(4, 4, 4).poissonArrivals(100).durationNs(6 * S)
                .churn(5, 10, 0, S, 4 * S).downTimes(S / 2, S / 2).retries(S / 5, S / 5)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final RunRecorder a = new RunRecorder();
        final RunRecorder b = new RunRecorder();
        new GrowthSimulation(u, c, new RandomStreams(9, 0), a, RoutingBackend.none()).run();
        new GrowthSimulation(u, c, new RandomStreams(9, 0), b, RoutingBackend.none()).run();
        assertEquals(a.results(), b.results());
        assertEquals(a.samples(), b.samples());
    }

    @Test
    void negativeRetryPeriodsAreRejectedNamingTheParameter() {
        final IllegalArgumentException v = assertThrows(IllegalArgumentException.class,
                () -> GrowthConfig.builder(4, 4).retries(-1, 0).build());
        assertTrue(v.getMessage().contains("virtualRetryNs"), v.getMessage());
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GrowthConfig.builder(4, 4).retries(0, -1).build());
        assertTrue(e.getMessage().contains("entryRetryNs"), e.getMessage());
    }
}
