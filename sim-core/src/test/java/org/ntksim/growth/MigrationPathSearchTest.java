package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * The children-local search against the member-scanning reference ({@link ReferenceMigrationPathSearch})
 * on many grown and churned states, and every plan it returns against an independent check of the
 * rules (docs/growth.md §4) computed from addresses and links alone.
 */
class MigrationPathSearchTest {
    private static final int UNLIMITED = Integer.MAX_VALUE;

    @ParameterizedTest(name = "seed {0}, gsizes {1}, order {2}")
    @CsvSource({"1, 8.4.4.4, random", "2, 8.4.4.4, bfs", "3, 4.4.4.4, random", "4, 4.4.4.4, bfs",
        "5, 16.4.4, random", "6, 2.4.4.4.4, bfs", "7, 4.2.2.2.2.2, random", "8, 4.2.2.2.2.2, bfs"})
    void findsASolutionExactlyWhenTheReferenceDoesWithTheSameDistanceAndHostLevel(final long seed,
            final String gsizes, final String order) {
        final int[] gs = parse(gsizes);
        final Universe u = TestUniverses.geometric(260, 0.11, seed);
        final GrowthSimulation g = simulation(u, gs, seed);
        final RandomGenerator rng = new RandomStreams(seed, 7).stream("test.search");
        final int[] arrivals = order(u, rng, order.equals("bfs"));
        int compared = 0;
        int found = 0;
        for (int i = 0; i < arrivals.length; i++) {
            g.arrive(arrivals[i], false);
            if (i > 40 && rng.nextInt(6) == 0) {
                churn(g, u, rng);
            }
            if (i % 20 == 19) {
                final int[] counts = compareAll(g, u, gs, rng, "seed " + seed + " after " + (i + 1) + " arrivals");
                compared += counts[0];
                found += counts[1];
            }
        }
        assertTrue(compared > 200 && found > 50, "too few comparisons to mean anything: " + compared + ", " + found);
    }

    @ParameterizedTest(name = "seed {0}, gsizes {1}")
    @CsvSource({"11, 8.4.4.4", "12, 4.4.4.4", "13, 4.2.2.2.2.2"})
    void maintainedAdjacencyEqualsOneRecomputedFromScratchAfterGrowthAndChurn(final long seed, final String gsizes) {
        final int[] gs = parse(gsizes);
        final Universe u = TestUniverses.geometric(260, 0.11, seed);
        final GrowthSimulation g = simulation(u, gs, seed);
        final RandomGenerator rng = new RandomStreams(seed, 7).stream("test.adjacency");
        final int[] arrivals = order(u, rng, false);
        for (int i = 0; i < arrivals.length; i++) {
            g.arrive(arrivals[i], false);
            if (i > 40 && rng.nextInt(4) == 0) {
                churn(g, u, rng);
            }
            if (i % 50 == 49 || i == arrivals.length - 1) {
                checkAdjacency(g, u, "seed " + seed + " after " + (i + 1) + " arrivals");
            }
        }
    }

    // ---------------------------------------------------------------- states

    private static GrowthSimulation simulation(final Universe u, final int[] gs, final long seed) {
        final GrowthConfig c = GrowthConfig.builder(gs).allAtZero().durationNs(1_000_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        return new GrowthSimulation(u, c, new RandomStreams(seed, 0), new RunRecorder(), RoutingBackend.none());
    }

    private static int[] order(final Universe u, final RandomGenerator rng, final boolean bfs) {
        final int n = u.nodeCount();
        final int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            final int j = rng.nextInt(i + 1);
            final int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        if (!bfs) {
            return perm;
        }
        final int[] out = new int[n];
        final boolean[] seen = new boolean[n];
        int tail = 0;
        for (final int start : perm) {
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            int head = tail;
            out[tail++] = start;
            while (head < tail) {
                final int x = out[head++];
                for (int s = u.adjStart(x); s < u.adjEnd(x); s++) {
                    if (!seen[u.adjNode(s)]) {
                        seen[u.adjNode(s)] = true;
                        out[tail++] = u.adjNode(s);
                    }
                }
            }
        }
        return out;
    }

    /** A node leaves or an arc breaks (chosen at random among the present ones). */
    private static void churn(final GrowthSimulation g, final Universe u, final RandomGenerator rng) {
        if (rng.nextBoolean()) {
            final int x = rng.nextInt(u.nodeCount());
            if (g.state().isPresent(x)) {
                g.leave(x);
            }
        } else {
            final int link = rng.nextInt(u.linkCount());
            if (g.isLinkUp(link)) {
                g.breakArc(link);
            }
        }
    }

    private static int[] parse(final String gsizes) {
        final String[] p = gsizes.split("\\.");
        final int[] out = new int[p.length];
        for (int i = 0; i < p.length; i++) {
            out[i] = Integer.parseInt(p[i].trim());
        }
        return out;
    }

    // ---------------------------------------------------------------- search against reference

    /** Returns {searches compared, searches that found a plan}. */
    private static int[] compareAll(final GrowthSimulation g, final Universe u, final int[] gs, final RandomGenerator rng,
            final String context) {
        final HierarchyState s = g.state();
        final boolean[] up = new boolean[u.linkCount()];
        for (int e = 0; e < up.length; e++) {
            up[e] = g.isLinkUp(e);
        }
        final ReferenceMigrationPathSearch reference = new ReferenceMigrationPathSearch(s, u, up);
        int compared = 0;
        int found = 0;
        for (int t = 0; t < 12; t++) {
            final int v = rng.nextInt(u.nodeCount());
            if (!s.isPresent(v) || !s.isRealFrom(v, 0)) {
                continue;
            }
            for (int askLevel = 0; askLevel < gs.length; askLevel++) {
                final int epsilon = 1 + rng.nextInt(3);
                final int maxDistance = rng.nextInt(4) == 0 ? 2 : 16;
                final MigrationPathSearch.Plan expected = reference.search(v, askLevel, epsilon, maxDistance, UNLIMITED);
                final MigrationPathSearch.Plan actual = g.search().search(v, askLevel, epsilon, maxDistance, UNLIMITED);
                final String where = context + ", v " + v + ", ask level " + askLevel + ", epsilon " + epsilon
                        + ", max distance " + maxDistance;
                compared++;
                if (expected == null || actual == null) {
                    assertEquals(expected == null, actual == null, where + ": one search found a plan, the other not");
                    continue;
                }
                found++;
                assertEquals(expected.distance(), actual.distance(), where + ": distance");
                assertEquals(expected.hostLevel(), actual.hostLevel(), where + ": host level");
                checkPlan(s, u, up, v, askLevel, maxDistance, actual, reference.lastStrict(), where);
            }
        }
        return new int[] {compared, found};
    }

    /** The rules a plan must obey, checked from addresses and up links only. */
    private static void checkPlan(final HierarchyState s, final Universe u, final boolean[] up, final int v,
            final int askLevel, final int maxDistance, final MigrationPathSearch.Plan plan, final boolean ancestorsKept,
            final String where) {
        final int levels = s.levels();
        final int m = plan.stepLevel().length;
        final int k = askLevel + 1;
        assertEquals(v, plan.stepRep()[0], where + ": first step holds the contact");
        assertTrue(plan.distance() <= maxDistance, where + ": distance over the maximum");
        for (int i = 0; i < m; i++) {
            assertEquals(k, plan.stepLevel()[i], where + ": step " + i + " level");
            assertTrue(realFrom(s, plan.stepRep()[i], k), where + ": step " + i + " has a virtual position");
        }
        int hook = v;
        for (int i = 0; i + 1 < m; i++) {
            final int rep = plan.stepRep()[i];
            final int border = plan.border()[i];
            final int next = plan.stepRep()[i + 1];
            assertTrue(sameGnode(s, border, rep, k), where + ": border " + i + " outside its step");
            assertTrue(!sameGnode(s, next, rep, k), where + ": step " + (i + 1) + " repeats step " + i);
            assertTrue(s.position(border, k - 1) < s.gsize(k - 1), where + ": border " + i + " has a virtual position");
            assertTrue(!sameGnode(s, border, hook, k - 1), where + ": border " + i + " holds the hook of the previous step");
            // an arc from the border g-node to the child of the next step that becomes its hook
            boolean arc = false;
            for (int x = 0; x < u.nodeCount() && !arc; x++) {
                if (s.isPresent(x) && sameGnode(s, x, border, k - 1)) {
                    for (int q = u.adjStart(x); q < u.adjEnd(x); q++) {
                        arc |= up[u.adjLink(q)] && sameGnode(s, u.adjNode(q), next, k - 1);
                    }
                }
            }
            assertTrue(arc, where + ": no arc from border " + i + " to step " + (i + 1));
            int meet = k + 1;
            while (ancestorsKept && meet < levels && !sameGnode(s, rep, next, meet)) {
                meet++;
            }
            for (int level = k; level < meet; level++) {
                assertTrue(connectedWithout(s, u, up, rep, level, border, k - 1),
                        where + ": border " + i + " splits the level-" + level + " g-node it leaves");
            }
            hook = next;
        }
        final int last = plan.stepRep()[m - 1];
        final int hl = plan.hostLevel();
        assertTrue(hl >= k && hl <= levels, where + ": host level " + hl);
        assertTrue(plan.newPosition() >= 0 && plan.newPosition() < s.gsize(hl - 1), where + ": new position not real");
        for (int x = 0; x < u.nodeCount(); x++) {
            if (s.isPresent(x) && sameGnode(s, x, last, hl) && s.position(x, hl - 1) == plan.newPosition()) {
                fail(where + ": new position " + plan.newPosition() + " at level " + (hl - 1) + " is taken by node " + x);
            }
        }
    }

    private static boolean realFrom(final HierarchyState s, final int x, final int level) {
        for (int l = level; l < s.levels(); l++) {
            if (s.position(x, l) >= s.gsize(l)) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameGnode(final HierarchyState s, final int a, final int b, final int level) {
        if (s.network(a) != s.network(b)) {
            return false;
        }
        for (int l = level; l < s.levels(); l++) {
            if (s.position(a, l) != s.position(b, l)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the level-{@code level} g-node of rep minus the level-{@code inner} g-node of b is connected. */
    private static boolean connectedWithout(final HierarchyState s, final Universe u, final boolean[] up, final int rep,
            final int level, final int b, final int inner) {
        int size = 0;
        for (int x = 0; x < u.nodeCount(); x++) {
            if (s.isPresent(x) && sameGnode(s, x, rep, level) && !sameGnode(s, x, b, inner)) {
                size++;
            }
        }
        final Set<Integer> seen = new HashSet<>();
        final ArrayDeque<Integer> queue = new ArrayDeque<>();
        seen.add(rep);
        queue.add(rep);
        while (!queue.isEmpty()) {
            final int x = queue.poll();
            for (int q = u.adjStart(x); q < u.adjEnd(x); q++) {
                final int y = u.adjNode(q);
                if (up[u.adjLink(q)] && s.isPresent(y) && sameGnode(s, y, rep, level) && !sameGnode(s, y, b, inner)
                        && seen.add(y)) {
                    queue.add(y);
                }
            }
        }
        return seen.size() == size;
    }

    // ---------------------------------------------------------------- adjacency from scratch

    private static void checkAdjacency(final GrowthSimulation g, final Universe u, final String context) {
        final HierarchyState s = g.state();
        final GnodeAdjacency adjacency = g.search().adjacency();
        final Map<Integer, Map<Integer, Integer>> expected = new HashMap<>();
        long expectedTotal = 0;
        for (int e = 0; e < u.linkCount(); e++) {
            final int a = u.linkA(e);
            final int b = u.linkB(e);
            if (!g.isLinkUp(e) || !s.isPresent(a) || s.network(a) != s.network(b)) {
                continue;
            }
            for (int level = 1; level < s.levels(); level++) {
                if (sameGnode(s, a, b, level)) {
                    break;
                }
                final int ra = s.record(s.keyOf(a, level));
                final int rb = s.record(s.keyOf(b, level));
                expected.computeIfAbsent(ra, r -> new HashMap<>()).merge(rb, 1, Integer::sum);
                expected.computeIfAbsent(rb, r -> new HashMap<>()).merge(ra, 1, Integer::sum);
                expectedTotal += 2;
            }
        }
        long maintainedTotal = 0;
        for (int rec = 0; rec < adjacency.recordSlots(); rec++) {
            final Map<Integer, Integer> want = expected.getOrDefault(rec, Map.of());
            final Map<Integer, Integer> have = new HashMap<>(adjacency.neighbours(rec));
            if (!want.isEmpty() || !have.isEmpty()) {
                assertEquals(want, have, context + ": neighbours of record " + rec);
            }
            for (final int c : have.values()) {
                maintainedTotal += c;
            }
        }
        assertEquals(expectedTotal, maintainedTotal, context + ": total arc count");
    }
}
