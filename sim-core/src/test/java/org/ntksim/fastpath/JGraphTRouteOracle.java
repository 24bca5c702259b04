package org.ntksim.fastpath;

import java.util.HashMap;
import java.util.Map;
import org.jgrapht.Graph;
import org.jgrapht.alg.shortestpath.DijkstraShortestPath;
import org.jgrapht.graph.DefaultDirectedWeightedGraph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.EdgeReversedGraph;

/**
 * Independent oracle of the routing rule of docs/routing.md, written from the rule text on the
 * {@link NetworkState} objects (external ids, naive address comparisons; nothing of CsrNetwork):
 * for a destination g-node d = (level L, pos p) seen from the level-(L+1) g-node P, it builds
 * explicitly the directed "arc state" graph (vertex u->w: at w, coming from u; successors w->z must
 * stay in P and avoid u's maximum distinct g-node as seen by w; entering d ends the path) plus one
 * start vertex per (identity, table), and runs JGraphT's Dijkstra on the reversed graph from a sink.
 */
final class JGraphTRouteOracle {
    private final NetworkState s;
    private final int levels;
    private final int n;
    private final int m;
    private final Map<String, Map<Integer, Double>> cache = new HashMap<>();

    JGraphTRouteOracle(final NetworkState s) {
        this.s = s;
        this.levels = s.levels();
        this.n = s.identityCount();
        this.m = s.arcCount();
    }

    int maxDistinct(final int a, final int b) {
        for (int l = levels - 1; l >= 0; l--) {
            if (s.position(a, l) != s.position(b, l)) {
                return l;
            }
        }
        return -1;
    }

    private boolean sameAbove(final int a, final int b, final int level) {
        for (int l = levels - 1; l > level; l--) {
            if (s.position(a, l) != s.position(b, l)) {
                return false;
            }
        }
        return true;
    }

    /** z lies in u's maximum distinct g-node as seen by w. */
    boolean inExcluded(final int z, final int u, final int w) {
        final int lvl = maxDistinct(u, w);
        return sameAbove(z, u, lvl - 1);
    }

    private int other(final int arc, final int end) {
        return s.arcA(arc) == end ? s.arcB(arc) : s.arcA(arc);
    }

    int state(final int arc, final int from) {
        return 2 * arc + (s.arcA(arc) == from ? 0 : 1);
    }

    private int sink() {
        return 2 * m;
    }

    private int ntkStart(final int x) {
        return 2 * m + 1 + x;
    }

    private int fromStart(final int x, final int arc) {
        return 2 * m + 1 + n + state(arc, x);
    }

    /** Oracle cost from x to (level, p) in table viaArc (-1 = ntk); infinity if unreachable. */
    double cost(final int x, final int viaArc, final int level, final int p) {
        final Map<Integer, Double> dist = distances(x, level, p);
        return dist.getOrDefault(viaArc < 0 ? ntkStart(x) : fromStart(x, viaArc), Double.POSITIVE_INFINITY);
    }

    /** Oracle cost of the rest of the path after taking arc (from x): 0 if it enters d. */
    double costAfter(final int x, final int arc, final int level, final int p) {
        return distances(x, level, p).getOrDefault(state(arc, x), Double.POSITIVE_INFINITY);
    }

    /** Whether taking {@code arc} from x is allowed in the table of viaArc (stays in P, avoids hv). */
    boolean admissibleFirstArc(final int x, final int viaArc, final int arc, final int level) {
        final int z = other(arc, x);
        if (!sameAbove(z, x, level)) {
            return false;
        }
        return viaArc < 0 || !inExcluded(z, other(viaArc, x), x);
    }

    private Map<Integer, Double> distances(final int x, final int level, final int p) {
        final StringBuilder key = new StringBuilder().append(level).append(':').append(p);
        for (int l = levels - 1; l > level; l--) {
            key.append(':').append(s.position(x, l));
        }
        return cache.computeIfAbsent(key.toString(), k -> build(x, level, p));
    }

    private Map<Integer, Double> build(final int ref, final int level, final int p) {
        final Graph<Integer, DefaultWeightedEdge> g = new DefaultDirectedWeightedGraph<>(DefaultWeightedEdge.class);
        final boolean[] inP = new boolean[n];
        final boolean[] inD = new boolean[n];
        for (int w = 0; w < n; w++) {
            inP[w] = sameAbove(w, ref, level);
            inD[w] = inP[w] && s.position(w, level) == p;
        }
        g.addVertex(sink());
        for (int a = 0; a < m; a++) {
            g.addVertex(2 * a);
            g.addVertex(2 * a + 1);
        }
        for (int a = 0; a < m; a++) {
            for (int dir = 0; dir < 2; dir++) {
                final int u = dir == 0 ? s.arcA(a) : s.arcB(a);
                final int w = other(a, u);
                if (!inP[u] || inD[u] || !inP[w]) {
                    continue;
                }
                final int st = 2 * a + dir;
                if (inD[w]) {
                    g.setEdgeWeight(g.addEdge(st, sink()), 0.0);
                    continue;
                }
                for (int b = 0; b < m; b++) {
                    if (s.arcA(b) != w && s.arcB(b) != w) {
                        continue;
                    }
                    final int z = other(b, w);
                    if (inP[z] && !inExcluded(z, u, w)) {
                        g.setEdgeWeight(g.addEdge(st, state(b, w)), s.arcCost(b));
                    }
                }
            }
        }
        for (int x = 0; x < n; x++) {
            if (!inP[x] || inD[x]) {
                continue;
            }
            g.addVertex(ntkStart(x));
            for (int a = 0; a < m; a++) {
                if (s.arcA(a) != x && s.arcB(a) != x) {
                    continue;
                }
                final int z = other(a, x);
                if (inP[z]) {
                    g.setEdgeWeight(g.addEdge(ntkStart(x), state(a, x)), s.arcCost(a));
                }
                // the table of the neighbour v across arc a
                final int v = z;
                final int fs = fromStart(x, a);
                g.addVertex(fs);
                final int hvLevel = maxDistinct(v, x);
                if (hvLevel == level && s.position(v, level) == p) {
                    continue; // d is hv: unreachable
                }
                for (int b = 0; b < m; b++) {
                    if (s.arcA(b) != x && s.arcB(b) != x) {
                        continue;
                    }
                    final int y = other(b, x);
                    if (inP[y] && !inExcluded(y, v, x)) {
                        g.setEdgeWeight(g.addEdge(fs, state(b, x)), s.arcCost(b));
                    }
                }
            }
        }
        final var paths = new DijkstraShortestPath<>(new EdgeReversedGraph<>(g)).getPaths(sink());
        final Map<Integer, Double> out = new HashMap<>();
        for (final Integer v : g.vertexSet()) {
            out.put(v, paths.getWeight(v));
        }
        return out;
    }
}
