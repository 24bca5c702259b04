package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Hand-worked examples of the rules of docs/routing.md. */
class FastPathExampleTest {

    /*
     * Topology 2·2: A = 0·0, B = 0·1, C = 1·0, D = 1·1. Arcs A-B 1, B-C 1, C-D 1, A-D 5.
     * From A: destinations (1,1) = g-node 1· = {C, D} and (0,1) = B.
     */
    private final NetworkState square;
    private final int a;
    private final int bId;
    private final int c;
    private final int d;
    private final int ab;
    private final int ad;

    FastPathExampleTest() {
        final NetworkState.Builder b = NetworkState.builder(2, 2);
        a = b.addIdentity(0, 0);
        bId = b.addIdentity(0, 1);
        c = b.addIdentity(1, 0);
        d = b.addIdentity(1, 1);
        ab = b.addArc(a, bId, 1);
        b.addArc(bId, c, 1);
        b.addArc(c, d, 1);
        ad = b.addArc(a, d, 5);
        square = b.build();
    }

    @Test
    void ntkTakesTheCheapestPathUpToTheFirstNodeOfTheDestination() {
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(square)).computeAll();
        assertEquals(2, t.cost(a, -1, 1, 1));      // A-B-C, enters 1· at C
        assertEquals(bId, t.nextHop(a, -1, 1, 1));
        assertEquals(1, t.cost(a, -1, 0, 1));
        assertEquals(2, t.destinationCount(a));
    }

    @Test
    void neighbourTableAvoidsTheNeighboursMaximumDistinctGnode() {
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(square)).computeAll();
        // from B (hB = (0,1) = B itself): to 1· only directly to D
        assertEquals(5, t.cost(a, ab, 1, 1));
        assertEquals(d, t.nextHop(a, ab, 1, 1));
        // the neighbour's own g-node is always unreachable in its table
        assertEquals(-1, t.cost(a, ab, 0, 1));
        assertEquals(-1, t.cost(a, ad, 1, 1));
        // from D (hD = (1,1) = {C, D}): B is still reachable directly
        assertEquals(1, t.cost(a, ad, 0, 1));
    }

    @Test
    void aPathNeverLeavesTheGnodeHoldingSourceAndDestination() {
        final FastPathRouter router = new FastPathRouter(CsrNetwork.freeze(square));
        final RouteTables t = router.computeAll();
        router.updateArc(ab, -1, t);
        assertEquals(5, t.cost(a, -1, 1, 1));
        // A-D-C-B exists but leaves 0· (which holds A and B): 0· is split, B is unreachable from A
        assertEquals(-1, t.cost(a, -1, 0, 1));
        assertEquals(-1, t.cost(bId, -1, 0, 0));
    }

    @Test
    void virtualPositionsAreTransitedButNeverDestinations() {
        final NetworkState.Builder b = NetworkState.builder(2, 2);
        final int x = b.addIdentity(0, 0);
        final int v = b.addIdentity(0, 2);          // virtual at level 0
        final int y = b.addIdentity(1, 0);
        b.addArc(x, v, 1);
        b.addArc(v, y, 1);
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(b.build())).computeAll();
        assertEquals(1, t.destinationCount(x));     // only 1·, not the virtual 0·2
        assertEquals(2, t.cost(x, -1, 1, 1));
        assertEquals(2, t.destinationCount(v));     // 1· and 0·0
        assertThrows(IllegalArgumentException.class, () -> t.cost(x, -1, 0, 2));
    }
}
