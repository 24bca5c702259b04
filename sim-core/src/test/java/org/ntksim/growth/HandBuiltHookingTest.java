package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Small saturated networks built arrival by arrival, with the expected addresses worked out by hand
 * from the Hooking rules (comments give the reasoning). Topology 4·2 unless said otherwise: four
 * level-1 g-nodes of two nodes each; addresses are written top level first.
 */
class HandBuiltHookingTest {

    private static GrowthSimulation sim(final Universe u, final int... gsizes) {
        final GrowthConfig c = GrowthConfig.builder(gsizes).nodesToArrive(0).durationNs(1)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        return new GrowthSimulation(u, c, new RandomStreams(1, 0), new RunRecorder(), RoutingBackend.none());
    }

    private static GrowthSimulation sim(final Universe u, final RunRecorder r, final int... gsizes) {
        final GrowthConfig c = GrowthConfig.builder(gsizes).nodesToArrive(0).durationNs(1)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        return new GrowthSimulation(u, c, new RandomStreams(1, 0), r, RoutingBackend.none());
    }

    @Test
    void aFreePositionIsTakenWithoutMigrationAndANewGnodeOpensWhenTheFirstIsFull() {
        // A alone: 0·0. B next to A: A's level-1 g-node has position 1 free -> 0·1.
        // C next to B: 0· is full, the network (level 2) has level-1 position 1 free -> 1·0
        // (host level 2, own level-0 position 0 kept).
        final Universe u = TestUniverses.of(3, new int[][] {{0, 1}, {1, 2}});
        final GrowthSimulation g = sim(u, 4, 2);
        g.arrive(0, false);
        g.arrive(1, false);
        g.arrive(2, false);
        assertArrayEquals(new int[] {0, 0}, GrowthInvariants.topFirst(g, 0));
        assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 1));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2));
    }

    @Test
    void migrationPathOfLengthOne() {
        // A=0, B=1, C=2, D=3, E=4, N=5. Arrivals A, B (0·1), then C, D, E each next to B only: 0· is full,
        // so each opens a new level-1 g-node: C 1·0, D 2·0, E 3·0; now the network is saturated
        // (4 level-1 g-nodes) and only 0· is full. N arrives next to A: 0· is full and so is the network,
        // so a border g-node of 0· (not A's, N hangs on A) must migrate: B, whose first neighbour
        // g-node outside 0· is 1· (C), which has position 1 free. Path (0·, 1·), d = 1:
        // B -> 1·1, N takes B's old place 0·1.
        final Universe u = TestUniverses.of(6, new int[][] {{0, 1}, {1, 2}, {1, 3}, {1, 4}, {5, 0}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 4, 2);
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {2, 0}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {3, 0}, GrowthInvariants.topFirst(g, 4));
        g.arrive(5, false);
        assertArrayEquals(new int[] {0, 0}, GrowthInvariants.topFirst(g, 0));
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 1));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 5));
        assertEquals(1, r.counter("growth.migration_path_length.d1"));
        assertEquals(1, r.counter("growth.migrations"));
    }

    @Test
    void migrationPathOfLengthTwo() {
        // A=0, B=1, C=2, F=3, D=4, G=5, N=6; arcs A-B, B-C, C-F, F-D, F-G, N-A.
        // A 0·0; B 0·1; C (next to B, 0· full) 1·0; F (next to C) 1·1; D (next to F, 1· full) 2·0;
        // G (next to F) 3·0. Network saturated; 0· and 1· full, 2· and 3· have a free place.
        // N next to A: from 0· the only border g-node not holding A is B, adjacent to 1· (full, d = 1);
        // from 1· the border F reaches 2· (D) and 3· (G), both at d = 2; 2· is found first (F's
        // neighbours in arc order) and has position 1 free. Executed last first: F -> 2·1, B takes F's
        // old place 1·1, N takes B's old place 0·1.
        final Universe u = TestUniverses.of(7, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {3, 5}, {6, 0}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 4, 2);
        for (int x = 0; x <= 5; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {2, 0}, GrowthInvariants.topFirst(g, 4));
        assertArrayEquals(new int[] {3, 0}, GrowthInvariants.topFirst(g, 5));
        g.arrive(6, false);
        assertArrayEquals(new int[] {0, 0}, GrowthInvariants.topFirst(g, 0));
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 1));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {2, 1}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {2, 0}, GrowthInvariants.topFirst(g, 4));
        assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 6));
        assertEquals(1, r.counter("growth.migration_path_length.d2"));
        assertEquals(2, r.counter("growth.migrations"));
    }

    @Test
    void aFullNetworkGivesAVirtualPosition() {
        // 2·2: four places. A 0·0, B 0·1, C 1·0, D 1·1 (a line A-B-C-D). E next to D: every g-node is
        // full at every level and no migration can free anything, so E takes the lowest virtual
        // level-0 position in D's level-1 g-node: 1·2.
        final Universe u = TestUniverses.of(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 2, 2);
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 4));
        assertEquals(1, r.counter("growth.virtual_addresses"));
    }

    @Test
    void mergedNetworkKeepsItsInternalAddressesBelowTheHostLevel() {
        // Topology 4·4·2. Arcs A-B, C-D, B-C, A-E (A=0, B=1, C=2, D=3, E=4); arrivals C, D, A, E, B.
        // G = {C 0·0·0, D 0·0·1}. J = {A 0·0·0, E 0·0·1}. B arrives next to A and C: first arc A-B,
        // B (alone) enters J: 0·0· is full, 0· has level-1 position 1 free -> B 0·1·0. Then arc B-C:
        // J (3 nodes) is larger than G (2), so G enters J through B as one g-node of level 1 (the lowest
        // level at which G is a single g-node): B's level-2 g-node 0· has level-1 position 2 free, so G
        // becomes 0·2·, and C and D keep their level-0 positions: C 0·2·0, D 0·2·1.
        final Universe u = TestUniverses.of(5, new int[][] {{0, 1}, {2, 3}, {1, 2}, {0, 4}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 4, 4, 2);
        for (final int x : new int[] {2, 3, 0, 4}) {
            g.arrive(x, false);
        }
        assertEquals(2, g.state().networkCount());
        g.arrive(1, false);
        assertArrayEquals(new int[] {0, 1, 0}, GrowthInvariants.topFirst(g, 1));
        assertArrayEquals(new int[] {0, 2, 0}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {0, 2, 1}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {0, 0, 0}, GrowthInvariants.topFirst(g, 0));
        assertArrayEquals(new int[] {0, 0, 1}, GrowthInvariants.topFirst(g, 4));
        assertEquals(1, g.state().networkCount());
        assertEquals(1, r.counter("growth.merges"));
    }

    @Test
    void anArcBreakThatSplitsAGnodeSendsTheIslandWithoutTheEldestBackIn() {
        // Topology 2·4. Ring 0-1-2-3-4-0. Arrivals 0..3 fill 0· (0·0 .. 0·3); 4 opens 1·0. Breaking 1-2
        // leaves 0· internally as {0,1} and {2,3} (the path 3-4-0 leaves the g-node): split. {0,1}
        // keeps the eldest (0) and the address; {2,3} becomes a network of its own and re-enters over
        // 3-4: as a level-1 g-node there is no room (the network has both level-1 positions taken and
        // nothing to migrate to), so it degrades: 3 alone enters 1· at position 1, then 2 follows
        // through 3 at position 2.
        final Universe u = TestUniverses.of(5, new int[][] {{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 0}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 2, 4);
        for (int x = 0; x <= 4; x++) {
            g.arrive(x, false);
        }
        assertArrayEquals(new int[] {0, 3}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 4));
        g.breakArc(1);
        assertEquals(1, r.counter("growth.splits"));
        assertEquals(1, r.counter("growth.entry_degrades"));
        assertEquals(1, r.counter("growth.partial_entries"));
        assertEquals(1, g.state().networkCount());
        assertArrayEquals(new int[] {0, 0}, GrowthInvariants.topFirst(g, 0));
        assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 1));
        assertArrayEquals(new int[] {1, 2}, GrowthInvariants.topFirst(g, 2));
        assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 3));
        assertArrayEquals(new int[] {1, 0}, GrowthInvariants.topFirst(g, 4));
        GrowthInvariants.check(g, u, new int[] {2, 4}, "after split");
    }

    @Test
    void aLeavingNodeThatDisconnectsItsGnodeIsDetectedAsASplit() {
        // Topology 2·4, line 0-1-2: 0·0, 0·1, 0·2. Node 1 leaves: 0· is {0} and {2}, not connected.
        // 0 is the eldest and keeps the network; 2 becomes a network of its own with its address.
        final Universe u = TestUniverses.of(3, new int[][] {{0, 1}, {1, 2}});
        final RunRecorder r = new RunRecorder();
        final GrowthSimulation g = sim(u, r, 2, 4);
        for (int x = 0; x <= 2; x++) {
            g.arrive(x, false);
        }
        g.leave(1);
        assertEquals(1, r.counter("growth.splits"));
        assertEquals(2, g.state().networkCount());
        assertNotEquals(g.state().network(0), g.state().network(2));
        assertArrayEquals(new int[] {0, 2}, GrowthInvariants.topFirst(g, 2));
    }

    @Test
    void epsilonDecidesBetweenANewHighGnodeAndAMigration() {
        // 4·2. A 0·0, B 0·1, C 1·0 (arcs A-B, B-C); N arrives next to A. 0· is full; the network still
        // has level-1 positions free, so a path of length 0 opening 2· exists with host level 2, i.e.
        // hl - l = 2. With ε = 2 that is satisfying: N -> 2·0. With ε = 1 it is not: the search goes on,
        // finds 1· (one migration, host level 1) and prefers it (1 < 0 + 5): B -> 1·1, N -> 0·1.
        final Universe u = TestUniverses.of(4, new int[][] {{0, 1}, {1, 2}, {3, 0}});
        for (final int eps : new int[] {1, 2}) {
            final GrowthConfig c = GrowthConfig.builder(4, 2).nodesToArrive(0).durationNs(1).hooking(eps, 16, 1000)
                    .routingMode(GrowthConfig.RoutingMode.NONE).build();
            final GrowthSimulation g = new GrowthSimulation(u, c, new RandomStreams(1, 0), new RunRecorder(),
                    RoutingBackend.none());
            for (int x = 0; x <= 3; x++) {
                g.arrive(x, false);
            }
            if (eps == 2) {
                assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 1), "eps 2");
                assertArrayEquals(new int[] {2, 0}, GrowthInvariants.topFirst(g, 3), "eps 2");
            } else {
                assertArrayEquals(new int[] {1, 1}, GrowthInvariants.topFirst(g, 1), "eps 1");
                assertArrayEquals(new int[] {0, 1}, GrowthInvariants.topFirst(g, 3), "eps 1");
            }
        }
    }
}
