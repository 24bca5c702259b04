package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.address.HCoord;
import org.ntksim.qspn.Path;
import org.ntksim.qspn.QspnConvergence;

/**
 * {@link FastPathRouter.Semantics#QSPN_IDEAL} against two independent oracles: the exhaustive
 * enumeration of qualifying simple paths ({@link FastPathVersusContiguousPathsTest.Enumerator}) and the
 * converged ETP simulation ({@link QspnConvergence}); both must equal it on every entry. Then what
 * hop-by-hop forwarding does with these tables, which is measured and printed (docs/routing.md §2).
 */
class FastPathQspnIdealTest {
    private static final Map<String, long[]> TALLY = new TreeMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void exactEntriesEqualExhaustiveEnumerationOfContiguousPathsOnRandomGnodes(final long seed) {
        compareWithEnumeration(seed, false, "random g-nodes");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void exactEntriesEqualExhaustiveEnumerationOfContiguousPathsOnConnectedGnodes(final long seed) {
        compareWithEnumeration(seed, true, "connected g-nodes");
    }

    private static void compareWithEnumeration(final long seed, final boolean connected, final String kind) {
        final int[][] topologies = {{2, 2, 2}, {3, 3}, {2, 2, 2, 2}, {4, 3}};
        final int[] t = topologies[(int) (seed % topologies.length)];
        final NetworkState s = RandomNetworks.generate(seed, t, 9 + (int) (seed % 4), 5, connected);
        final FastPathRouter router = new FastPathRouter(CsrNetwork.freeze(s), FastPathRouter.Semantics.QSPN_IDEAL);
        final RouteTables tables = router.computeAll();
        assertEquals(0, router.exactSearchesGivenUp());
        final FastPathVersusContiguousPathsTest.Enumerator e = new FastPathVersusContiguousPathsTest.Enumerator(s);
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = tables.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                for (int arc = -1; arc < s.arcCount(); arc++) {
                    if (arc >= 0 && s.arcA(arc) != x && s.arcB(arc) != x) {
                        continue;
                    }
                    final long ideal = e.best(x, arc, dest[k], dest[k + 1]);
                    assertEquals(ideal == Long.MAX_VALUE ? -1 : ideal, tables.cost(x, arc, dest[k], dest[k + 1]),
                            "seed " + seed + " identity " + x + " table " + arc + " dest (" + dest[k] + ", "
                                    + dest[k + 1] + ")");
                }
            }
        }
        tallyWalks(s, tables, kind);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {21, 22, 23, 24, 25, 26})
    void afterIncrementalArcUpdatesExactEntriesEqualEnumerationOnTheChangedNetwork(final long seed) {
        final int[][] topologies = {{2, 2, 2}, {3, 3}, {2, 2, 2, 2}};
        final int[] t = topologies[(int) (seed % topologies.length)];
        final NetworkState s = RandomNetworks.generate(seed, t, 10, 5, seed % 2 == 0);
        final CsrNetwork net = CsrNetwork.freeze(s);
        final FastPathRouter router = new FastPathRouter(net, FastPathRouter.Semantics.QSPN_IDEAL);
        final RouteTables tables = router.computeAll();
        final java.util.SplittableRandom rnd = new java.util.SplittableRandom(seed);
        for (int round = 0; round < 3; round++) {
            final int arc = rnd.nextInt(s.arcCount());
            router.updateArc(arc, 1 + rnd.nextInt(9), tables);
        }
        final NetworkState.Builder b = NetworkState.builder(FastPathOracleTest.topFirst(s));
        for (int i = 0; i < s.identityCount(); i++) {
            b.addIdentity(FastPathOracleTest.address(s, i));
        }
        for (int a = 0; a < s.arcCount(); a++) {
            b.addArc(s.arcA(a), s.arcB(a), net.arcCost(a));
        }
        final NetworkState changed = b.build();
        final FastPathVersusContiguousPathsTest.Enumerator e = new FastPathVersusContiguousPathsTest.Enumerator(changed);
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = tables.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                for (int arc = -1; arc < s.arcCount(); arc++) {
                    if (arc >= 0 && s.arcA(arc) != x && s.arcB(arc) != x) {
                        continue;
                    }
                    final long ideal = e.best(x, arc, dest[k], dest[k + 1]);
                    assertEquals(ideal == Long.MAX_VALUE ? -1 : ideal, tables.cost(x, arc, dest[k], dest[k + 1]),
                            "seed " + seed + " identity " + x + " table " + arc + " dest (" + dest[k] + ", "
                                    + dest[k + 1] + ") after updates");
                }
            }
        }
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}, connected g-nodes {3}")
    @MethodSource("org.ntksim.fastpath.FastPathEqualsReplayTest#cases")
    void exactEntriesEqualTheConvergedEtpSimulation(final long seed, final int[] topology, final int n,
            final boolean connectGnodes) {
        final NetworkState s = RandomNetworks.generate(seed, topology, n, 6, connectGnodes, false);
        final FastPathRouter router = new FastPathRouter(CsrNetwork.freeze(s), FastPathRouter.Semantics.QSPN_IDEAL);
        final RouteTables tables = router.computeAll();
        assertEquals(0, router.exactSearchesGivenUp());
        final QspnConvergence qspn = FastPathEqualsReplayTest.converge(s, seed, QspnConvergence.Latency.COST_MICROS);
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = tables.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final HCoord d = new HCoord(dest[k], dest[k + 1]);
                final String where = "seed " + seed + ", identity " + x + " " + qspn.address(x) + ", destination " + d;
                assertEquals(cost(qspn.best(x, d)), tables.cost(x, -1, d.level(), d.pos()), where + ", ntk");
                for (final int arc : qspn.arcsOf(x)) {
                    assertEquals(cost(qspn.bestAvoiding(x, arc, d)), tables.cost(x, arc, d.level(), d.pos()),
                            where + ", table of arc " + arc);
                }
            }
        }
        tallyWalks(s, tables, "replay networks");
    }

    private static long cost(final Optional<Path> p) {
        return p.isPresent() ? p.get().costMicros() : -1;
    }

    /**
     * Hop-by-hop forwarding with the exact tables (ntk at the source, the table of the previous hop at
     * every transit) from every identity to every destination it has a route to. The rest of x's exact
     * path, seen from the next hop y, qualifies for y's table of x (it is contiguous and, having left
     * h_x(y), never re-enters it), so y's cost is at most x's minus the arc: the table cost drops by at
     * least the arc cost at every hop, hence no loop and no dead end (asserted). It can drop by more: y
     * does not know the g-nodes the packet left before x, nor the h_v of the source's table (counted).
     */
    private static void tallyWalks(final NetworkState s, final RouteTables t, final String kind) {
        final FastPathVersusContiguousPathsTest.Enumerator g = new FastPathVersusContiguousPathsTest.Enumerator(s);
        long walks = 0;
        long exactDrop = 0;
        long contiguous = 0;
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = t.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final int level = dest[k];
                final int p = dest[k + 1];
                if (t.cost(x, -1, level, p) < 0) {
                    continue;
                }
                walks++;
                final String where = kind + ", walk from " + x + " to (" + level + ", " + p + ")";
                int cur = x;
                int prev = -1;
                boolean consistent = true;
                while (true) {
                    final int arc = t.nextArc(cur, prev, level, p);
                    final int here = t.cost(cur, prev, level, p);
                    assertTrue(arc >= 0 && here > 0, where + ": no route at " + cur);
                    final int w = s.arcA(arc) == cur ? s.arcB(arc) : s.arcA(arc);
                    if (g.maxDistinct(w, x) < level + 1 && s.position(w, level) == p) {
                        consistent &= here == s.arcCost(arc);
                        break;
                    }
                    final int there = t.cost(w, arc, level, p);
                    assertTrue(there >= 0 && there <= here - s.arcCost(arc),
                            where + ": cost " + here + " at " + cur + ", " + there + " at " + w + " after an arc of "
                                    + s.arcCost(arc));
                    consistent &= there == here - s.arcCost(arc);
                    prev = arc;
                    cur = w;
                }
                exactDrop += consistent ? 1 : 0;
                contiguous += g.walkIsContiguous(t, x, -1, level, p) ? 1 : 0;
            }
        }
        synchronized (TALLY) {
            final long[] c = TALLY.computeIfAbsent(kind, key -> new long[3]);
            c[0] += walks;
            c[1] += exactDrop;
            c[2] += contiguous;
        }
    }

    @AfterAll
    static void printTally() {
        synchronized (TALLY) {
            TALLY.forEach((k, v) -> System.out.printf("TALLY QSPN_IDEAL forwarding walks, %s: %d walks, all arrive;"
                    + " %d with the cost dropping by exactly each arc's cost (the walk is the source's exact path),"
                    + " %d walked paths contiguous%n", k, v[0], v[1], v[2]));
        }
    }
}
