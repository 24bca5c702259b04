package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Routes over grown networks: the forwarding walk over the fast-path tables (the quantity behind
 * the stretch metric) checked against JGraphT's Dijkstra on the same graph.
 */
class FastPathBackendTest {

    /** The largest network's nodes and up links, as a NetworkState (local ids in node order). */
    private static NetworkState snapshot(final GrowthSimulation g, final Universe u, final int[] gs, final int[] local) {
        final NetworkState.Builder b = NetworkState.builder(gs);
        final int levels = gs.length;
        int largest = -1;
        for (int x = 0; x < u.nodeCount(); x++) {
            if (g.state().isPresent(x) && (largest < 0 || g.state().networkSize(x) > g.state().networkSize(largest))) {
                largest = x;
            }
        }
        final int network = g.state().network(largest);
        for (int x = 0; x < u.nodeCount(); x++) {
            local[x] = -1;
            if (g.state().network(x) == network) {
                final int[] a = g.state().address(x);
                final int[] top = new int[levels];
                for (int l = 0; l < levels; l++) {
                    top[levels - 1 - l] = a[l];
                }
                local[x] = b.addIdentity(top);
            }
        }
        for (int e = 0; e < u.linkCount(); e++) {
            if (g.isLinkUp(e) && local[u.linkA(e)] >= 0 && local[u.linkB(e)] >= 0) {
                b.addArc(local[u.linkA(e)], local[u.linkB(e)], g.linkCost(e));
            }
        }
        return b.build();
    }

    private static Graph<Integer, DefaultWeightedEdge> jgrapht(final NetworkState ns) {
        final Graph<Integer, DefaultWeightedEdge> gr = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < ns.identityCount(); i++) {
            gr.addVertex(i);
        }
        for (int a = 0; a < ns.arcCount(); a++) {
            gr.setEdgeWeight(gr.addEdge(ns.arcA(a), ns.arcB(a)), ns.arcCost(a));
        }
        return gr;
    }

    private static boolean real(final NetworkState ns, final int x) {
        for (int l = 0; l < ns.levels(); l++) {
            if (ns.position(x, l) >= ns.gsize(l)) {
                return false;
            }
        }
        return true;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void forwardingWalkReachesEveryRealNodeAndIsNeverShorterThanDijkstra(final long seed) {
        final Universe u = TestUniverses.geometric(120, 0.16, seed);
        final int[] gs = {4, 4, 2, 2};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).durationNs(3_000_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final GrowthSimulation g = new GrowthSimulation(u, c, new RandomStreams(seed, 0), new RunRecorder(),
                RoutingBackend.none());
        g.run();
        final int[] local = new int[u.nodeCount()];
        final NetworkState ns = snapshot(g, u, gs, local);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(ns)).computeAll();
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> dij = new DijkstraShortestPath<>(jgrapht(ns));
        int pairs = 0;
        for (int s = 0; s < ns.identityCount(); s++) {
            final var paths = dij.getPaths(s);
            for (int t = 0; t < ns.identityCount(); t++) {
                if (s == t || !real(ns, t) || !real(ns, s) || Double.isInfinite(paths.getWeight(t))) {
                    continue;
                }
                final long walked = FastPathBackend.walk(ns, tables, s, t);
                assertTrue(walked >= 0, "seed " + seed + ": no route " + s + " -> " + t);
                assertTrue(walked >= (long) paths.getWeight(t), "seed " + seed + ": walk shorter than Dijkstra");
                pairs++;
            }
        }
        assertTrue(pairs > 1000, "seed " + seed + ": too few pairs " + pairs);
    }

    @Test
    void onATreeTheForwardingWalkIsTheShortestPath() {
        // a 6x6 grid with only its horizontal rows and the first column: a spanning tree (comb)
        final int cols = 6;
        final int rows = 6;
        final int[][] links = new int[rows * (cols - 1) + rows - 1][];
        int k = 0;
        for (int r = 0; r < rows; r++) {
            for (int q = 0; q + 1 < cols; q++) {
                links[k++] = new int[] {r * cols + q, r * cols + q + 1};
            }
            if (r + 1 < rows) {
                links[k++] = new int[] {r * cols, (r + 1) * cols};
            }
        }
        final Universe u = TestUniverses.of(rows * cols, links);
        final int[] gs = {4, 4, 4};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).durationNs(2_000_000_000L)
                .routingMode(GrowthConfig.RoutingMode.NONE).build();
        final GrowthSimulation g = new GrowthSimulation(u, c, new RandomStreams(5, 0), new RunRecorder(),
                RoutingBackend.none());
        g.run();
        final int[] local = new int[u.nodeCount()];
        final NetworkState ns = snapshot(g, u, gs, local);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(ns)).computeAll();
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> dij = new DijkstraShortestPath<>(jgrapht(ns));
        for (int s = 0; s < ns.identityCount(); s++) {
            for (int t = 0; t < ns.identityCount(); t++) {
                if (s != t && real(ns, s) && real(ns, t)) {
                    assertEquals((long) dij.getPathWeight(s, t), FastPathBackend.walk(ns, tables, s, t), s + " -> " + t);
                }
            }
        }
    }

    @Test
    void fastPathCheckpointsRecordStretchAtLeastOneAndRouteTableSizes() {
        final Universe u = TestUniverses.geometric(200, 0.13, 9);
        final int[] gs = {8, 4, 4, 2};
        final GrowthConfig c = GrowthConfig.builder(gs).poissonArrivals(100).durationNs(3_000_000_000L).samples(3)
                .stretch(10, 10, 10_000).build();
        final RandomStreams streams = new RandomStreams(9, 0);
        final RunRecorder r = new RunRecorder();
        new GrowthSimulation(u, c, streams, r, new FastPathBackend(c, streams)).run();
        final var res = r.results();
        assertTrue(res.get("stretch.pairs") > 50, res.toString());
        assertEquals(0.0, res.get("stretch.failures"), res.toString());
        assertTrue(res.get("stretch.mean") >= 1.0 && res.get("stretch.max") >= res.get("stretch.mean"), res.toString());
        assertTrue(res.get("routes.ntk_mean") > 0 && res.get("routes.ntk_max") >= res.get("routes.ntk_mean"), res.toString());
        assertEquals(3, r.samples().stream().filter(s -> s.series().equals("stretch.mean")).count());
    }
}
