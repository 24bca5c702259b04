package org.ntksim.topology;

import java.util.Arrays;
import java.util.Objects;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.jgrapht.graph.SimpleWeightedGraph;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.random.RandomStreams;

/**
 * An immutable, address-less mesh: {@code nodeCount()} nodes numbered 0..n-1, each with a label,
 * and undirected arcs with a positive, finite {@code double} cost (for example a latency or an ETX
 * value). It is what generators and importers produce; {@link #toNetworkState} turns it into the
 * addressed {@link NetworkState} the route code runs on, {@link #toJGraphT()} into a jgrapht graph
 * and {@link #freeze()} into CSR arrays.
 *
 * <p>Arcs are canonical: {@code arcA(i) < arcB(i)}, no self-loops, no parallel arcs, sorted by
 * (a, b). Arc ids therefore depend only on the arc set, not on the order arcs were added, which
 * keeps fingerprints and cost draws (done in arc-id order) reproducible.
 *
 * <p>Immutable and thread-safe. Memory: O(n + m).
 */
public final class MeshGraph {
    private final String[] labels;
    private final int[] arcA;
    private final int[] arcB;
    private final double[] cost;

    private MeshGraph(final String[] labels, final int[] arcA, final int[] arcB, final double[] cost) {
        this.labels = labels;
        this.arcA = arcA;
        this.arcB = arcB;
        this.cost = cost;
    }

    /** A new, empty builder. */
    public static Builder builder() {
        return new Builder();
    }

    /** Number of nodes. */
    public int nodeCount() {
        return labels.length;
    }

    /** Number of (undirected) arcs. */
    public int arcCount() {
        return arcA.length;
    }

    /** Label of {@code node} (an imported node id, or the decimal node number for generated graphs). */
    public String label(final int node) {
        return labels[node];
    }

    /** Smaller endpoint of {@code arc}. */
    public int arcA(final int arc) {
        return arcA[arc];
    }

    /** Larger endpoint of {@code arc}. */
    public int arcB(final int arc) {
        return arcB[arc];
    }

    /** Cost of {@code arc}: positive and finite. */
    public double arcCost(final int arc) {
        return cost[arc];
    }

    /** Degree of every node; O(n + m), a new array per call. */
    public int[] degrees() {
        final int[] deg = new int[labels.length];
        for (int e = 0; e < arcA.length; e++) {
            deg[arcA[e]]++;
            deg[arcB[e]]++;
        }
        return deg;
    }

    /**
     * The same nodes and arcs with other costs, given in arc-id order.
     *
     * @throws IllegalArgumentException if the length differs from {@link #arcCount()} or a cost is
     *     not positive and finite
     */
    public MeshGraph withCosts(final double[] costs) {
        if (costs.length != arcA.length) {
            throw new IllegalArgumentException("expected " + arcA.length + " costs, got " + costs.length);
        }
        for (int e = 0; e < costs.length; e++) {
            checkCost(costs[e], arcA[e], arcB[e]);
        }
        return new MeshGraph(labels, arcA, arcB, costs.clone());
    }

    /** Compressed sparse row adjacency; each arc appears twice (once from each endpoint). */
    public Csr freeze() {
        final int n = labels.length;
        final int[] start = new int[n + 1];
        for (int e = 0; e < arcA.length; e++) {
            start[arcA[e] + 1]++;
            start[arcB[e] + 1]++;
        }
        for (int v = 0; v < n; v++) {
            start[v + 1] += start[v];
        }
        final int[] fill = Arrays.copyOf(start, n);
        final int[] neighbour = new int[2 * arcA.length];
        final int[] arcOf = new int[2 * arcA.length];
        for (int e = 0; e < arcA.length; e++) {
            final int a = arcA[e];
            final int b = arcB[e];
            neighbour[fill[a]] = b;
            arcOf[fill[a]++] = e;
            neighbour[fill[b]] = a;
            arcOf[fill[b]++] = e;
        }
        return new Csr(start, neighbour, arcOf);
    }

    /**
     * CSR adjacency: the neighbours of {@code v} are {@code neighbour[start[v] .. start[v+1])}, in
     * increasing order, reached by arcs {@code arcOf[...]} at the same indices.
     */
    public record Csr(int[] start, int[] neighbour, int[] arcOf) {
    }

    /**
     * Connected component of every node, numbered 0, 1, ... in order of their smallest node.
     */
    public int[] components() {
        final Csr csr = freeze();
        final int n = labels.length;
        final int[] comp = new int[n];
        Arrays.fill(comp, -1);
        final int[] queue = new int[n];
        int next = 0;
        for (int s = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            comp[s] = next;
            while (head < tail) {
                final int v = queue[head++];
                for (int i = csr.start[v]; i < csr.start[v + 1]; i++) {
                    final int w = csr.neighbour[i];
                    if (comp[w] < 0) {
                        comp[w] = next;
                        queue[tail++] = w;
                    }
                }
            }
            next++;
        }
        return comp;
    }

    /** Number of connected components (0 for the empty graph). */
    public int componentCount() {
        int max = -1;
        for (final int c : components()) {
            max = Math.max(max, c);
        }
        return max + 1;
    }

    /** True if the graph has at least one node and every node reaches every other. */
    public boolean isConnected() {
        return labels.length > 0 && componentCount() == 1;
    }

    /**
     * The subgraph induced by the largest connected component (ties: the one with the smallest
     * node). Nodes keep their relative order and labels. Returns {@code this} if already connected.
     */
    public MeshGraph largestComponent() {
        if (labels.length == 0) {
            return this;
        }
        final int[] comp = components();
        final int[] size = new int[labels.length];
        int best = 0;
        for (final int c : comp) {
            if (++size[c] > size[best] || (size[c] == size[best] && c < best)) {
                best = c;
            }
        }
        if (size[best] == labels.length) {
            return this;
        }
        final boolean[] keep = new boolean[labels.length];
        for (int v = 0; v < labels.length; v++) {
            keep[v] = comp[v] == best;
        }
        return induced(keep);
    }

    /** Subgraph induced by the nodes with {@code keep[v]}; kept nodes are renumbered in order. */
    MeshGraph induced(final boolean[] keep) {
        final int[] newId = new int[labels.length];
        int kept = 0;
        for (int v = 0; v < labels.length; v++) {
            newId[v] = keep[v] ? kept++ : -1;
        }
        final String[] l = new String[kept];
        for (int v = 0; v < labels.length; v++) {
            if (keep[v]) {
                l[newId[v]] = labels[v];
            }
        }
        int m = 0;
        for (int e = 0; e < arcA.length; e++) {
            if (keep[arcA[e]] && keep[arcB[e]]) {
                m++;
            }
        }
        final int[] a = new int[m];
        final int[] b = new int[m];
        final double[] c = new double[m];
        int k = 0;
        for (int e = 0; e < arcA.length; e++) {
            if (keep[arcA[e]] && keep[arcB[e]]) {
                a[k] = newId[arcA[e]];
                b[k] = newId[arcB[e]];
                c[k++] = cost[e];
            }
        }
        // renumbering is monotone, so the (a, b) order is preserved
        return new MeshGraph(l, a, b, c);
    }

    /**
     * Hash of the node count and the sorted arc list (endpoints only), for golden tests. Stable
     * across JVMs: built on {@link RandomStreams#deriveSeed}.
     */
    public long arcListHash() {
        long h = RandomStreams.deriveSeed(labels.length, arcA.length);
        for (int e = 0; e < arcA.length; e++) {
            h = RandomStreams.deriveSeed(h, ((long) arcA[e] << 32) | arcB[e]);
        }
        return h;
    }

    /** Like {@link #arcListHash()} but also covers the exact bits of every arc cost. */
    public long fingerprint() {
        long h = arcListHash();
        for (final double c : cost) {
            h = RandomStreams.deriveSeed(h, Double.doubleToLongBits(c));
        }
        return h;
    }

    /**
     * A new jgrapht {@link SimpleWeightedGraph} with vertices 0..n-1 and edge weights = arc costs.
     * Build-time use only (boxed vertices).
     */
    public Graph<Integer, DefaultWeightedEdge> toJGraphT() {
        final SimpleWeightedGraph<Integer, DefaultWeightedEdge> g = new SimpleWeightedGraph<>(DefaultWeightedEdge.class);
        for (int v = 0; v < labels.length; v++) {
            g.addVertex(v);
        }
        for (int e = 0; e < arcA.length; e++) {
            final DefaultWeightedEdge edge = g.addEdge(arcA[e], arcB[e]);
            g.setEdgeWeight(edge, cost[e]);
        }
        return g;
    }

    /**
     * Converts any simple jgrapht graph: nodes in vertex-set iteration order, labelled by
     * {@code String.valueOf(vertex)}, costs = edge weights (1.0 for unweighted graphs).
     *
     * @throws IllegalArgumentException on self-loops, parallel edges or non-positive weights
     */
    public static <V, E> MeshGraph fromJGraphT(final Graph<V, E> g) {
        final Builder b = builder();
        final java.util.Map<V, Integer> id = new java.util.HashMap<>();
        for (final V v : g.vertexSet()) {
            id.put(v, b.addNode(String.valueOf(v)));
        }
        for (final E e : g.edgeSet()) {
            b.addArc(id.get(g.getEdgeSource(e)), id.get(g.getEdgeTarget(e)), g.getEdgeWeight(e));
        }
        return b.build();
    }

    /**
     * Assigns Netsukuku addresses with {@link RandomGeometricNetworks#partition} (greedy connected
     * g-nodes) and rounds costs to positive integers: {@code max(1, round(cost / costUnit))}.
     *
     * @param gsizesTopFirst gsizes, top level first; the greedy partition leaves g-nodes partly
     *     empty, so give the top level some slack beyond nodeCount() / (product of the others)
     * @param costUnit the cost that maps to integer cost 1
     * @throws IllegalArgumentException if the graph is not connected or does not fit
     */
    public NetworkState toNetworkState(final int[] gsizesTopFirst, final double costUnit) {
        if (!isConnected()) {
            throw new IllegalArgumentException("graph must be connected to assign addresses; it has "
                    + componentCount() + " components (use largestComponent())");
        }
        if (!(costUnit > 0) || Double.isInfinite(costUnit)) {
            throw new IllegalArgumentException("costUnit must be positive and finite, was " + costUnit);
        }
        final Csr csr = freeze();
        final int n = labels.length;
        final int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = Arrays.copyOfRange(csr.neighbour, csr.start[v], csr.start[v + 1]);
        }
        final int[][] address = RandomGeometricNetworks.partition(n, adj, gsizesTopFirst);
        final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
        for (int v = 0; v < n; v++) {
            b.addIdentity(address[v]);
        }
        for (int e = 0; e < arcA.length; e++) {
            final long c = Math.max(1L, Math.round(cost[e] / costUnit));
            if (c > Integer.MAX_VALUE) {
                throw new IllegalArgumentException("cost " + cost[e] + " / costUnit " + costUnit + " overflows int");
            }
            b.addArc(arcA[e], arcB[e], (int) c);
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "MeshGraph[nodes=" + labels.length + ", arcs=" + arcA.length + "]";
    }

    static void checkCost(final double c, final int a, final int b) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("arc " + a + "-" + b + ": cost must be positive and finite, was " + c);
        }
    }

    /**
     * Accumulates nodes and arcs; {@link #build()} canonicalises and rejects parallel arcs.
     * Not thread-safe.
     */
    public static final class Builder {
        private String[] labels = new String[16];
        private int n;
        private int[] a = new int[16];
        private int[] b = new int[16];
        private double[] c = new double[16];
        private int m;

        private Builder() {
        }

        /** Adds a node with the given label (non-null); returns its id. */
        public int addNode(final String label) {
            Objects.requireNonNull(label, "label");
            if (n == labels.length) {
                labels = Arrays.copyOf(labels, 2 * n);
            }
            labels[n] = label;
            return n++;
        }

        /** Adds {@code count} nodes labelled by their decimal id. */
        public Builder addNodes(final int count) {
            if (count < 0) {
                throw new IllegalArgumentException("node count must be >= 0, was " + count);
            }
            for (int i = 0; i < count; i++) {
                addNode(Integer.toString(n));
            }
            return this;
        }

        /** Number of nodes added so far. */
        public int nodeCount() {
            return n;
        }

        /**
         * Adds an undirected arc.
         *
         * @throws IllegalArgumentException on a self-loop, an unknown node or a cost that is not
         *     positive and finite
         */
        public Builder addArc(final int u, final int v, final double cost) {
            if (u < 0 || u >= n || v < 0 || v >= n) {
                throw new IllegalArgumentException("arc " + u + "-" + v + ": node out of range 0.." + (n - 1));
            }
            if (u == v) {
                throw new IllegalArgumentException("arc " + u + "-" + v + ": self-loop");
            }
            checkCost(cost, u, v);
            if (m == a.length) {
                a = Arrays.copyOf(a, 2 * m);
                b = Arrays.copyOf(b, 2 * m);
                c = Arrays.copyOf(c, 2 * m);
            }
            a[m] = Math.min(u, v);
            b[m] = Math.max(u, v);
            c[m++] = cost;
            return this;
        }

        /**
         * Builds the graph.
         *
         * @throws IllegalArgumentException if two arcs join the same pair of nodes
         */
        public MeshGraph build() {
            final long[] key = new long[m];
            for (int e = 0; e < m; e++) {
                key[e] = ((long) a[e] << 32) | b[e];
            }
            // sort arc indices by (a, b): sort keys with the index in a parallel permutation
            final Integer[] order = new Integer[m];
            for (int e = 0; e < m; e++) {
                order[e] = e;
            }
            Arrays.sort(order, (x, y) -> Long.compare(key[x], key[y]));
            final int[] sa = new int[m];
            final int[] sb = new int[m];
            final double[] sc = new double[m];
            for (int k = 0; k < m; k++) {
                final int e = order[k];
                if (k > 0 && key[e] == key[order[k - 1]]) {
                    throw new IllegalArgumentException("parallel arcs " + a[e] + "-" + b[e]);
                }
                sa[k] = a[e];
                sb[k] = b[e];
                sc[k] = c[e];
            }
            return new MeshGraph(Arrays.copyOf(labels, n), sa, sb, sc);
        }
    }
}
