package org.ntksim.experiment.statictables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.math3.random.Well19937c;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.TestExperiments;
import org.ntksim.experiment.RunProgress;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.ArcCosts;
import org.ntksim.topology.MeshGenerators;
import org.ntksim.topology.MeshGraph;

/**
 * The measurements against independent oracles: jgrapht's Dijkstra for path costs, brute-force
 * counting over the addresses for destinations and address-space use.
 */
class StaticTablesModelTest {
    private final StaticTablesModel model = new StaticTablesModel();

    @TempDir
    Path tmp;

    private ParameterPoint point(final Object... kv) {
        return TestExperiments.point(model, kv);
    }

    private static NetworkState network(final int n, final String gsizes, final long seed) {
        final MeshGraph g = ArcCosts.uniform(1, 9).apply(
                MeshGenerators.unitDisk(n, Math.sqrt(9.0 / (Math.PI * n)), true, new Well19937c(seed)).graph(),
                new Well19937c(seed + 1));
        return Addressing.assign(g, Gsizes.parse(gsizes), 1.0);
    }

    private static Graph<Integer, DefaultWeightedEdge> jgrapht(final NetworkState s) {
        final Graph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < s.identityCount(); v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < s.arcCount(); e++) {
            g.setEdgeWeight(g.addEdge(s.arcA(e), s.arcB(e)), s.arcCost(e));
        }
        return g;
    }

    private static TableMeasurements measure(final NetworkState s) {
        return TableMeasurements.compute(s);
    }

    @Test
    void shortestPathCostsEqualJGraphTDijkstra() {
        final NetworkState s = network(300, "*.4.4", 3);
        final TableMeasurements m = measure(s);
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> oracle = new DijkstraShortestPath<>(jgrapht(s));
        final long[] dist = new long[s.identityCount()];
        for (int src = 0; src < s.identityCount(); src += 37) {
            m.shortest(src, dist);
            final var paths = oracle.getPaths(src);
            for (int dst = 0; dst < s.identityCount(); dst++) {
                assertEquals((long) paths.getWeight(dst), dist[dst], src + " -> " + dst);
            }
        }
    }

    @Test
    void inAFlatNetworkEveryForwardingWalkCostsExactlyTheShortestPath() {
        final NetworkState s = network(80, "*", 5);
        assertEquals(1, s.levels());
        final TableMeasurements m = measure(s);
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> oracle = new DijkstraShortestPath<>(jgrapht(s));
        for (int src = 0; src < s.identityCount(); src++) {
            final var paths = oracle.getPaths(src);
            for (int dst = 0; dst < s.identityCount(); dst++) {
                if (src != dst) {
                    assertEquals((long) paths.getWeight(dst), m.walkCost(src, dst), src + " -> " + dst);
                }
            }
        }
    }

    @Test
    void hierarchicalWalksArriveAndNeverBeatTheShortestPath() {
        final NetworkState s = network(200, "*.4.4", 11);
        final TableMeasurements m = measure(s);
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> oracle = new DijkstraShortestPath<>(jgrapht(s));
        int longer = 0;
        for (int src = 0; src < s.identityCount(); src += 3) {
            final var paths = oracle.getPaths(src);
            for (int dst = 0; dst < s.identityCount(); dst++) {
                if (src != dst) {
                    final long walk = m.walkCost(src, dst);
                    assertTrue(walk >= (long) paths.getWeight(dst), src + " -> " + dst + ": walk " + walk);
                    longer += walk > paths.getWeight(dst) ? 1 : 0;
                }
            }
        }
        assertTrue(longer > 0, "with 3 levels some routes must pay for the hierarchy");
    }

    @Test
    void recordedTableSizesAndAddressUseMatchBruteForceCountsOverTheAddresses() {
        final NetworkState s = network(150, "*.4.4", 17);
        final RunRecorder rec = new RunRecorder();
        measure(s).record(rec, 50, new Well19937c(1));
        final Map<String, Double> r = rec.results();
        final int n = s.identityCount();
        final int levels = s.levels();
        final int[] degree = new int[n];
        for (int e = 0; e < s.arcCount(); e++) {
            degree[s.arcA(e)]++;
            degree[s.arcB(e)]++;
        }
        long destSum = 0;
        long destMax = 0;
        long entrySum = 0;
        for (int x = 0; x < n; x++) {
            final Set<List<Integer>> dest = new HashSet<>();
            for (int y = 0; y < n; y++) {
                for (int l = 0; l < levels; l++) {
                    if (samePrefixAbove(s, x, y, l) && s.position(x, l) != s.position(y, l)) {
                        dest.add(List.of(l, s.position(y, l)));
                    }
                }
            }
            destSum += dest.size();
            destMax = Math.max(destMax, dest.size());
            entrySum += (long) dest.size() * (1 + degree[x]);
        }
        assertEquals((double) destSum / n, r.get("destinations_per_node.mean"), 1e-12);
        assertEquals((double) destMax, r.get("destinations_per_node.max"));
        assertEquals((double) entrySum, r.get("route_entries.total"));
        for (int l = 0; l < levels; l++) {
            final Set<List<Integer>> gnodes = new HashSet<>();
            final Set<List<Integer>> parents = new HashSet<>();
            for (int x = 0; x < n; x++) {
                gnodes.add(prefix(s, x, l));
                parents.add(prefix(s, x, l + 1));
            }
            assertEquals((double) gnodes.size(), r.get("gnodes.level" + l), "level " + l);
            assertEquals((double) gnodes.size() / (parents.size() * s.gsize(l)), r.get("address_use.level" + l),
                    1e-12, "level " + l);
        }
        assertEquals(0.0, r.get("unreachable_ntk_entries"), "g-nodes are connected: every ntk entry has a route");
        assertEquals(0.0, r.get("stretch.failed"));
        assertTrue(r.get("stretch.mean") >= 1.0 && r.get("stretch.max") >= r.get("stretch.mean"));
    }

    private static boolean samePrefixAbove(final NetworkState s, final int x, final int y, final int level) {
        for (int l = level + 1; l < s.levels(); l++) {
            if (s.position(x, l) != s.position(y, l)) {
                return false;
            }
        }
        return true;
    }

    private static List<Integer> prefix(final NetworkState s, final int x, final int fromLevel) {
        final List<Integer> p = new ArrayList<>();
        for (int l = fromLevel; l < s.levels(); l++) {
            p.add(s.position(x, l));
        }
        return p;
    }

    @ParameterizedTest
    @ValueSource(strings = {"rgg", "grid", "gnp", "ba", "ws", "complete"})
    void everyGeneratorGivesAConnectedAddressedNetworkWithAllMetrics(final String generator) throws Exception {
        final RunRecorder rec = new RunRecorder();
        final ParameterPoint p = point("generator", generator, "nodes", 64L, "mean_degree", 6.0, "gsizes", "*.4.4",
                "stretch_pairs", 40L);
        model.check(p, tmp);
        model.run(p, tmp, new RandomStreams(5, 0), rec, RunProgress.NONE);
        final Map<String, Double> r = rec.results();
        if (!"rgg".equals(generator) && !"ws".equals(generator)) {
            assertEquals(64.0, r.get("nodes"), generator);
        }
        if ("grid".equals(generator)) {
            assertEquals(2.0 * 8 * 8 - 8 - 8, r.get("arcs"), "8x8 grid");
        }
        if ("complete".equals(generator)) {
            assertEquals(64.0 * 63 / 2, r.get("arcs"));
        }
        assertEquals(3.0, r.get("levels"));
        assertEquals(0.0, r.get("unreachable_ntk_entries"), generator);
        assertEquals(40.0, r.get("stretch.pairs"));
        assertTrue(r.get("stretch.mean") >= 1.0, generator);
    }

    @Test
    void importedNetJsonAndGraphMlKeepTheirCosts() throws Exception {
        Files.writeString(tmp.resolve("t.netjson"), "{\"type\": \"NetworkGraph\", \"nodes\": [{\"id\": \"a\"},"
                + " {\"id\": \"b\"}, {\"id\": \"c\"}], \"links\": [{\"source\": \"a\", \"target\": \"b\", \"cost\": 2},"
                + " {\"source\": \"b\", \"target\": \"c\", \"cost\": 3}, {\"source\": \"a\", \"target\": \"c\", \"cost\": 9}]}");
        Files.writeString(tmp.resolve("t.graphml"), "<?xml version=\"1.0\"?>\n<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
                + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n<graph edgedefault=\"undirected\">\n"
                + "<node id=\"a\"/><node id=\"b\"/><node id=\"c\"/>\n"
                + "<edge source=\"a\" target=\"b\"><data key=\"w\">2</data></edge>\n"
                + "<edge source=\"b\" target=\"c\"><data key=\"w\">3</data></edge>\n"
                + "<edge source=\"a\" target=\"c\"><data key=\"w\">9</data></edge>\n</graph></graphml>\n");
        for (final String kind : List.of("netjson", "graphml")) {
            final ParameterPoint p = point("generator", kind, "file", "t." + kind, "gsizes", "*", "stretch_pairs", 200L);
            model.check(p, tmp);
            final RunRecorder rec = new RunRecorder();
            model.run(p, tmp, new RandomStreams(1, 0), rec, RunProgress.NONE);
            assertEquals(3.0, rec.results().get("nodes"), kind);
            assertEquals(3.0, rec.results().get("arcs"), kind);
            // a-c costs 9 directly but 5 through b: a flat network routes every pair optimally
            assertEquals(1.0, rec.results().get("stretch.max"), kind);
        }
    }

    @Test
    void runsArePureFunctionsOfTheirStreams() throws Exception {
        final ParameterPoint p = point("nodes", 120L, "costs", "exponential", "gsizes", "*.4.4");
        final RunRecorder a = new RunRecorder();
        final RunRecorder b = new RunRecorder();
        final RunRecorder c = new RunRecorder();
        model.run(p, tmp, new RandomStreams(9, 0), a, RunProgress.NONE);
        model.run(p, tmp, new RandomStreams(9, 0), b, RunProgress.NONE);
        model.run(p, tmp, new RandomStreams(10, 0), c, RunProgress.NONE);
        assertEquals(a.results(), b.results());
        assertNotEquals(a.results(), c.results());
    }

    @Test
    void impossiblePointsAreRejectedNamingTheParameter() {
        assertEquals("gsizes", assertThrows(InvalidParameterException.class,
                () -> model.check(point("nodes", 100L, "gsizes", "4.4"), tmp)).key());
        assertEquals("gsizes", assertThrows(InvalidParameterException.class,
                () -> model.check(point("gsizes", "8.x"), tmp)).key());
        assertEquals("file", assertThrows(InvalidParameterException.class,
                () -> model.check(point("generator", "netjson", "file", "missing.json"), tmp)).key());
        assertEquals("grid_rows", assertThrows(InvalidParameterException.class,
                () -> model.check(point("generator", "grid", "nodes", 10L, "grid_rows", 3L), tmp)).key());
        assertEquals("cost_max", assertThrows(InvalidParameterException.class,
                () -> model.check(point("costs", "uniform", "cost_min", 5.0, "cost_max", 2.0), tmp)).key());
    }

    @Test
    void aTopGsizeTooSmallForTheGreedyPartitionFailsTheRunWithAHint() {
        final ParameterPoint p = point("nodes", 200L, "gsizes", "13.4.4");
        model.check(p, tmp); // 208 addresses >= 200 nodes: fine on paper
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> model.run(p, tmp, new RandomStreams(1, 0), new RunRecorder(), RunProgress.NONE));
        assertTrue(e.getMessage().contains("raise the top gsize or use '*'"), e.getMessage());
    }

    @Test
    void memoryEstimateGrowsWithTheNodeCount() {
        assertTrue(model.memoryEstimateBytes(point("nodes", 20_000L)) > 10 * model.memoryEstimateBytes(point("nodes", 1000L)));
    }
}
