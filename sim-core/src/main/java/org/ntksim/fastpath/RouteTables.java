package org.ntksim.fastpath;

/**
 * All route tables of all identities, stored packed ({@link RouteEntry}, 8 bytes per entry) in one
 * {@code long[]}: node x (internal), table t (0 = {@code ntk}, 1 + j = table of the neighbour of x's
 * j-th arc slot), destination slot s at {@code start[x] + t * destCount[x] + s}. Queries take
 * external identity and arc ids. Not thread-safe.
 */
public final class RouteTables implements RouteSink {
    private final CsrNetwork net;
    private final int[] start;
    private final long[] entries;

    private RouteTables(final CsrNetwork net, final int[] start, final long[] entries) {
        this.net = net;
        this.start = start;
        this.entries = entries;
    }

    /** Allocates storage for every table of {@code net}. */
    public static RouteTables allocate(final CsrNetwork net) {
        final int[] start = new int[net.n + 1];
        long total = 0;
        for (int x = 0; x < net.n; x++) {
            start[x] = (int) total;
            total += (long) (1 + net.degree(x)) * net.destCount[x];
            if (total > Integer.MAX_VALUE - 16) {
                throw new IllegalArgumentException("too many entries to store (" + total
                        + "); stream them to a RouteSink instead");
            }
        }
        start[net.n] = (int) total;
        return new RouteTables(net, start, new long[(int) total]);
    }

    @Override
    public void accept(final int node, final int table, final int slot, final long entry) {
        entries[start[node] + table * net.destCount[node] + slot] = entry;
    }

    /** The network (with its internal numbering) these tables belong to. */
    public CsrNetwork network() {
        return net;
    }

    /** Total number of stored entries. */
    public int entryCount() {
        return entries.length;
    }

    /** Number of destinations of an identity. */
    public int destinationCount(final int identity) {
        return net.destCount[net.internalId(identity)];
    }

    /** Destinations of an identity as pairs {level, pos}, levels l-1 down to 0, positions ascending. */
    public int[] destinations(final int identity) {
        return net.destinations(net.internalId(identity));
    }

    /**
     * The packed entry of identity's table for destination (level, pos): {@code viaArc = -1} for
     * {@code ntk}, otherwise the external id of the arc towards the neighbour whose table is wanted.
     * Throws if (level, pos) is not a destination of the identity or the arc is not one of its arcs.
     */
    public long entry(final int identity, final int viaArc, final int level, final int position) {
        final int x = net.internalId(identity);
        final int slot = net.destinationSlot(x, level, position);
        if (slot < 0) {
            throw new IllegalArgumentException("(" + level + ", " + position + ") is not a destination of identity "
                    + identity);
        }
        return entries[start[x] + table(x, viaArc) * net.destCount[x] + slot];
    }

    private int table(final int x, final int viaArc) {
        if (viaArc < 0) {
            return 0;
        }
        for (int i = net.adjStart[x]; i < net.adjStart[x + 1]; i++) {
            if (net.adjArc[i] == viaArc) {
                return 1 + i - net.adjStart[x];
            }
        }
        throw new IllegalArgumentException("arc " + viaArc + " is not an arc of identity " + net.externalId(x));
    }

    /** Path cost, or -1 if unreachable. */
    public int cost(final int identity, final int viaArc, final int level, final int position) {
        return RouteEntry.cost(entry(identity, viaArc, level, position));
    }

    /** External arc id of the first hop, or -1 if unreachable. */
    public int nextArc(final int identity, final int viaArc, final int level, final int position) {
        final long e = entry(identity, viaArc, level, position);
        return RouteEntry.isReachable(e) ? net.adjArc[RouteEntry.arcSlot(e)] : -1;
    }

    /** External identity id of the first hop (gateway), or -1 if unreachable. */
    public int nextHop(final int identity, final int viaArc, final int level, final int position) {
        final long e = entry(identity, viaArc, level, position);
        return RouteEntry.isReachable(e) ? net.externalId(net.adjTarget[RouteEntry.arcSlot(e)]) : -1;
    }

    /** Order-dependent hash of all entries (external numbering is not applied; for regression checks). */
    public long checksum() {
        long h = 1125899906842597L;
        for (final long e : entries) {
            h = 31 * h + e;
        }
        return h;
    }
}
