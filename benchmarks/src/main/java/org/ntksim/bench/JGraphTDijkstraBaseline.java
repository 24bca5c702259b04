package org.ntksim.bench;

import org.jgrapht.Graph;
import org.jgrapht.alg.interfaces.ShortestPathAlgorithm;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.WeightedPseudograph;
import org.ntksim.fastpath.NetworkState;

/** Baseline: one JGraphT Dijkstra per identity, aggregated to g-node destinations. */
final class JGraphTDijkstraBaseline {
    private final int n;
    private final Graph<Integer, DefaultWeightedEdge> graph;
    private final long[] dist;
    private final GnodeAggregation aggregation;

    JGraphTDijkstraBaseline(final NetworkState s) {
        n = s.identityCount();
        graph = new WeightedPseudograph<>(DefaultWeightedEdge.class);
        for (int i = 0; i < n; i++) {
            graph.addVertex(i);
        }
        for (int a = 0; a < s.arcCount(); a++) {
            graph.setEdgeWeight(graph.addEdge(s.arcA(a), s.arcB(a)), s.arcCost(a));
        }
        dist = new long[n];
        aggregation = new GnodeAggregation(s);
    }

    /** All sources; returns a checksum. */
    long run() {
        final DijkstraShortestPath<Integer, DefaultWeightedEdge> dijkstra = new DijkstraShortestPath<>(graph);
        long h = 0;
        for (int src = 0; src < n; src++) {
            final ShortestPathAlgorithm.SingleSourcePaths<Integer, DefaultWeightedEdge> paths = dijkstra.getPaths(src);
            for (int y = 0; y < n; y++) {
                final double w = paths.getWeight(y);
                dist[y] = Double.isInfinite(w) ? Long.MAX_VALUE : (long) w;
            }
            h = h * 31 + aggregation.aggregate(src, dist, n);
        }
        return h;
    }
}
