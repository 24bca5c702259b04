package org.ntksim.fastpath;

/**
 * All route tables of all identities, stored packed ({@link RouteEntry}, 8 bytes per entry) in one
 * {@code long[]}, laid out in the order the router produces them so that writing is sequential:
 * one block per destination g-node (level L, child d of the level-(L+1) g-node P), holding for every
 * node x of P \ d, in node order, its 1 + degree(x) entries (ntk, then the table of each arc slot).
 * Queries take external identity and arc ids. Not thread-safe.
 */
public final class RouteTables implements RouteSink {
    private final CsrNetwork net;
    private final int[] cum;          // cum[x] = sum over y < x of (1 + degree(y)); n + 1 entries
    private final int[][] base;       // [level][child g-node id] first entry of its block, -1 if none
    private final long[] entries;
    private int curBase;
    private int curP;
    private int curDHi;
    private int curDT;

    private RouteTables(final CsrNetwork net, final int[] cum, final int[][] base, final long[] entries) {
        this.net = net;
        this.cum = cum;
        this.base = base;
        this.entries = entries;
    }

    /** Allocates storage for every table of {@code net}. */
    public static RouteTables allocate(final CsrNetwork net) {
        final int n = net.n;
        final int[] cum = new int[n + 1];
        for (int x = 0; x < n; x++) {
            cum[x + 1] = cum[x] + 1 + net.degree(x);
        }
        final int[][] base = new int[net.levels][];
        long total = 0;
        for (int level = 0; level < net.levels; level++) {
            final int children = net.gLo[level].length;
            base[level] = new int[children];
            for (int c = 0; c < children; c++) {
                final int dLo = net.gLo[level][c];
                final int parent = net.gid[level + 1][dLo];
                final int pLo = net.gLo[level + 1][parent];
                final int pHi = net.gHi[level + 1][parent];
                if (net.realRank[level][c] < 0 || net.gid[level][pLo] == net.gid[level][pHi - 1]) {
                    base[level][c] = -1;
                    continue;
                }
                base[level][c] = (int) total;
                total += (cum[pHi] - cum[pLo]) - (cum[net.gHi[level][c]] - cum[dLo]);
                if (total > Integer.MAX_VALUE - 16) {
                    throw new IllegalArgumentException("too many entries to store (" + total
                            + "); stream them to a RouteSink instead");
                }
            }
        }
        return new RouteTables(net, cum, base, new long[(int) total]);
    }

    @Override
    public void destination(final int level, final int child, final int pLo, final int pHi, final int dLo,
            final int dHi) {
        curBase = base[level][child];
        curP = cum[pLo];
        curDHi = dHi;
        curDT = cum[dHi] - cum[dLo];
    }

    @Override
    public void accept(final int node, final int table, final int slot, final long entry) {
        entries[curBase + cum[node] - curP - (node >= curDHi ? curDT : 0) + table] = entry;
    }

    @Override
    public void acceptNode(final int node, final int slot, final long[] nodeEntries, final int count) {
        System.arraycopy(nodeEntries, 0, entries, curBase + cum[node] - curP - (node >= curDHi ? curDT : 0), count);
    }

    /** The storage, for the router's direct writes (package-private). */
    long[] entries() {
        return entries;
    }

    /** First entry of the block of destination g-node {@code child} at {@code level}. */
    int blockStart(final int level, final int child) {
        return base[level][child];
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
        final int c = net.destinationChild(x, level, position);
        if (c < 0 || base[level][c] < 0) {
            throw new IllegalArgumentException("(" + level + ", " + position + ") is not a destination of identity "
                    + identity);
        }
        final int parent = net.gid[level + 1][x];
        final int pLo = net.gLo[level + 1][parent];
        final int dLo = net.gLo[level][c];
        final int dHi = net.gHi[level][c];
        return entries[base[level][c] + cum[x] - cum[pLo] - (x >= dHi ? cum[dHi] - cum[dLo] : 0) + table(x, viaArc)];
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
