package org.ntksim.topology;

import java.util.Random;
import org.apache.commons.math3.random.RandomGenerator;
import org.jgrapht.Graph;
import org.jgrapht.generate.BarabasiAlbertGraphGenerator;
import org.jgrapht.generate.GnpRandomGraphGenerator;
import org.jgrapht.generate.WattsStrogatzGraphGenerator;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.jgrapht.util.SupplierUtil;

/**
 * Seeded topology generators. Each is a pure function of its parameters and the
 * {@link RandomGenerator} it is given (obtain one with
 * {@code new RandomStreams(seed, run).stream("topology")}); arcs get cost 1, to be replaced with
 * {@link ArcCosts}. Nodes are numbered 0..n-1 and labelled by their number (unit-disk graphs keep
 * the number of the point before the giant-component filter as label).
 *
 * <p><b>jgrapht generators</b> (G(n,p), Barabási–Albert, Watts–Strogatz) take a
 * {@link java.util.Random}: we pass {@code new Random(rnd.nextLong())}, i.e. one long drawn from the
 * stream seeds jgrapht's generator. The result is therefore still a pure function of the stream,
 * but it also depends on jgrapht's algorithm: golden tests pin jgrapht 1.5.3. Grid and complete
 * graphs involve no randomness and are written directly, so node numbering is obvious.
 *
 * <p>Stateless and thread-safe (the random generator passed in is not).
 */
public final class MeshGenerators {
    /** Attempts made by {@link #connectedGnp} before giving up. */
    public static final int GNP_MAX_ATTEMPTS = 1000;

    private MeshGenerators() {
    }

    /**
     * A rows x cols 4-neighbour grid; node {@code r * cols + c} is cell (r, c), labelled
     * {@code "r,c"}. Arc count 2rc - r - c. No randomness.
     */
    public static MeshGraph grid(final int rows, final int cols) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("grid needs rows >= 1 and cols >= 1, were " + rows + " x " + cols);
        }
        final MeshGraph.Builder b = MeshGraph.builder();
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                b.addNode(r + "," + c);
            }
        }
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                final int v = r * cols + c;
                if (c + 1 < cols) {
                    b.addArc(v, v + 1, 1.0);
                }
                if (r + 1 < rows) {
                    b.addArc(v, v + cols, 1.0);
                }
            }
        }
        return b.build();
    }

    /** The complete graph K_n: n(n-1)/2 arcs. No randomness. */
    public static MeshGraph complete(final int n) {
        if (n < 1) {
            throw new IllegalArgumentException("complete graph needs n >= 1, was " + n);
        }
        final MeshGraph.Builder b = MeshGraph.builder().addNodes(n);
        for (int u = 0; u < n; u++) {
            for (int v = u + 1; v < n; v++) {
                b.addArc(u, v, 1.0);
            }
        }
        return b.build();
    }

    /**
     * Random geometric (unit-disk) graph, the usual model of a wireless mesh: {@code n} points
     * uniform in the unit square (x then y drawn for point 0, 1, ...), an arc between every two
     * points at Euclidean distance {@code <= radius}. Expected degree about {@code n * pi * r^2}
     * away from the border; connectivity needs roughly {@code pi r^2 n >= ln n}.
     *
     * <p>With {@code giantOnly} only the largest connected component is kept (nodes renumbered in
     * order, labels keep the original point number). Neighbour search uses cells of side
     * {@code >= radius}: O(n + m) expected.
     */
    public static GeometricMesh unitDisk(final int n, final double radius, final boolean giantOnly,
            final RandomGenerator rnd) {
        if (n < 1) {
            throw new IllegalArgumentException("unit-disk graph needs n >= 1, was " + n);
        }
        if (!(radius > 0) || Double.isInfinite(radius)) {
            throw new IllegalArgumentException("radius must be positive and finite, was " + radius);
        }
        final double[] x = new double[n];
        final double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = rnd.nextDouble();
            y[i] = rnd.nextDouble();
        }
        final int cells = (int) Math.max(1, Math.min(Math.floor(1.0 / radius), Math.ceil(Math.sqrt(n))));
        final int[] cellOf = new int[n];
        final int[] cellStart = new int[cells * cells + 1];
        for (int i = 0; i < n; i++) {
            final int cx = Math.min(cells - 1, (int) (x[i] * cells));
            final int cy = Math.min(cells - 1, (int) (y[i] * cells));
            cellOf[i] = cy * cells + cx;
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        final int[] members = new int[n];
        final int[] fill = java.util.Arrays.copyOf(cellStart, cells * cells);
        for (int i = 0; i < n; i++) {
            members[fill[cellOf[i]]++] = i;
        }
        final MeshGraph.Builder b = MeshGraph.builder().addNodes(n);
        final double r2 = radius * radius;
        for (int i = 0; i < n; i++) {
            final int cx = cellOf[i] % cells;
            final int cy = cellOf[i] / cells;
            for (int ny = Math.max(0, cy - 1); ny <= Math.min(cells - 1, cy + 1); ny++) {
                for (int nx = Math.max(0, cx - 1); nx <= Math.min(cells - 1, cx + 1); nx++) {
                    final int c = ny * cells + nx;
                    for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                        final int j = members[k];
                        if (j <= i) {
                            continue;
                        }
                        final double dx = x[i] - x[j];
                        final double dy = y[i] - y[j];
                        if (dx * dx + dy * dy <= r2) {
                            b.addArc(i, j, 1.0);
                        }
                    }
                }
            }
        }
        final MeshGraph all = b.build();
        if (!giantOnly) {
            return new GeometricMesh(all, x, y);
        }
        final MeshGraph giant = all.largestComponent();
        final double[] gx = new double[giant.nodeCount()];
        final double[] gy = new double[giant.nodeCount()];
        for (int v = 0; v < giant.nodeCount(); v++) {
            final int old = Integer.parseInt(giant.label(v));
            gx[v] = x[old];
            gy[v] = y[old];
        }
        return new GeometricMesh(giant, gx, gy);
    }

    /**
     * G(n, p) conditioned on being connected, by rejection: draws G(n, p) graphs (jgrapht's
     * generator, seeded from the stream each attempt) until one is connected. Exact conditional
     * distribution, but only practical where G(n, p) is connected with reasonable probability
     * (p above about ln(n)/n).
     *
     * @throws IllegalArgumentException if no connected graph is found in {@link #GNP_MAX_ATTEMPTS}
     *     attempts (raise p) or on bad parameters
     */
    public static MeshGraph connectedGnp(final int n, final double p, final RandomGenerator rnd) {
        checkGnp(n, p);
        for (int attempt = 0; attempt < GNP_MAX_ATTEMPTS; attempt++) {
            final MeshGraph g = gnp(n, p, rnd);
            if (g.isConnected()) {
                return g;
            }
        }
        throw new IllegalArgumentException("no connected G(" + n + ", " + p + ") in " + GNP_MAX_ATTEMPTS
                + " attempts; use p above ln(n)/n = " + Math.log(n) / n + " or gnpWithBridges");
    }

    /**
     * G(n, p) made connected by adding bridges: one draw of G(n, p), then for each component but
     * the first (components in order of their smallest node) one arc from a uniformly drawn node
     * of it to a uniformly drawn node of the union of the components before it. Always
     * terminates; adds exactly (components - 1) arcs, so it is not the conditional distribution
     * (slightly more tree-like when p is small). Documented trade-off against
     * {@link #connectedGnp}.
     */
    public static MeshGraph gnpWithBridges(final int n, final double p, final RandomGenerator rnd) {
        checkGnp(n, p);
        final MeshGraph g = gnp(n, p, rnd);
        final int[] comp = g.components();
        int count = 0;
        for (final int c : comp) {
            count = Math.max(count, c + 1);
        }
        if (count == 1) {
            return g;
        }
        // members of each component, in node order
        final int[] size = new int[count];
        for (final int c : comp) {
            size[c]++;
        }
        final int[][] members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[size[c]];
        }
        final int[] fill = new int[count];
        for (int v = 0; v < n; v++) {
            members[comp[v]][fill[comp[v]]++] = v;
        }
        final MeshGraph.Builder b = MeshGraph.builder();
        for (int v = 0; v < n; v++) {
            b.addNode(g.label(v));
        }
        for (int e = 0; e < g.arcCount(); e++) {
            b.addArc(g.arcA(e), g.arcB(e), g.arcCost(e));
        }
        final int[] earlier = new int[n];
        int earlierCount = 0;
        for (final int v : members[0]) {
            earlier[earlierCount++] = v;
        }
        for (int c = 1; c < count; c++) {
            final int u = members[c][rnd.nextInt(members[c].length)];
            final int w = earlier[rnd.nextInt(earlierCount)];
            b.addArc(u, w, 1.0);
            for (final int v : members[c]) {
                earlier[earlierCount++] = v;
            }
        }
        return b.build();
    }

    /** Plain G(n, p) (jgrapht {@link GnpRandomGraphGenerator}, no loops); may be disconnected. */
    public static MeshGraph gnp(final int n, final double p, final RandomGenerator rnd) {
        checkGnp(n, p);
        final Graph<Integer, DefaultEdge> g = newGraph();
        new GnpRandomGraphGenerator<Integer, DefaultEdge>(n, p, jgraphtRandom(rnd), false).generateGraph(g);
        return MeshGraph.fromJGraphT(g);
    }

    /**
     * Barabási–Albert preferential attachment (jgrapht {@link BarabasiAlbertGraphGenerator}): a
     * complete graph on {@code m0} nodes, then each of the remaining {@code n - m0} nodes attaches
     * to {@code m} distinct existing nodes chosen proportionally to degree. Connected; arc count
     * {@code m0(m0-1)/2 + (n-m0) m}.
     *
     * @param m0 initial nodes, >= 1
     * @param m arcs per new node, 1 <= m <= m0
     * @param n total nodes, >= m0
     */
    public static MeshGraph barabasiAlbert(final int m0, final int m, final int n, final RandomGenerator rnd) {
        if (m0 < 1 || m < 1 || m > m0 || n < m0) {
            throw new IllegalArgumentException("Barabasi-Albert needs 1 <= m <= m0 <= n, were m0 " + m0 + ", m " + m
                    + ", n " + n);
        }
        final Graph<Integer, DefaultEdge> g = newGraph();
        new BarabasiAlbertGraphGenerator<Integer, DefaultEdge>(m0, m, n, jgraphtRandom(rnd)).generateGraph(g);
        return MeshGraph.fromJGraphT(g);
    }

    /**
     * Watts–Strogatz small world (jgrapht {@link WattsStrogatzGraphGenerator}, rewiring variant): a
     * ring where each node joins its {@code k/2} nearest neighbours on each side, then each arc
     * is rewired with probability {@code p} to a uniformly drawn endpoint, avoiding loops and
     * parallel arcs. Arc count {@code n k / 2}; not necessarily connected for large p.
     *
     * @param k even, 2 <= k < n
     */
    public static MeshGraph wattsStrogatz(final int n, final int k, final double p, final RandomGenerator rnd) {
        if (k < 2 || k % 2 != 0 || k >= n) {
            throw new IllegalArgumentException("Watts-Strogatz needs an even k with 2 <= k < n, were n " + n + ", k " + k);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("rewiring probability must be in [0, 1], was " + p);
        }
        final Graph<Integer, DefaultEdge> g = newGraph();
        new WattsStrogatzGraphGenerator<Integer, DefaultEdge>(n, k, p, false, jgraphtRandom(rnd)).generateGraph(g);
        return MeshGraph.fromJGraphT(g);
    }

    private static void checkGnp(final int n, final double p) {
        if (n < 1) {
            throw new IllegalArgumentException("G(n,p) needs n >= 1, was " + n);
        }
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException("G(n,p) needs p in [0, 1], was " + p);
        }
    }

    /** jgrapht's generators want a java.util.Random: seed one from a single draw of the stream. */
    private static Random jgraphtRandom(final RandomGenerator rnd) {
        return new Random(rnd.nextLong());
    }

    private static Graph<Integer, DefaultEdge> newGraph() {
        return new SimpleGraph<>(SupplierUtil.createIntegerSupplier(), SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
    }
}
