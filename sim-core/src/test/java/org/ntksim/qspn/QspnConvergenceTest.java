package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.engine.Simulation;
import org.ntksim.random.RandomStreams;

/** Hand-worked examples of the message-level QSPN run to quiescence. */
class QspnConvergenceTest {

    private static final Topology T = Topology.ofTopFirst(4, 2);

    /** A = 0·0 --2-- B = 0·1 --3-- C = 1·0. */
    private static QspnConvergence line() {
        final QspnConvergence.Builder b = QspnConvergence.builder(T);
        b.addIdentity(NetsukukuAddress.of(T, 0, 0));
        b.addIdentity(NetsukukuAddress.of(T, 0, 1));
        b.addIdentity(NetsukukuAddress.of(T, 1, 0));
        b.addArc(0, 1, 2);
        b.addArc(1, 2, 3);
        return b.build();
    }

    @Test
    void aLineConvergesToTheCostsToTheFirstNodeOfEachGnodeWithSplitHorizon() {
        final QspnConvergence q = line();
        q.run(new Simulation(new RandomStreams(1, 0)), QspnConvergence.Latency.COST_MICROS);
        // A: to B 2, to g-node 1· (C) 5, both through arc 0
        assertEquals(2, q.best(0, new HCoord(0, 1)).orElseThrow().costMicros());
        assertEquals(5, q.best(0, new HCoord(1, 1)).orElseThrow().costMicros());
        assertEquals(List.of(new HCoord(0, 1), new HCoord(1, 1)), q.best(0, new HCoord(1, 1)).orElseThrow().hops());
        // C: to g-node 0· costs 3, the cost to its first node B (grouping rule), not 5 (to A)
        assertEquals(3, q.best(2, new HCoord(1, 0)).orElseThrow().costMicros());
        // A's table for B: every path to 1· crosses B
        assertTrue(q.bestAvoiding(0, 0, new HCoord(1, 1)).isEmpty());
        // B's table for A (h = 0·0): 1· through C at 3; B's table for C (h = 1·): 1· unreachable, A at 2
        assertEquals(3, q.bestAvoiding(1, 0, new HCoord(1, 1)).orElseThrow().costMicros());
        assertTrue(q.bestAvoiding(1, 1, new HCoord(1, 1)).isEmpty());
        assertEquals(2, q.bestAvoiding(1, 1, new HCoord(0, 0)).orElseThrow().costMicros());
    }

    @Test
    void onlyIdentitiesWhoseMapChangedForwardAndNeverBackThroughTheArcThatTaughtThem() {
        // t=0: 4 first ETPs (A->B, B->A, B->C, C->B). t=2: B learns A, tells C (not A); A learns B, has no
        // other arc. t=3: C learns B (no other arc); B learns C, tells A. t=5: C learns A's path 0·0 at 5,
        // collapsed into 0· whose cost stays 3: nothing to forward; A learns 1· at 5, no other arc. Total 6.
        final QspnConvergence q = line();
        final Simulation sim = new Simulation(new RandomStreams(1, 0));
        assertEquals(6, q.run(sim, QspnConvergence.Latency.COST_MICROS));
        assertEquals(6, q.etpsReceived());
        assertEquals(5_000, q.quiescenceNs());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void aSecondRunIsRefusedAndVirtualAddressesAreRejected() {
        final QspnConvergence q = line();
        q.run(new Simulation(new RandomStreams(1, 0)), QspnConvergence.Latency.FIXED_1MS);
        assertThrows(IllegalStateException.class,
                () -> q.run(new Simulation(new RandomStreams(1, 0)), QspnConvergence.Latency.FIXED_1MS));
        assertThrows(IllegalArgumentException.class,
                () -> QspnConvergence.builder(T).addIdentity(NetsukukuAddress.of(T, 0, 2)));
    }
}
