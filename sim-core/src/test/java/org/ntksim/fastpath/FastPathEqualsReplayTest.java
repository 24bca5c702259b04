package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.engine.Simulation;
import org.ntksim.qspn.Path;
import org.ntksim.qspn.QspnConvergence;
import org.ntksim.random.RandomStreams;

/**
 * The fast path against the tables the message-level ETP simulation ({@link QspnConvergence}) converges
 * to, on random connected networks with fully real addresses (pinned seeds; several topologies; partially
 * and fully populated; g-nodes scattered at random or connected inside).
 *
 * <p>First the simulator is checked against an independent oracle: on small networks its converged tables
 * equal ideal QSPN found by exhaustive enumeration of simple contiguous paths
 * ({@link FastPathVersusContiguousPathsTest.Enumerator}), with both latency models.
 *
 * <p>Then, entry by entry (identity, destination, table: ntk and the table of each neighbour v):
 * <ul>
 *   <li>the fast path is never costlier than converged QSPN, and reachable whenever QSPN is (its rules are
 *       weaker: per-hop acyclic rule instead of contiguity, h_v avoided at the first hop; docs/routing.md §2);</li>
 *   <li>wherever the fast path's own hop-by-hop path satisfies QSPN's rules (contiguous, never entering h_v),
 *       the costs are equal, and for ntk the fast path's first arc is one of QSPN's cheapest first arcs;</li>
 *   <li>the entries where they differ are counted and printed (TALLY lines; figures in docs/routing.md §2).
 *       They exist for ntk too (about 1 %), not only for the neighbour tables: strict ntk equality does not
 *       hold, and the side that departs from QSPN's acyclic rule there is the fast path.</li>
 * </ul>
 */
class FastPathEqualsReplayTest {

    private static final Map<String, long[]> TALLY = new TreeMap<>();

    /** {topology top first}, {identities, connected g-nodes (0/1)}...; a size equal to the capacity is fully populated. */
    private static final int[][][] CASES = {
        {{4, 2, 2, 2}, {12, 0}, {24, 0}, {24, 1}, {32, 0}, {32, 1}},
        {{4, 4, 4}, {12, 0}, {30, 0}, {30, 1}},
        {{4, 2, 2}, {12, 0}, {12, 1}, {16, 0}, {16, 1}},
        {{4, 4}, {10, 0}, {16, 0}, {16, 1}},
        {{8, 4, 2}, {12, 0}, {20, 1}},
    };

    static Stream<Arguments> cases() {
        return RandomConnectedNetworks.cases(20261124L, CASES);
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}, connected g-nodes {3}")
    @MethodSource("cases")
    void fastPathNtkEqualsConvergedQspnAndNeighbourTablesAreNeverCostlier(final long seed, final int[] topology,
            final int n, final boolean connectGnodes) {
        final NetworkState s = RandomNetworks.generate(seed, topology, n, 6, connectGnodes, false);
        final RouteTables fast = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        final QspnConvergence qspn = converge(s, seed, QspnConvergence.Latency.COST_MICROS);
        final FastPathVersusContiguousPathsTest.Enumerator walks = new FastPathVersusContiguousPathsTest.Enumerator(s);
        long ntk = 0;
        long ntkCheaper = 0;
        long ntkOnlyFast = 0;
        long neighbour = 0;
        long neighbourCheaper = 0;
        long neighbourOnlyFast = 0;
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = fast.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final int level = dest[k];
                final int p = dest[k + 1];
                final HCoord d = new HCoord(level, p);
                final String where = "seed " + seed + ", identity " + x + " " + qspn.address(x) + ", destination " + d;
                // ntk
                final List<Path> routes = qspn.map(x).routesTo(qspn.address(x), d);
                final int fastCost = fast.cost(x, -1, level, p);
                ntk++;
                final boolean ownPathIsQspns = fastCost >= 0 && walks.walkIsContiguous(fast, x, -1, level, p);
                if (routes.isEmpty()) {
                    if (fastCost >= 0) {
                        ntkOnlyFast++;
                        assertTrue(!ownPathIsQspns, where + ", ntk: the fast path's own path satisfies QSPN's rules but QSPN has none");
                    }
                } else {
                    final long best = routes.get(0).costMicros();
                    assertTrue(fastCost >= 0 && fastCost <= best, where + ", ntk: fast " + fastCost + " vs QSPN " + best);
                    if (ownPathIsQspns) {
                        assertEquals(best, fastCost, where + ", ntk cost (the fast path's own path satisfies QSPN's rules)");
                        final int fastArc = fast.nextArc(x, -1, level, p);
                        assertTrue(routes.stream().anyMatch(r -> r.costMicros() == best && r.arcKey() == fastArc),
                                where + ", ntk: fast first arc " + fastArc + " is not a cheapest first arc of QSPN");
                    }
                    if (fastCost < best) {
                        ntkCheaper++;
                    }
                }
                // the table of each neighbour
                for (final int arc : qspn.arcsOf(x)) {
                    final String inTable = where + ", table of arc " + arc + " (neighbour " + qspn.peer(x, arc) + ")";
                    final Optional<Path> q = qspn.bestAvoiding(x, arc, d);
                    final int f = fast.cost(x, arc, level, p);
                    neighbour++;
                    if (q.isEmpty()) {
                        if (f >= 0) {
                            neighbourOnlyFast++;
                            assertTrue(!walks.walkIsContiguous(fast, x, arc, level, p),
                                    inTable + ": the fast path's own path satisfies QSPN's rules but QSPN has none");
                        }
                        continue;
                    }
                    assertTrue(f >= 0 && f <= q.get().costMicros(),
                            inTable + ": fast " + f + " vs QSPN " + q.get().costMicros());
                    if (walks.walkIsContiguous(fast, x, arc, level, p)) {
                        assertEquals(q.get().costMicros(), f, inTable + ": the fast path's own path satisfies QSPN's rules");
                    }
                    if (f < q.get().costMicros()) {
                        neighbourCheaper++;
                    }
                }
            }
        }
        synchronized (TALLY) {
            final long[] t = TALLY.computeIfAbsent(connectGnodes ? "connected g-nodes" : "random g-nodes", key -> new long[8]);
            t[6] += ntkCheaper;
            t[7] += ntkOnlyFast;
            t[0] += ntk;
            t[1] += neighbour;
            t[2] += neighbourCheaper;
            t[3] += neighbourOnlyFast;
            t[4] += qspn.etpsSent();
            t[5] += s.identityCount();
        }
        System.out.printf("seed %d, topology %s, %d identities, %d arcs: %d ETPs (%d paths) to quiescence at %d us;"
                + " ntk %d entries, fast cheaper %d, only fast %d; neighbour tables %d entries, fast cheaper %d, reachable only on the fast path %d%n",
                seed, java.util.Arrays.toString(topology), s.identityCount(), s.arcCount(), qspn.etpsSent(), qspn.pathsSent(),
                qspn.quiescenceNs() / 1000, ntk, ntkCheaper, ntkOnlyFast, neighbour, neighbourCheaper, neighbourOnlyFast);
    }

    @ParameterizedTest(name = "seed {0}")
    @org.junit.jupiter.params.provider.ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void convergedEtpSimulationEqualsIdealQspnFoundByExhaustiveEnumeration(final long seed) {
        // independent oracle for the simulator: every simple path that stays in P, ends at its first node in d,
        // crosses every g-node contiguously and (table of v) never enters h_v (FastPathVersusContiguousPathsTest)
        final int[][] topologies = {{4, 2, 2}, {4, 4}, {4, 2, 2, 2}, {8, 2}};
        final int[] t = topologies[(int) (seed % topologies.length)];
        final NetworkState s = RandomNetworks.generate(seed, t, 9 + (int) (seed % 4), 5, seed % 2 == 0, false);
        final QspnConvergence qspn = converge(s, seed, QspnConvergence.Latency.COST_MICROS);
        final QspnConvergence rounds = converge(s, seed, QspnConvergence.Latency.FIXED_1MS);
        final FastPathVersusContiguousPathsTest.Enumerator ideal = new FastPathVersusContiguousPathsTest.Enumerator(s);
        final RouteTables fast = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = fast.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final HCoord d = new HCoord(dest[k], dest[k + 1]);
                final String where = "seed " + seed + ", identity " + x + " " + qspn.address(x) + ", destination " + d;
                assertEquals(ideal.best(x, -1, d.level(), d.pos()), cost(qspn.best(x, d)), where + ", ntk");
                assertEquals(cost(qspn.best(x, d)), cost(rounds.best(x, d)), where + ", ntk, 1 ms rounds");
                for (final int arc : qspn.arcsOf(x)) {
                    assertEquals(ideal.best(x, arc, d.level(), d.pos()), cost(qspn.bestAvoiding(x, arc, d)),
                            where + ", table of arc " + arc);
                    assertEquals(cost(qspn.bestAvoiding(x, arc, d)), cost(rounds.bestAvoiding(x, arc, d)),
                            where + ", table of arc " + arc + ", 1 ms rounds");
                }
            }
        }
    }

    private static long cost(final Optional<Path> p) {
        return p.isPresent() ? p.get().costMicros() : Long.MAX_VALUE;
    }

    @AfterAll
    static void printTally() {
        synchronized (TALLY) {
            TALLY.forEach((kind, t) -> System.out.printf("TALLY fast path vs converged QSPN, %s: ntk %d entries, %d differ (fast cheaper %d, reachable only on the fast path %d);"
                    + " neighbour tables %d entries, %d differ (fast cheaper %d, reachable only on the fast path %d);"
                    + " %d ETPs for %d identities%n", kind, t[0], t[6] + t[7], t[6], t[7], t[1], t[2] + t[3], t[2], t[3], t[4], t[5]));
        }
    }

    /** The same network in the ETP simulation: identity i and arc a keep their ids. */
    static QspnConvergence converge(final NetworkState s, final long seed, final QspnConvergence.Latency latency) {
        final int[] topFirst = FastPathOracleTest.topFirst(s);
        final Topology topology = Topology.ofTopFirst(topFirst);
        final QspnConvergence.Builder b = QspnConvergence.builder(topology);
        for (int i = 0; i < s.identityCount(); i++) {
            assertEquals(i, b.addIdentity(NetsukukuAddress.of(topology, FastPathOracleTest.address(s, i))));
        }
        for (int a = 0; a < s.arcCount(); a++) {
            assertEquals(a, b.addArc(s.arcA(a), s.arcB(a), s.arcCost(a)));
        }
        final QspnConvergence q = b.build();
        q.run(new Simulation(new RandomStreams(seed, 0)), latency);
        return q;
    }
}
