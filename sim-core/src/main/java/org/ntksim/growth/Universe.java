package org.ntksim.growth;

import java.util.Arrays;

/**
 * The potential network: {@code n} nodes that may arrive and the undirected links that become arcs
 * when both ends are present. Link costs are positive ints (e.g. latency in µs). Stored as primitive
 * arrays with a CSR adjacency (each link listed at both ends, in link order). Immutable.
 *
 * <p>Memory: {@code 12 m + 4 (n + 1) + 8 m} bytes for m links.
 */
public final class Universe implements java.io.Serializable {
    private final int n;
    private final int[] linkA;
    private final int[] linkB;
    private final int[] linkCost;
    private final int[] adjStart;
    private final int[] adjNode;
    private final int[] adjLink;

    /**
     * @param n number of potential nodes (ids 0..n-1)
     * @param linkA one end of each link
     * @param linkB the other end
     * @param linkCost positive cost of each link
     * @throws IllegalArgumentException naming the first bad link (self loop, out of range, cost <= 0)
     */
    public Universe(final int n, final int[] linkA, final int[] linkB, final int[] linkCost) {
        if (n < 1) {
            throw new IllegalArgumentException("universe needs at least one node, was " + n);
        }
        if (linkA.length != linkB.length || linkA.length != linkCost.length) {
            throw new IllegalArgumentException("link arrays differ in length: " + linkA.length + ", " + linkB.length
                    + ", " + linkCost.length);
        }
        final int m = linkA.length;
        for (int e = 0; e < m; e++) {
            if (linkA[e] < 0 || linkA[e] >= n || linkB[e] < 0 || linkB[e] >= n || linkA[e] == linkB[e]) {
                throw new IllegalArgumentException("link " + e + ": bad ends " + linkA[e] + ", " + linkB[e]
                        + " (nodes 0.." + (n - 1) + ", no self loops)");
            }
            if (linkCost[e] <= 0) {
                throw new IllegalArgumentException("link " + e + ": cost must be > 0, was " + linkCost[e]);
            }
        }
        this.n = n;
        this.linkA = linkA.clone();
        this.linkB = linkB.clone();
        this.linkCost = linkCost.clone();
        adjStart = new int[n + 1];
        for (int e = 0; e < m; e++) {
            adjStart[linkA[e] + 1]++;
            adjStart[linkB[e] + 1]++;
        }
        for (int x = 0; x < n; x++) {
            adjStart[x + 1] += adjStart[x];
        }
        adjNode = new int[2 * m];
        adjLink = new int[2 * m];
        final int[] fill = Arrays.copyOf(adjStart, n);
        for (int e = 0; e < m; e++) {
            int i = fill[linkA[e]]++;
            adjNode[i] = linkB[e];
            adjLink[i] = e;
            i = fill[linkB[e]]++;
            adjNode[i] = linkA[e];
            adjLink[i] = e;
        }
    }

    /** Number of potential nodes. */
    public int nodeCount() {
        return n;
    }

    /** Number of links. */
    public int linkCount() {
        return linkA.length;
    }

    /** One end of {@code link}. */
    public int linkA(final int link) {
        return linkA[link];
    }

    /** The other end of {@code link}. */
    public int linkB(final int link) {
        return linkB[link];
    }

    /** The end of {@code link} that is not {@code node}. */
    public int other(final int link, final int node) {
        return linkA[link] == node ? linkB[link] : linkA[link];
    }

    /** Base cost of {@code link}. */
    public int linkCost(final int link) {
        return linkCost[link];
    }

    /** First adjacency slot of {@code node}. */
    public int adjStart(final int node) {
        return adjStart[node];
    }

    /** One past the last adjacency slot of {@code node}. */
    public int adjEnd(final int node) {
        return adjStart[node + 1];
    }

    /** Neighbour at adjacency slot {@code slot}. */
    public int adjNode(final int slot) {
        return adjNode[slot];
    }

    /** Link at adjacency slot {@code slot}. */
    public int adjLink(final int slot) {
        return adjLink[slot];
    }
}
