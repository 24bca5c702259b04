package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Randomized invariant: the fast path against the JGraphT arc-state oracle, every entry of every table. */
class FastPathOracleTest {

    static Stream<Arguments> cases() {
        final int[][] topologies = {{4, 2, 2, 2}, {2, 2, 2, 2, 2, 2}, {8, 4}, {3, 3, 3}, {4, 4, 4}, {16}};
        final int[] sizes = {12, 40, 60, 120, 200};
        final Stream.Builder<Arguments> b = Stream.builder();
        long seed = 20261124L;
        for (final int[] t : topologies) {
            int capacity = 1;
            for (final int g : t) {
                capacity *= g;
            }
            for (final int size : sizes) {
                final int n = Math.min(size, capacity * 3 / 4);
                b.add(Arguments.of(seed++, t, n));
            }
        }
        return b.build();
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}")
    @MethodSource("cases")
    void fastPathCostsEqualOracleAndNextHopsAreAdmissible(final long seed, final int[] topology, final int n) {
        final NetworkState state = RandomNetworks.generate(seed, topology, n, 6);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(state)).computeAll();
        assertAllEntriesMatchOracle(state, tables, "seed " + seed);
    }

    static Stream<Arguments> someCases() {
        return cases().filter(a -> (Long) a.get()[0] % 4 == 0);
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}")
    @MethodSource("someCases")
    void withArcCostsAboveTheBucketQueueRangeCostsStillEqualOracle(final long seed, final int[] topology,
            final int n) {
        // costs up to 10^6 take the radix heap instead of Dial's buckets (FastPathRouter.BUCKET_QUEUE_MAX_COST)
        final NetworkState state = RandomNetworks.generate(seed, topology, n, 1_000_000);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(state)).computeAll();
        assertAllEntriesMatchOracle(state, tables, "seed " + seed + ", large costs");
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}")
    @MethodSource("someCases")
    void anUpdateThatRaisesACostAboveTheBucketRangeStillEqualsOracle(final long seed, final int[] topology,
            final int n) {
        final NetworkState state = RandomNetworks.generate(seed, topology, n, 6);
        final CsrNetwork net = CsrNetwork.freeze(state);
        final FastPathRouter router = new FastPathRouter(net);
        final RouteTables tables = router.computeAll();
        final int arc = (int) (seed % state.arcCount());
        final int cost = FastPathRouter.BUCKET_QUEUE_MAX_COST * 3;
        router.updateArc(arc, cost, tables);
        final NetworkState.Builder b = NetworkState.builder(topFirst(state));
        for (int i = 0; i < state.identityCount(); i++) {
            b.addIdentity(address(state, i));
        }
        for (int a = 0; a < state.arcCount(); a++) {
            b.addArc(state.arcA(a), state.arcB(a), a == arc ? cost : state.arcCost(a));
        }
        assertAllEntriesMatchOracle(b.build(), tables, "seed " + seed + " after raising arc " + arc + " to " + cost);
        router.computeAll(tables);
        assertAllEntriesMatchOracle(b.build(), tables, "seed " + seed + ", full rebuild after the raise");
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}")
    @MethodSource("cases")
    void incrementalUpdateAfterOneArcChangeEqualsOracleOnChangedNetwork(final long seed, final int[] topology,
            final int n) {
        final NetworkState state = RandomNetworks.generate(seed, topology, n, 6);
        final SplittableRandom rnd = new SplittableRandom(seed ^ 0x5DEECE66DL);
        final CsrNetwork net = CsrNetwork.freeze(state);
        final FastPathRouter router = new FastPathRouter(net);
        final RouteTables tables = router.computeAll();
        final long full = router.searchCount();
        for (int round = 0; round < 3; round++) {
            final int arc = rnd.nextInt(state.arcCount());
            final int cost = 1 + rnd.nextInt(12);
            final long before = router.searchCount();
            router.updateArc(arc, cost, tables);
            assertTrue(router.searchCount() - before <= full, "seed " + seed);
            final NetworkState.Builder b = NetworkState.builder(topFirst(state));
            for (int i = 0; i < state.identityCount(); i++) {
                b.addIdentity(address(state, i));
            }
            for (int a = 0; a < state.arcCount(); a++) {
                b.addArc(state.arcA(a), state.arcB(a), net.arcCost(a));
            }
            assertAllEntriesMatchOracle(b.build(), tables, "seed " + seed + " after changing arc " + arc + " to " + cost);
        }
    }

    static int[] topFirst(final NetworkState s) {
        final int[] t = new int[s.levels()];
        for (int l = 0; l < s.levels(); l++) {
            t[s.levels() - 1 - l] = s.gsize(l);
        }
        return t;
    }

    static int[] address(final NetworkState s, final int id) {
        final int[] a = new int[s.levels()];
        for (int l = 0; l < s.levels(); l++) {
            a[s.levels() - 1 - l] = s.position(id, l);
        }
        return a;
    }

    static void assertAllEntriesMatchOracle(final NetworkState state, final RouteTables tables, final String what) {
        final JGraphTRouteOracle oracle = new JGraphTRouteOracle(state);
        int checked = 0;
        for (int x = 0; x < state.identityCount(); x++) {
            final int[] dest = tables.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final int level = dest[k];
                final int p = dest[k + 1];
                for (int arc = -1; arc < state.arcCount(); arc++) {
                    if (arc >= 0 && state.arcA(arc) != x && state.arcB(arc) != x) {
                        continue;
                    }
                    final double expected = oracle.cost(x, arc, level, p);
                    final int cost = tables.cost(x, arc, level, p);
                    final String where = what + ": identity " + x + " table " + (arc < 0 ? "ntk" : "from arc " + arc)
                            + " destination (" + level + ", " + p + ")";
                    if (Double.isInfinite(expected)) {
                        assertEquals(-1, cost, where);
                        continue;
                    }
                    assertEquals((int) expected, cost, where);
                    final int next = tables.nextArc(x, arc, level, p);
                    if (!oracle.admissibleFirstArc(x, arc, next, level)) {
                        fail(where + ": first arc " + next + " not admissible");
                    }
                    assertEquals(expected, state.arcCost(next) + oracle.costAfter(x, next, level, p), 0.0,
                            where + ": first arc " + next + " is not on an optimal path");
                    checked++;
                }
            }
        }
        assertTrue(checked > 0, what + ": nothing checked");
    }
}
