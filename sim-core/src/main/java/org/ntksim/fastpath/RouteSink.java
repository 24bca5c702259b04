package org.ntksim.fastpath;

/**
 * Receives route entries as they are computed. Indices are {@link CsrNetwork} internal ones:
 * {@code node} in address order, {@code table} 0 = {@code ntk} and 1 + j = the table of the
 * neighbour reached by the node's j-th arc slot, {@code slot} the destination's index in the node's
 * destination list (levels l-1 down to 0, positions ascending). Implementations must not allocate
 * if the caller wants zero-allocation rebuilds.
 */
@FunctionalInterface
public interface RouteSink {
    /** One entry ({@link RouteEntry} packing). */
    void accept(int node, int table, int slot, long entry);

    /**
     * The {@code count} entries of one node for one destination slot, tables 0 .. count - 1 in order
     * ({@code entries[0]} is {@code ntk}); the array is reused by the caller. The default hands them
     * to {@link #accept} one by one.
     */
    default void acceptNode(final int node, final int slot, final long[] entries, final int count) {
        for (int t = 0; t < count; t++) {
            accept(node, t, slot, entries[t]);
        }
    }

    /**
     * Called before the entries of one destination g-node: internal g-node id {@code child} at
     * {@code level}, node range {@code [dLo, dHi)}, inside its parent's node range {@code [pLo, pHi)};
     * the entries that follow are those of every node of the parent outside the child, in increasing
     * node order, tables in increasing order.
     */
    default void destination(final int level, final int child, final int pLo, final int pHi, final int dLo,
            final int dHi) {
    }
}
