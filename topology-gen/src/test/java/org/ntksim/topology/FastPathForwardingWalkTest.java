package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;

/**
 * No forwarding loop: a packet walks hop by hop from every source to every target, using {@code ntk}
 * at the source and {@code ntk_from_<previous hop>} at every transit identity, the destination at
 * each hop being the target's maximum distinct g-node. Every step must find a route, the remaining
 * cost must drop by exactly the arc cost taken (so the walk cannot loop), and the walk must arrive.
 */
class FastPathForwardingWalkTest {

    @Test
    void everyPairOfA16x16GridIsReachedHopByHopWithoutLoops() {
        walkAllPairs(GridNetworks.grid(16, new int[] {4, 4, 4, 4}, 9, 7L), 1, "grid 16 seed 7");
    }

    @Test
    void everyPairOfA32x32GridFrom64SourcesIsReachedHopByHopWithoutLoops() {
        walkAllPairs(GridNetworks.grid(32, new int[] {4, 4, 4, 4, 4}, 9, 11L), 16, "grid 32 seed 11");
    }

    @Test
    void everyPairOfA16x16GridWithTwoLevelsOf16IsReachedHopByHop() {
        walkAllPairs(GridNetworks.grid(16, new int[] {16, 16}, 3, 5L), 1, "grid 16 16.16 seed 5");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 20261124})
    void everyPairOfARandomGeometricGraphIsReachedHopByHopWithoutLoops(final long seed) {
        final NetworkState s = RandomGeometricNetworks.generate(700, 9.0, new int[] {64, 4, 4, 4}, seed);
        assertTrue(s.identityCount() > 600, "giant component, seed " + seed);
        walkAllPairs(s, 1, "rgg seed " + seed);
    }

    private static int maxDistinct(final NetworkState s, final int a, final int b) {
        for (int l = s.levels() - 1; l >= 0; l--) {
            if (s.position(a, l) != s.position(b, l)) {
                return l;
            }
        }
        return -1;
    }

    private static void walkAllPairs(final NetworkState s, final int sourceStride, final String what) {
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        final int n = s.identityCount();
        final int maxSteps = n * s.levels() + 1;
        for (int src = 0; src < n; src += sourceStride) {
            for (int dst = 0; dst < n; dst++) {
                int cur = src;
                int prevArc = -1;
                int steps = 0;
                while (cur != dst) {
                    final int level = maxDistinct(s, cur, dst);
                    final int p = s.position(dst, level);
                    final String where = what + ": " + src + " -> " + dst + " at " + cur + " step " + steps;
                    final int cost = t.cost(cur, prevArc, level, p);
                    assertNotEquals(-1, cost, where + ": no route");
                    final int arc = t.nextArc(cur, prevArc, level, p);
                    final int next = s.arcA(arc) == cur ? s.arcB(arc) : s.arcA(arc);
                    final int arcCost = s.arcCost(arc);
                    if (maxDistinct(s, next, dst) < level) {
                        assertEquals(arcCost, cost, where + ": entering the destination");
                    } else {
                        assertEquals(level, maxDistinct(s, next, dst), where + ": left the destination's parent");
                        assertEquals(cost, arcCost + t.cost(next, arc, level, p), where + ": remaining cost");
                    }
                    prevArc = arc;
                    cur = next;
                    assertTrue(++steps <= maxSteps, where + ": too many steps");
                }
            }
        }
    }
}
