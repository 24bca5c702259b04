package org.ntksim.experiment.statictables;

import java.util.Arrays;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.topology.MeshGraph;
import org.ntksim.topology.RandomGeometricNetworks;

/**
 * Gives the nodes of a connected {@link MeshGraph} Netsukuku addresses with
 * {@link RandomGeometricNetworks#partition} (greedy, bottom-up, connected g-nodes) and rounds arc
 * costs to positive integers ({@code max(1, round(cost / costUnit))}), as
 * {@link MeshGraph#toNetworkState} does, but also supports a {@code *} top gsize sized to what the
 * partition produced. Stateless.
 */
final class Addressing {
    private Addressing() {
    }

    /**
     * @throws IllegalArgumentException if the graph is disconnected, a cost overflows, or the
     *     partition needs more top-level positions than the top gsize
     */
    static NetworkState assign(final MeshGraph g, final Gsizes gsizes, final double costUnit) {
        if (!g.isConnected()) {
            throw new IllegalArgumentException("graph must be connected to assign addresses");
        }
        final MeshGraph.Csr csr = g.freeze();
        final int n = g.nodeCount();
        final int[][] adj = new int[n][];
        for (int v = 0; v < n; v++) {
            adj[v] = Arrays.copyOfRange(csr.neighbour(), csr.start()[v], csr.start()[v + 1]);
        }
        final int[] partitionSizes = gsizes.withTop(gsizes.automaticTop() ? Integer.MAX_VALUE : gsizes.top());
        final int[][] address;
        try {
            address = RandomGeometricNetworks.partition(n, adj, partitionSizes);
        } catch (final IllegalArgumentException e) {
            throw new IllegalArgumentException("the greedy partition does not fit: " + e.getMessage()
                    + " (raise the top gsize or use '*')", e);
        }
        int top = gsizes.top();
        if (gsizes.automaticTop()) {
            int used = 0;
            for (final int[] a : address) {
                used = Math.max(used, a[0] + 1);
            }
            top = Math.max(2, used);
        }
        final NetworkState.Builder b = NetworkState.builder(gsizes.withTop(top));
        for (int v = 0; v < n; v++) {
            b.addIdentity(address[v]);
        }
        for (int e = 0; e < g.arcCount(); e++) {
            final long c = Math.max(1L, Math.round(g.arcCost(e) / costUnit));
            if (c > Integer.MAX_VALUE / 4) {
                throw new IllegalArgumentException("arc cost " + g.arcCost(e) + " / cost_unit " + costUnit
                        + " is too large for integer route costs");
            }
            b.addArc(g.arcA(e), g.arcB(e), (int) c);
        }
        return b.build();
    }
}
