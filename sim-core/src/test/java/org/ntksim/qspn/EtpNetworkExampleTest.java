package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.ntksim.engine.Simulation;
import org.ntksim.random.RandomStreams;

/** Hand-worked examples of EtpNetwork: grouping, split horizon, retention limits, dead paths, bad input. */
class EtpNetworkExampleTest {

    private static Simulation sim() {
        return new Simulation(new RandomStreams(1, 0));
    }

    /** Topology 4·2; A = 0·0 --2-- B = 0·1 --3-- C = 1·0 (positions given level 0 first below). */
    @Test
    void aLineConvergesToTheCostToTheFirstNodeOfEachGnodeWithSplitHorizon() {
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {4, 2}, EtpParameters.proof());
        final int a = etp.addIdentity(new int[] {0, 0});
        final int b = etp.addIdentity(new int[] {1, 0});
        final int c = etp.addIdentity(new int[] {0, 1});
        etp.addArc(a, b, 2, 2_000);
        etp.addArc(b, c, 3, 3_000);
        sim.run();
        assertTrue(etp.quiescent());
        assertEquals(2, etp.bestCost(a, 0, 1));
        assertEquals(5, etp.bestCost(a, 1, 1));
        assertEquals(b, etp.bestFirstHop(a, 1, 1));
        assertEquals(3, etp.bestCost(c, 1, 0), "grouping rule: the cost to g-node 0· is the cost to its first node, B");
        assertEquals(-1, etp.bestCostAvoiding(a, b, 1, 1), "every path of A crosses B's g-node (split horizon)");
        assertEquals(1, etp.destinationCount(c));
        assertEquals(2, etp.destinationCount(a));
        // last events: C's answer to B's news reaching B and B's reaching A: A learns g-node 1 at 5 µs after t=0
        assertTrue(etp.lastActivityTimeNs() >= 5_000, "last activity " + etp.lastActivityTimeNs());
    }

    @Test
    void removingAnArcPropagatesDeadPathsAndTheOtherRouteTakesOver() {
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {4, 2}, EtpParameters.proof());
        final int a = etp.addIdentity(new int[] {0, 0});
        final int b = etp.addIdentity(new int[] {1, 0});
        final int c = etp.addIdentity(new int[] {0, 1});
        final int d = etp.addIdentity(new int[] {2, 0});
        etp.addArc(a, b, 1, 1_000);
        etp.addArc(b, c, 1, 1_000);
        etp.addArc(a, d, 5, 1_000);
        etp.addArc(d, c, 5, 1_000);
        sim.run();
        assertEquals(2, etp.bestCost(a, 1, 1));
        assertEquals(b, etp.bestFirstHop(a, 1, 1));
        etp.removeArc(b, c);
        sim.run();
        assertEquals(10, etp.bestCost(a, 1, 1));
        assertEquals(d, etp.bestFirstHop(a, 1, 1));
        etp.removeArc(a, d);
        sim.run();
        assertEquals(-1, etp.bestCost(a, 1, 1), "no way left to g-node 1·");
        assertEquals(1, etp.destinationCount(a));
    }

    /**
     * Topology 8·8. N = 0·0 has seven neighbours 0·k (k = 1..7), each with an arc to 1·k; arc N–0·k costs k.
     * The seven paths from N to g-node 1· share no arc, so all are disjoint; each enters a different level-0
     * g-node adjacent to N (mandatory with keepAdjacentGnodePaths), otherwise N keeps max_paths of them.
     */
    @Test
    void maxPathsLimitsTheDisjointPathsUnlessEachIsMandatory() {
        assertEquals(7, keptToGnode1(new EtpParameters(5, 0.6, true)));
        assertEquals(5, keptToGnode1(new EtpParameters(5, 0.6, false)));
        // max_paths 1: the cheapest (via 0·1) plus the cheapest avoiding 0·1 (via 0·2), mandatory for neighbour 0·1
        assertEquals(2, keptToGnode1(new EtpParameters(1, 0.6, false)));
        assertEquals(7, keptToGnode1(EtpParameters.unlimited()));
    }

    private static int keptToGnode1(final EtpParameters params) {
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {8, 8}, params);
        final int n = etp.addIdentity(new int[] {0, 0});
        for (int k = 1; k <= 7; k++) {
            final int v = etp.addIdentity(new int[] {k, 0});
            final int w = etp.addIdentity(new int[] {k, 1});
            etp.addArc(n, v, k, 1_000);
            etp.addArc(v, w, 1, 1_000);
        }
        sim.run();
        assertEquals(2, etp.bestCost(n, 1, 1));
        assertEquals(3, etp.bestCostAvoiding(n, 1, 1, 1), "cheapest path avoiding neighbour 0·1: via 0·2");
        return etp.keptPathCount(n, 1, 1);
    }

    /**
     * N = 0·0 -- X = 0·1, and X reaches g-node 1· by two arcs (to 1·0, cost 1, and 1·1, cost 2). From N both
     * paths are [X, 1·] through arc N–X; the costlier one uses the in-arc of X of the cheaper one but not its
     * out-arc: common = ceil(1/2) = 1 of the level-0 hop weight 1, plus the entry arc into 1· of weight
     * floor(0.75·sqrt(8)) − 1 = 1 it does not use, so common/total = 1/2: disjoint for ratio 0.6, not for 0.4.
     */
    @Test
    void disjointnessWeighsSharedArcsAgainstTheRatio() {
        assertEquals(2, keptThroughSharedArc(0.6));
        assertEquals(1, keptThroughSharedArc(0.4));
    }

    private static int keptThroughSharedArc(final double ratio) {
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {8, 8}, new EtpParameters(5, ratio, false));
        final int n = etp.addIdentity(new int[] {0, 0});
        final int x = etp.addIdentity(new int[] {1, 0});
        final int y = etp.addIdentity(new int[] {0, 1});
        final int z = etp.addIdentity(new int[] {1, 1});
        etp.addArc(n, x, 1, 1_000);
        etp.addArc(x, y, 1, 1_000);
        etp.addArc(x, z, 2, 1_000);
        sim.run();
        assertEquals(2, etp.keptPathCount(x, 1, 1), "X: one path per arc, nothing in common");
        assertEquals(2, etp.bestCost(n, 1, 1));
        return etp.keptPathCount(n, 1, 1);
    }

    @Test
    void badInputIsRejectedWithTheOffendingValue() {
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {4, 2}, EtpParameters.proof());
        final int a = etp.addIdentity(new int[] {0, 0});
        final int b = etp.addIdentity(new int[] {1, 0});
        assertTrue(assertThrows(IllegalArgumentException.class, () -> etp.addIdentity(new int[] {0}))
                .getMessage().contains("2 positions"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> etp.addArc(a, b, 0, 1))
                .getMessage().contains("cost must be >= 1, was 0"));
        etp.addArc(a, b, 1, 1);
        assertTrue(assertThrows(IllegalArgumentException.class, () -> etp.addArc(b, a, 1, 1))
                .getMessage().contains("already have an arc"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> etp.removeArc(a, 7))
                .getMessage().contains("no identity 7"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> etp.bestCost(a, 0, 0))
                .getMessage().contains("not a destination"));
        assertThrows(IllegalArgumentException.class, () -> new EtpParameters(0, 0.6, true));
        // two neighbours with one address once the instant's moves are settled
        sim.run();
        etp.changeAddress(a, new int[] {1, 0});
        assertTrue(assertThrows(IllegalStateException.class, sim::run).getMessage().contains("its neighbour 1 has it"));
    }

    @Test
    void neighboursMayShareAnAddressBetweenTheMovesOfOneInstant() {
        // a g-node entering another network moves node by node: a takes b's old place before b has moved on
        final Simulation sim = sim();
        final EtpNetwork etp = new EtpNetwork(sim, new int[] {4, 2}, EtpParameters.proof());
        final int a = etp.addIdentity(new int[] {0, 0});
        final int b = etp.addIdentity(new int[] {1, 0});
        etp.addArc(a, b, 1, 1);
        sim.run();
        etp.changeAddress(a, new int[] {1, 0});
        etp.changeAddress(b, new int[] {0, 1});
        sim.run();
        assertEquals(b, etp.bestFirstHop(a, 1, 1));
        assertEquals(a, etp.bestFirstHop(b, 1, 0));
    }
}
