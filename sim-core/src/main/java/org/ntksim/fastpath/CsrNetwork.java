package org.ntksim.fastpath;

import it.unimi.dsi.fastutil.ints.IntArrays;

/**
 * A {@link NetworkState} frozen into primitive arrays for the fast path.
 *
 * <p>Identities are renumbered in lexicographic address order (top level first), so every g-node
 * of every level is a contiguous range of internal indices: membership tests are two comparisons.
 * The adjacency is CSR, each undirected arc stored as two directed slots (twins), slots of a node
 * sorted by neighbour internal index then arc id (this order is the tie-break, see docs/routing.md).
 * For the slot {@code x -> z}, {@code exclLo/exclHi} is the range of x's g-node at the level where x
 * and z first differ (top down): the maximum distinct g-node of x as seen by z, which z's table for
 * x must avoid. Arc costs are mutable ({@link #setArcCost}); a cost of {@code -1} disables an arc.
 *
 * <p>Memory: about {@code 4 * (levels + 2) * n + 52 * 2m} bytes. Not thread-safe.
 */
public final class CsrNetwork {
    final int n;
    final int levels;
    final int[] gsize;              // level 0 first
    final int[] pos;                // node * levels + level
    final int[] externalId;         // internal -> external
    final int[] internalId;         // external -> internal
    final int[] adjStart;           // n + 1
    final int[] adjTarget;
    final int[] adjCost;
    final int[] adjTwin;
    final int[] adjArc;             // external arc id
    final int[] adjLevel;           // level of the max distinct g-node between the endpoints
    final int[] exclLo;
    final int[] exclHi;
    final int[] adjSource;          // slot -> the node that owns it
    final int[] hopClass;           // slot x -> z: first index of h_z(x), the class of z among x's neighbours
    // slot x -> z packed for the router's loops (one load instead of three): bits 0-31 the cost, 32-47 the
    // class of z among x's neighbours and 48-63 the class of x among z's, both as local numbers (the
    // classes of a node's slots numbered 0, 1, ... in slot order)
    final long[] adjMeta;
    // node x, local class k (slot-indexed: adjStart[x] + k, k below x's number of classes): the slots of
    // class k, first in bits 0-31 and one past the last in bits 32-63; the router's second label of x
    // serves only the neighbours in its best label's class, so it relaxes this range instead of all arcs
    final long[] classSlots;
    int maxCost;                    // upper bound of the arc costs (grows with setArcCost, never shrinks)
    final int[][] gid;              // [level 0..levels][node] g-node id, ids ascending with nodes
    final int[][] gLo;              // [level][g-node id] first node
    final int[][] gHi;              // [level][g-node id] one past last node
    final int[][] realRank;         // [level][g-node id] rank among the real siblings, -1 if virtual
    final int[][] realChildren;     // [level >= 1][g-node id] number of real-position children
    final int[] destCount;          // per node
    final int[] levelBase;          // node * levels + level: first slot of that level's destinations
    final int[] arcSlot;            // external arc id -> slot at arcA's endpoint
    final int arcCount;

    private CsrNetwork(final NetworkState s) {
        n = s.identityCount();
        levels = s.levels();
        gsize = new int[levels];
        for (int l = 0; l < levels; l++) {
            gsize[l] = s.gsize(l);
        }
        final int lv = levels;
        final int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        IntArrays.quickSort(order, (a, b) -> {
            for (int l = lv - 1; l >= 0; l--) {
                final int c = Integer.compare(s.position(a, l), s.position(b, l));
                if (c != 0) {
                    return c;
                }
            }
            return 0;
        });
        externalId = order;
        internalId = new int[n];
        pos = new int[n * levels];
        for (int x = 0; x < n; x++) {
            internalId[order[x]] = x;
            for (int l = 0; l < levels; l++) {
                pos[x * levels + l] = s.position(order[x], l);
            }
        }
        // g-node ids per level, top down
        gid = new int[levels + 1][];
        gLo = new int[levels + 1][];
        gHi = new int[levels + 1][];
        gid[levels] = new int[n];
        gLo[levels] = new int[] {0};
        gHi[levels] = new int[] {n};
        for (int l = levels - 1; l >= 0; l--) {
            final int[] g = new int[n];
            int next = -1;
            for (int x = 0; x < n; x++) {
                if (x == 0 || gid[l + 1][x] != gid[l + 1][x - 1] || pos[x * levels + l] != pos[(x - 1) * levels + l]) {
                    next++;
                }
                g[x] = next;
            }
            if (l == 0 && next != n - 1) {
                throw new IllegalArgumentException("two identities have the same address");
            }
            gid[l] = g;
            final int count = next + 1;
            gLo[l] = new int[count];
            gHi[l] = new int[count];
            for (int x = n - 1; x >= 0; x--) {
                gLo[l][g[x]] = x;
            }
            for (int x = 0; x < n; x++) {
                gHi[l][g[x]] = x + 1;
            }
        }
        realRank = new int[levels][];
        realChildren = new int[levels + 1][];
        for (int l = 0; l < levels; l++) {
            final int count = gLo[l].length;
            realRank[l] = new int[count];
            realChildren[l + 1] = new int[gLo[l + 1].length];
            for (int c = 0; c < count; c++) {
                final int first = gLo[l][c];
                final int parent = gid[l + 1][first];
                if (pos[first * levels + l] < gsize[l]) {
                    realRank[l][c] = realChildren[l + 1][parent]++;
                } else {
                    realRank[l][c] = -1;
                }
            }
        }
        destCount = new int[n];
        levelBase = new int[n * levels];
        for (int x = 0; x < n; x++) {
            int base = 0;
            for (int l = levels - 1; l >= 0; l--) {
                levelBase[x * levels + l] = base;
                final int own = realRank[l][gid[l][x]] >= 0 ? 1 : 0;
                base += realChildren[l + 1][gid[l + 1][x]] - own;
            }
            destCount[x] = base;
        }
        // CSR
        arcCount = s.arcCount();
        adjStart = new int[n + 1];
        for (int a = 0; a < arcCount; a++) {
            adjStart[internalId[s.arcA(a)] + 1]++;
            adjStart[internalId[s.arcB(a)] + 1]++;
        }
        for (int x = 0; x < n; x++) {
            adjStart[x + 1] += adjStart[x];
        }
        final int slots = 2 * arcCount;
        adjTarget = new int[slots];
        adjCost = new int[slots];
        adjArc = new int[slots];
        final int[] fill = new int[n];
        for (int a = 0; a < arcCount; a++) {
            final int x = internalId[s.arcA(a)];
            final int z = internalId[s.arcB(a)];
            int i = adjStart[x] + fill[x]++;
            adjTarget[i] = z;
            adjArc[i] = a;
            i = adjStart[z] + fill[z]++;
            adjTarget[i] = x;
            adjArc[i] = a;
        }
        // sort each node's slots by (target, arc)
        for (int x = 0; x < n; x++) {
            final int lo = adjStart[x];
            final int hi = adjStart[x + 1];
            for (int i = lo + 1; i < hi; i++) {
                final int t = adjTarget[i];
                final int ar = adjArc[i];
                int j = i - 1;
                while (j >= lo && (adjTarget[j] > t || (adjTarget[j] == t && adjArc[j] > ar))) {
                    adjTarget[j + 1] = adjTarget[j];
                    adjArc[j + 1] = adjArc[j];
                    j--;
                }
                adjTarget[j + 1] = t;
                adjArc[j + 1] = ar;
            }
        }
        arcSlot = new int[arcCount];
        final int[] otherSlot = new int[arcCount];
        java.util.Arrays.fill(arcSlot, -1);
        for (int x = 0; x < n; x++) {
            for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
                final int a = adjArc[i];
                if (arcSlot[a] < 0) {
                    arcSlot[a] = i;
                } else {
                    otherSlot[a] = i;
                }
            }
        }
        adjTwin = new int[slots];
        for (int a = 0; a < arcCount; a++) {
            adjTwin[arcSlot[a]] = otherSlot[a];
            adjTwin[otherSlot[a]] = arcSlot[a];
            adjCost[arcSlot[a]] = s.arcCost(a);
            adjCost[otherSlot[a]] = s.arcCost(a);
        }
        for (int i = 0; i < slots; i++) {
            maxCost = Math.max(maxCost, adjCost[i]);
        }
        adjLevel = new int[slots];
        exclLo = new int[slots];
        exclHi = new int[slots];
        for (int x = 0; x < n; x++) {
            for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
                final int z = adjTarget[i];
                final int l = maxDistinctLevel(x, z);
                adjLevel[i] = l;
                final int g = gid[l][x];
                exclLo[i] = gLo[l][g];
                exclHi[i] = gHi[l][g];
            }
        }
        // the g-nodes h_z(x) of the neighbours z of x are equal or disjoint, so their first index names them
        adjSource = new int[slots];
        hopClass = new int[slots];
        for (int x = 0; x < n; x++) {
            for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
                adjSource[i] = x;
                hopClass[i] = exclLo[adjTwin[i]];
            }
        }
        // slots are sorted by neighbour and a class is a range of nodes, so a class's slots are consecutive
        final int[] localHop = new int[slots];
        for (int x = 0; x < n; x++) {
            int local = -1;
            for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
                if (i == adjStart[x] || hopClass[i] != hopClass[i - 1]) {
                    local++;
                }
                if (local > MAX_LOCAL_CLASS) {
                    throw new IllegalArgumentException("identity " + externalId[x] + " has neighbours in more than "
                            + (MAX_LOCAL_CLASS + 1) + " distinct g-nodes; the fast path supports at most that many");
                }
                localHop[i] = local;
            }
        }
        adjMeta = new long[slots];
        for (int i = 0; i < slots; i++) {
            adjMeta[i] = meta(adjCost[i], localHop[i], localHop[adjTwin[i]]);
        }
        classSlots = new long[slots];
        for (int x = 0; x < n; x++) {
            final int end = adjStart[x + 1];
            for (int first = adjStart[x], next; first < end; first = next) {
                next = first + 1;
                while (next < end && localHop[next] == localHop[first]) {
                    next++;
                }
                classSlots[adjStart[x] + localHop[first]] = (first & 0xffffffffL) | ((long) next << 32);
            }
        }
    }

    /** Largest local class number that {@link #adjMeta} can hold. */
    static final int MAX_LOCAL_CLASS = 0xffff;

    private static long meta(final int cost, final int hop, final int excl) {
        return (cost & 0xffffffffL) | ((long) hop << 32) | ((long) excl << 48);
    }

    /** Freezes {@code state}. O(n log n + m + n * levels). */
    public static CsrNetwork freeze(final NetworkState state) {
        return new CsrNetwork(state);
    }

    /** Highest level at which the addresses of internal nodes x and z differ. */
    int maxDistinctLevel(final int x, final int z) {
        for (int l = levels - 1; l >= 0; l--) {
            if (pos[x * levels + l] != pos[z * levels + l]) {
                return l;
            }
        }
        throw new IllegalStateException("same address");
    }

    /** Number of identities. */
    public int nodeCount() {
        return n;
    }

    /** Number of levels. */
    public int levels() {
        return levels;
    }

    /** Internal index of an external identity id. */
    public int internalId(final int identity) {
        return internalId[identity];
    }

    /** External identity id of an internal index. */
    public int externalId(final int node) {
        return externalId[node];
    }

    /** Number of destinations (non-empty real sibling g-nodes at every level) of an internal node. */
    public int destinationCount(final int node) {
        return destCount[node];
    }

    /** Number of arc slots (neighbour tables) of an internal node. */
    public int degree(final int node) {
        return adjStart[node + 1] - adjStart[node];
    }

    /** Neighbour (internal) at the end of an arc slot. */
    public int slotTarget(final int slot) {
        return adjTarget[slot];
    }

    /** External arc id of an arc slot. */
    public int slotArc(final int slot) {
        return adjArc[slot];
    }

    /** First arc slot of an internal node. */
    public int firstSlot(final int node) {
        return adjStart[node];
    }

    /** Current cost of an external arc (-1 if disabled). */
    public int arcCost(final int arc) {
        return adjCost[arcSlot[arc]];
    }

    /** Number of arcs. */
    public int arcCount() {
        return arcCount;
    }

    /** Sets the cost of an external arc; {@code -1} disables (removes) it. */
    public void setArcCost(final int arc, final int cost) {
        if (cost == 0 || cost < -1) {
            throw new IllegalArgumentException("arc cost must be > 0 or -1 (removed), was " + cost);
        }
        final int i = arcSlot[arc];
        maxCost = Math.max(maxCost, cost);
        adjCost[i] = cost;
        adjCost[adjTwin[i]] = cost;
        adjMeta[i] = (adjMeta[i] & ~0xffffffffL) | (cost & 0xffffffffL);
        adjMeta[adjTwin[i]] = (adjMeta[adjTwin[i]] & ~0xffffffffL) | (cost & 0xffffffffL);
    }

    /** Level of the max distinct g-node between the endpoints of an external arc. */
    public int arcLevel(final int arc) {
        return adjLevel[arcSlot[arc]];
    }

    /**
     * Destination slot of (level, pos) for an internal node, or -1 if that HCoord is not one of its
     * destinations (own g-node, virtual, or empty).
     */
    public int destinationSlot(final int node, final int level, final int position) {
        final int c = destinationChild(node, level, position);
        return c < 0 ? -1 : slotOfChild(node, level, c);
    }

    /** The level-{@code level} g-node id of destination (level, position) of node, or -1 if none. */
    int destinationChild(final int node, final int level, final int position) {
        if (level < 0 || level >= levels || position >= gsize[level] || position == pos[node * levels + level]) {
            return -1;
        }
        final int parent = gid[level + 1][node];
        final int lo = gLo[level + 1][parent];
        final int hi = gHi[level + 1][parent];
        // children of parent at `level`: g-node ids gid[level][lo] .. gid[level][hi-1]
        for (int c = gid[level][lo]; c <= gid[level][hi - 1]; c++) {
            if (pos[gLo[level][c] * levels + level] == position) {
                return c;
            }
        }
        return -1;
    }

    int slotOfChild(final int node, final int level, final int child) {
        final int rank = realRank[level][child];
        final int ownRank = realRank[level][gid[level][node]];
        return levelBase[node * levels + level] + rank - (ownRank >= 0 && ownRank < rank ? 1 : 0);
    }

    /** The destinations of an internal node as pairs {level, pos}, in slot order. */
    public int[] destinations(final int node) {
        final int[] out = new int[2 * destCount[node]];
        for (int level = levels - 1; level >= 0; level--) {
            final int parent = gid[level + 1][node];
            final int lo = gLo[level + 1][parent];
            final int hi = gHi[level + 1][parent];
            final int own = gid[level][node];
            for (int c = gid[level][lo]; c <= gid[level][hi - 1]; c++) {
                if (c != own && realRank[level][c] >= 0) {
                    final int slot = slotOfChild(node, level, c);
                    out[2 * slot] = level;
                    out[2 * slot + 1] = pos[gLo[level][c] * levels + level];
                }
            }
        }
        return out;
    }
}
