package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fast path against ideal QSPN (unlimited path retention), by exhaustive enumeration of simple
 * paths on small random networks: a path qualifies for QSPN iff it stays in P, ends at its first node
 * in d, crosses every g-node of every level in one contiguous stretch, and (table of v) never enters
 * h_v. The fast path's rule is weaker (docs/routing.md §2), so its cost must never exceed the ideal
 * one, and must equal it whenever its own hop-by-hop path is itself contiguous and avoids h_v.
 */
class FastPathVersusContiguousPathsTest {
    private static final Map<String, int[]> TALLY = new HashMap<>();

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void fastPathCostIsNeverAboveIdealQspnAndEqualWhenItsPathIsContiguous(final long seed) {
        compareWithIdeal(seed, false, "random g-nodes");
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16})
    void onInternallyConnectedGnodesTooTheFastPathIsNeverAboveIdealQspn(final long seed) {
        compareWithIdeal(seed, true, "connected g-nodes");
    }

    private static void compareWithIdeal(final long seed, final boolean connected, final String kind) {
        final int[][] topologies = {{2, 2, 2}, {3, 3}, {2, 2, 2, 2}, {4, 3}};
        final int[] t = topologies[(int) (seed % topologies.length)];
        final NetworkState s = RandomNetworks.generate(seed, t, 9 + (int) (seed % 4), 5, connected);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        final Enumerator e = new Enumerator(s);
        int entries = 0;
        int lower = 0;
        int lowerNtk = 0;
        int ntkEntries = 0;
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] dest = tables.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final int level = dest[k];
                final int p = dest[k + 1];
                for (int arc = -1; arc < s.arcCount(); arc++) {
                    if (arc >= 0 && s.arcA(arc) != x && s.arcB(arc) != x) {
                        continue;
                    }
                    final String where = "seed " + seed + " identity " + x + " table " + arc + " dest (" + level
                            + ", " + p + ")";
                    final long ideal = e.best(x, arc, level, p);
                    final int fast = tables.cost(x, arc, level, p);
                    entries++;
                    if (arc < 0) {
                        ntkEntries++;
                    }
                    if (ideal == Long.MAX_VALUE) {
                        if (fast >= 0) {
                            lower++;
                            synchronized (TALLY) {
                                TALLY.computeIfAbsent(kind + " reachable only on the fast path", key -> new int[4])[0]++;
                            }
                        }
                        continue;
                    }
                    assertTrue(fast >= 0 && fast <= ideal, where + ": fast " + fast + " ideal " + ideal);
                    if (e.walkIsContiguous(tables, x, arc, level, p)) {
                        assertEquals(ideal, fast, where);
                    }
                    if (fast < ideal) {
                        lower++;
                        if (arc < 0) {
                            lowerNtk++;
                            synchronized (TALLY) {
                                TALLY.computeIfAbsent(kind + " ntk cheaper", key -> new int[4])[0]++;
                            }
                        } else {
                            final int v = s.arcA(arc) == x ? s.arcB(arc) : s.arcA(arc);
                            final int hv = e.maxDistinct(v, x);
                            synchronized (TALLY) {
                                TALLY.computeIfAbsent(kind + (hv == level ? " table of v, level(h_v) = L, cheaper"
                                        : hv < level ? " table of v, level(h_v) < L, cheaper" : " table of v, level(h_v) > L, cheaper"),
                                        key -> new int[4])[0]++;
                            }
                        }
                    }
                }
            }
        }
        synchronized (TALLY) {
            final int[] c = TALLY.computeIfAbsent(kind, key -> new int[4]);
            c[0] += entries;
            c[1] += lower;
            c[2] += ntkEntries;
            c[3] += lowerNtk;
            System.out.printf("  of which ntk: %d entries, %d cheaper (cumulative %d/%d)%n", ntkEntries, lowerNtk, c[3], c[2]);
            System.out.printf("fast path vs ideal QSPN, %s, seed %d: %d entries, %d cheaper than ideal"
                    + " (cumulative %d/%d)%n", kind, seed, entries, lower, c[1], c[0]);
        }
    }

    @org.junit.jupiter.api.AfterAll
    static void printTally() {
        synchronized (TALLY) {
            new java.util.TreeMap<>(TALLY).forEach((k, v) -> System.out.println("TALLY " + k + ": " + v[0]
                    + (v.length > 1 && v[1] > 0 ? " (cheaper " + v[1] + ", ntk entries " + v[2] + ", ntk cheaper " + v[3] + ")" : "")));
        }
    }

    @Test
    void aWalkThatReentersAGnodeLeftTwoHopsEarlierQualifiesForTheFastPathButNotForQspn() {
        // topology 4·2: A = 0·0, B = 0·1 (g-node 0·), C = 1·0, F = 2·0, E = 3·0.
        // A-C-F-B-E costs 4 but leaves 0· at A->C and re-enters it at F->B: QSPN drops it (contiguity),
        // the fast path's per-hop rule only forbids going back into the g-node just left (C's 1· at F).
        final NetworkState.Builder b = NetworkState.builder(4, 2);
        final int a = b.addIdentity(0, 0);
        final int bb = b.addIdentity(0, 1);
        final int c = b.addIdentity(1, 0);
        final int f = b.addIdentity(2, 0);
        final int e = b.addIdentity(3, 0);
        b.addArc(a, c, 1);
        b.addArc(c, f, 1);
        b.addArc(f, bb, 1);
        b.addArc(bb, e, 1);
        b.addArc(a, e, 10);
        b.addArc(a, bb, 10);
        final NetworkState s = b.build();
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        assertEquals(4, t.cost(a, -1, 1, 3));
        assertEquals(10, new Enumerator(s).best(a, -1, 1, 3));
    }

    /** Exhaustive enumeration of qualifying simple paths. */
    static final class Enumerator {
        private final NetworkState s;
        private final int levels;
        private final List<List<int[]>> adj = new ArrayList<>();   // {neighbour, arc}
        private long best;

        Enumerator(final NetworkState s) {
            this.s = s;
            this.levels = s.levels();
            for (int i = 0; i < s.identityCount(); i++) {
                adj.add(new ArrayList<>());
            }
            for (int a = 0; a < s.arcCount(); a++) {
                adj.get(s.arcA(a)).add(new int[] {s.arcB(a), a});
                adj.get(s.arcB(a)).add(new int[] {s.arcA(a), a});
            }
        }

        int maxDistinct(final int a, final int b) {
            for (int l = levels - 1; l >= 0; l--) {
                if (s.position(a, l) != s.position(b, l)) {
                    return l;
                }
            }
            return -1;
        }

        boolean sameGnode(final int a, final int b, final int level) {
            return maxDistinct(a, b) < level;
        }

        long best(final int x, final int viaArc, final int level, final int p) {
            best = Long.MAX_VALUE;
            final int v = viaArc < 0 ? -1 : (s.arcA(viaArc) == x ? s.arcB(viaArc) : s.arcA(viaArc));
            if (v >= 0 && maxDistinct(v, x) == level && s.position(v, level) == p) {
                return best;
            }
            final List<Integer> path = new ArrayList<>();
            path.add(x);
            dfs(path, 0, v, x, level, p);
            return best;
        }

        private boolean inP(final int w, final int x, final int level) {
            return sameGnode(w, x, level + 1);
        }

        private boolean inD(final int w, final int x, final int level, final int p) {
            return inP(w, x, level) && s.position(w, level) == p;
        }

        private boolean inHv(final int w, final int v, final int x) {
            return v >= 0 && sameGnode(w, v, maxDistinct(v, x));
        }

        /** Entering w after the path: w must not be in any g-node (any level) the path has left. */
        private boolean contiguousWith(final List<Integer> path, final int w) {
            final int last = path.get(path.size() - 1);
            for (int i = 0; i < path.size() - 1; i++) {
                final int u = path.get(i);
                for (int k = 0; k <= levels; k++) {
                    // u's level-k g-node was left if some later node of the path is outside it
                    if (sameGnode(u, w, k) && !sameGnode(u, last, k)) {
                        return false;
                    }
                }
            }
            return true;
        }

        private void dfs(final List<Integer> path, final long cost, final int v, final int x, final int level,
                final int p) {
            if (cost >= best) {
                return;
            }
            final int cur = path.get(path.size() - 1);
            for (final int[] na : adj.get(cur)) {
                final int w = na[0];
                if (!inP(w, x, level) || path.contains(w) || inHv(w, v, x) || !contiguousWith(path, w)) {
                    continue;
                }
                final long c = cost + s.arcCost(na[1]);
                if (inD(w, x, level, p)) {
                    best = Math.min(best, c);
                    continue;
                }
                path.add(w);
                dfs(path, c, v, x, level, p);
                path.remove(path.size() - 1);
            }
        }

        /** Whether the fast path's own hop-by-hop path from x is contiguous and avoids h_v. */
        boolean walkIsContiguous(final RouteTables t, final int x, final int viaArc, final int level, final int p) {
            final int v = viaArc < 0 ? -1 : (s.arcA(viaArc) == x ? s.arcB(viaArc) : s.arcA(viaArc));
            final List<Integer> path = new ArrayList<>();
            path.add(x);
            int cur = x;
            int prev = viaArc;
            while (true) {
                final int arc = t.nextArc(cur, prev, level, p);
                final int w = s.arcA(arc) == cur ? s.arcB(arc) : s.arcA(arc);
                if (path.contains(w) || inHv(w, v, x) || !contiguousWith(path, w)) {
                    return false;
                }
                if (inD(w, x, level, p)) {
                    return true;
                }
                path.add(w);
                prev = arc;
                cur = w;
            }
        }
    }
}
