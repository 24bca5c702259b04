package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * Computes the route tables of every identity of a {@link CsrNetwork} (rules: docs/routing.md).
 *
 * <p>For every level L, every level-(L+1) g-node P and every real child d of P (a destination of
 * all the other nodes of P), one reverse search inside P \ d. The quantity wanted is the value of
 * each <em>arc state</em> {@code u -> x}: the cost of x's best admissible path to d when the packet came
 * from u (x's table {@code ntk_from_u}), whose first hop must avoid h_u(x). The g-nodes h_z(x) of the
 * neighbours z of x are equal or disjoint, so they partition x's neighbours into classes and the state
 * {@code u -> x} forbids exactly one class of first hops, u's. Hence two labels per node suffice: its
 * best path, and its best path whose first hop is in another class than the best one's; the state
 * {@code u -> x} takes the first unless u is in that class (so the second label is relaxed only to the
 * neighbours in the best one's class, {@code CsrNetwork.classSlots}). The search is a Dijkstra that
 * settles at most two labels per node (work about {@code sum(deg)} per destination instead of
 * {@code sum(deg^2)} over arc states), on Dial's buckets when the arc costs are small ({@link BucketQueue}) or a monotone
 * radix heap ({@link RadixQueue}). Then every node of P \ d reads its {@code ntk} entry and its
 * per-neighbour entries from its neighbours' labels in one pass over its arcs. The scratch arrays and
 * queues are reused, so a rebuild allocates nothing once warm (the sink must not allocate either).
 *
 * <p>{@link Semantics#QSPN_IDEAL} then replaces every entry by the exact one of ideal QSPN
 * ({@link ContiguousPathSearch}), using the labels as an admissible lower bound.
 *
 * <p>{@link #updateArc} reruns only the searches whose region P \ d contains the changed arc: levels
 * at or above the arc's level, in the g-node that contains it, skipping the child that contains both
 * ends. Not thread-safe.
 */
public final class FastPathRouter {
    /** Which paths the tables may use (docs/routing.md §2). */
    public enum Semantics {
        /** The per-hop acyclic rule: loop-free by construction, never costlier than QSPN, fast. */
        RELAXED,
        /**
         * Ideal QSPN (unlimited retention): contiguous g-node traversal and whole-path avoidance of h_v.
         * Every entry is recomputed by an exact best-first search over partial paths guided by the
         * relaxed values; meant for small and medium networks and for comparisons.
         */
        QSPN_IDEAL
    }

    /** Cap on the partial paths of one exact search (QSPN_IDEAL); beyond it the relaxed entry is kept. */
    static final int EXACT_SEARCH_MAX_PATHS = 1 << 20;

    private final CsrNetwork net;
    // per node: -1 no label; c >= 0 the best label is settled and its first hop is in class c (the node's
    // local class number, CsrNetwork.adjMeta); -2 - c both labels are settled. One small int array, reset over P after each search, so the
    // test a relaxation makes on the neighbour reads 4 bytes (the whole array of a 4096-node region
    // fits in L1).
    private final int[] labelClass;
    private final int[] best;
    private final int[] second;
    private final Semantics semantics;
    private final ContiguousPathSearch exact;
    private long exactGaveUp;
    private final long[] out;
    /** The label of no path: above every path cost, and a path over one more arc is above it too. */
    private static final int NO_PATH = Integer.MAX_VALUE;
    /** Largest arc cost for which the bucket queue is used (its circle has at most 2^k > this buckets). */
    static final int BUCKET_QUEUE_MAX_COST = 4096;

    private RadixQueue radixQueue;
    private BucketQueue bucketQueue;
    private MonotoneQueue queue;
    private long searches;
    /** Per node: its neighbours are all in distinct classes (local class = slot offset), degree below 2^16. */
    private final boolean[] distinctClasses;
    private static final int KEY_SHIFT = 16;
    private static final long KEY_MASK = (1L << KEY_SHIFT) - 1;

    /** A router with the default {@link Semantics#RELAXED} rules. */
    public FastPathRouter(final CsrNetwork net) {
        this(net, Semantics.RELAXED);
    }

    /** A router with scratch arrays sized for {@code net}. */
    public FastPathRouter(final CsrNetwork net, final Semantics semantics) {
        this.net = net;
        this.semantics = semantics;
        this.exact = semantics == Semantics.QSPN_IDEAL ? new ContiguousPathSearch(net, this, EXACT_SEARCH_MAX_PATHS)
                : null;
        final int n = net.n;
        labelClass = new int[n];
        Arrays.fill(labelClass, -1);
        best = new int[n];
        second = new int[n];
        Arrays.fill(best, NO_PATH);
        Arrays.fill(second, NO_PATH);
        int maxDegree = 0;
        for (int x = 0; x < n; x++) {
            maxDegree = Math.max(maxDegree, net.degree(x));
        }
        out = new long[maxDegree + 1];
        distinctClasses = new boolean[n];
        for (int x = 0; x < n; x++) {
            final int start = net.adjStart[x];
            final int degree = net.degree(x);
            distinctClasses[x] = degree <= KEY_MASK && (degree == 0 || hop(net.adjMeta[start + degree - 1]) == degree - 1);
        }
    }

    /** The network this router reads. */
    public CsrNetwork network() {
        return net;
    }

    /** The rules this router applies. */
    public Semantics semantics() {
        return semantics;
    }

    /** QSPN_IDEAL: entries whose exact search hit the cap and kept the relaxed value (should be 0). */
    public long exactSearchesGivenUp() {
        return exactGaveUp;
    }

    /** QSPN_IDEAL: partial paths expanded by the exact searches so far. */
    public long exactPathsExpanded() {
        return exact == null ? 0 : exact.expanded();
    }

    /** Number of destination searches run so far (for tests and benchmarks). */
    public long searchCount() {
        return searches;
    }

    /** Computes all tables into a new {@link RouteTables}. */
    public RouteTables computeAll() {
        final RouteTables tables = RouteTables.allocate(net);
        computeAll(tables);
        return tables;
    }

    /** Computes all tables of all identities, streaming every entry to {@code sink}. */
    public void computeAll(final RouteSink sink) {
        final CsrNetwork g = net;
        chooseQueue();
        for (int level = 0; level < g.levels; level++) {
            final int parents = g.gLo[level + 1].length;
            for (int p = 0; p < parents; p++) {
                searchAllChildren(level, p, -1, sink);
            }
        }
    }

    /**
     * Sets the cost of external arc {@code arc} ({@code -1} removes it) and rewrites, through
     * {@code sink}, exactly the entries of the destinations whose search region contains the arc.
     * Entries of other destinations cannot change, with one exception that does not matter: after a
     * removal, the removed arc's own neighbour table keeps stale entries for the destinations below the
     * arc's level (that table no longer exists; the entries rewritten here are unreachable).
     */
    public void updateArc(final int arc, final int newCost, final RouteSink sink) {
        final CsrNetwork g = net;
        g.setArcCost(arc, newCost);
        chooseQueue();
        final int arcLevel = g.arcLevel(arc);
        final int x = g.adjTarget[g.adjTwin[g.arcSlot[arc]]];
        for (int level = arcLevel; level < g.levels; level++) {
            final int skip = level == arcLevel ? -1 : g.gid[level][x];
            searchAllChildren(level, g.gid[level + 1][x], skip, sink);
        }
    }

    private void searchAllChildren(final int level, final int parent, final int skipChild, final RouteSink sink) {
        final CsrNetwork g = net;
        final int pLo = g.gLo[level + 1][parent];
        final int pHi = g.gHi[level + 1][parent];
        final int firstChild = g.gid[level][pLo];
        final int lastChild = g.gid[level][pHi - 1];
        if (firstChild == lastChild) {
            return;
        }
        for (int c = firstChild; c <= lastChild; c++) {
            if (c != skipChild && g.realRank[level][c] >= 0) {
                search(level, pLo, pHi, c, sink);
            }
        }
    }

    private void search(final int level, final int pLo, final int pHi, final int child, final RouteSink sink) {
        final CsrNetwork g = net;
        final int dLo = g.gLo[level][child];
        final int dHi = g.gHi[level][child];
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final long[] adjMeta = g.adjMeta;
        final int[] labelClass = this.labelClass;
        final int[] best = this.best;
        final int[] second = this.second;
        searches++;
        final MonotoneQueue queue = this.queue;
        queue.clear();
        // seeds: x in P \ d with an arc x -> z into d has the path {x -> z} (it ends when it enters d)
        for (int z = dLo; z < dHi; z++) {
            for (int i = adjStart[z], end = adjStart[z + 1]; i < end; i++) {
                final int x = adjTarget[i];
                final long m = adjMeta[i];
                if (x < pLo || x >= pHi || (x >= dLo && x < dHi) || (int) m < 0) {
                    continue;
                }
                queue.push((int) m, ((long) x << 32) | excl(m));   // x's first hop is x -> z, of class h_x(z)
            }
        }
        // Labels: a node keeps its best path and its best path whose first hop is in another class.
        // The state u -> x of docs/routing.md forbids exactly one class of first hops of x (that of u),
        // so one of the two labels is its value; a label only needs to reach the u it serves.
        if (queue == bucketQueue) {
            settleOnBuckets(pLo, pHi, dLo, dHi);
        } else {
            settle(pLo, pHi, dLo, dHi);
        }
        emit(level, pLo, pHi, child, dLo, dHi, sink);
        Arrays.fill(labelClass, pLo, pHi, -1);
        Arrays.fill(best, pLo, pHi, NO_PATH);
        Arrays.fill(second, pLo, pHi, NO_PATH);
    }

    /**
     * {@link #settle} on the {@link BucketQueue}, its arrays and counters held in locals (about 5 % faster
     * than calling it: the calls reload every field, as the cold {@code grow} may replace the slots). The
     * relaxation test is branch-free: which arcs pass is data-dependent and would be mispredicted often; an
     * entry is stored in any case and counted only if it passes.
     */
    private void settleOnBuckets(final int pLo, final int pHi, final int dLo, final int dHi) {
        final CsrNetwork g = net;
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final long[] adjMeta = g.adjMeta;
        final long[] classSlots = g.classSlots;
        final int[] labelClass = this.labelClass;
        final int[] best = this.best;
        final int[] second = this.second;
        final BucketQueue q = bucketQueue;
        final int[] sizes = q.sizes;
        final int mask = q.mask;
        long[] slots = q.slots;
        int shift = q.shift;
        int full = (1 << shift) - 1;
        int current = q.current;
        int size = q.size;
        while (size > 0) {
            int b = current & mask;
            while (sizes[b] == 0) {
                current++;
                b = current & mask;
            }
            size--;
            final int top = sizes[b] - 1;
            sizes[b] = top;
            final long label = slots[(b << shift) + top];
            final int val = current;
            final int x = (int) (label >>> 32);
            final int k = (int) label;
            final int cx = labelClass[x];
            final int from;
            final int to;
            if (cx == -1) {
                labelClass[x] = k;
                best[x] = val;
                from = adjStart[x];
                to = adjStart[x + 1];
            } else if (cx >= 0 && cx != k) {
                labelClass[x] = -2 - cx;
                second[x] = val;
                // only the states u -> x that may not use the best label can use this one: u in its class
                final long r = classSlots[adjStart[x] + cx];
                from = (int) r;
                to = (int) (r >>> 32);
            } else {
                continue;
            }
            for (int e = from; e < to; e++) {
                final int u = adjTarget[e];
                final long m = adjMeta[e];
                final int c = (int) m;
                final int excluded = hop(m);   // h_u(x): the state u -> x may not go on into it
                final int cls = excl(m);       // h_x(u): the class of the path u -> x -> ...
                final int cu = labelClass[u];
                // u in P \ d, arc enabled, u -> x may use this label, u not settled twice nor already in cls
                final boolean take = ((u - pLo) | (pHi - 1 - u)) >= 0 & ((u - dLo) | (dHi - 1 - u)) < 0 & c >= 0
                        & excluded != k & cu >= -1 & cu != cls;
                final int bb = (val + c) & mask;
                final int sb = sizes[bb];
                if (sb == full) {
                    q.grow();
                    slots = q.slots;
                    shift = q.shift;
                    full = (1 << shift) - 1;
                }
                slots[(bb << shift) + sb] = ((long) u << 32) | cls;
                final int one = take ? 1 : 0;
                sizes[bb] = sb + one;
                size += one;
            }
        }
        q.current = current;
        q.size = size;
    }

    /** Settles the labels of the search seeded in the queue (any {@link MonotoneQueue}). */
    private void settle(final int pLo, final int pHi, final int dLo, final int dHi) {
        final CsrNetwork g = net;
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final long[] adjMeta = g.adjMeta;
        final long[] classSlots = g.classSlots;
        final int[] labelClass = this.labelClass;
        final int[] best = this.best;
        final int[] second = this.second;
        final MonotoneQueue queue = this.queue;
        while (!queue.isEmpty()) {
            final long label = queue.pop();
            final int val = queue.lastKey();
            final int x = (int) (label >>> 32);
            final int k = (int) label;
            final int cx = labelClass[x];
            final int from;
            final int to;
            if (cx == -1) {
                labelClass[x] = k;
                best[x] = val;
                from = adjStart[x];
                to = adjStart[x + 1];
            } else if (cx >= 0 && cx != k) {
                labelClass[x] = -2 - cx;
                second[x] = val;
                // only the states u -> x that may not use the best label can use this one: u in its class
                final long r = classSlots[adjStart[x] + cx];
                from = (int) r;
                to = (int) (r >>> 32);
            } else {
                continue;
            }
            // branch-free test: which arcs pass is data-dependent and would be mispredicted often
            for (int e = from; e < to; e++) {
                final int u = adjTarget[e];
                final long m = adjMeta[e];
                final int c = (int) m;
                final int excluded = hop(m);   // h_u(x): the state u -> x may not go on into it
                final int cls = excl(m);       // h_x(u): the class of the path u -> x -> ...
                final int cu = labelClass[u];
                // u in P \ d, arc enabled, u -> x may use this label, u not settled twice nor already in cls
                final boolean take = ((u - pLo) | (pHi - 1 - u)) >= 0 & ((u - dLo) | (dHi - 1 - u)) < 0 & c >= 0
                        & excluded != k & cu >= -1 & cu != cls;
                queue.pushIf(val + c, ((long) u << 32) | cls, take);
            }
        }
    }

    private void emit(final int level, final int pLo, final int pHi, final int child, final int dLo, final int dHi,
            final RouteSink sink) {
        final CsrNetwork g = net;
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final long[] adjMeta = g.adjMeta;
        final int[] labelClass = this.labelClass;
        final int[] best = this.best;
        final int[] second = this.second;
        sink.destination(level, child, pLo, pHi, dLo, dHi);
        // RouteTables keeps the block of one destination contiguous in node order: write into it directly
        final RouteTables direct = exact == null && sink instanceof RouteTables ? (RouteTables) sink : null;
        final long[] out = direct != null ? direct.entries() : this.out;
        int at = direct != null ? direct.blockStart(level, child) : 0;
        for (int x = pLo; x < pHi; x++) {
            if (x == dLo) {
                x = dHi - 1;
                continue;
            }
            final int start = adjStart[x];
            final int end = adjStart[x + 1];
            // over the out-arcs x -> z (cost: the arc plus z's best path avoiding h_x(z)), the cheapest,
            // and the cheapest whose neighbour is in another class (first slot on ties for both)
            long cost1 = NO_PATH;
            int slot1 = -1;
            int class1 = -1;
            long cost2 = NO_PATH;
            int slot2 = -1;
            if (distinctClasses[x]) {
                // every neighbour its own class: the two smallest (cost, slot) keys, without branches
                long key1 = Long.MAX_VALUE;
                long key2 = Long.MAX_VALUE;
                for (int i = start; i < end; i++) {
                    final long m = adjMeta[i];
                    final int c = (int) m;
                    final int z = adjTarget[i];
                    final int cz = labelClass[z];
                    final int bestClass = cz < -1 ? -2 - cz : cz;
                    final int rest = bestClass != excl(m) ? best[z] : second[z];
                    final long v = c + (long) (((z - dLo) | (dHi - 1 - z)) >= 0 ? 0 : rest);
                    final long key = c < 0 ? Long.MAX_VALUE : v << KEY_SHIFT | (i - start);
                    final long lo = Math.min(key1, key);
                    key2 = Math.min(key2, Math.max(key1, key));
                    key1 = lo;
                }
                if (key1 >>> KEY_SHIFT < NO_PATH) {
                    cost1 = key1 >>> KEY_SHIFT;
                    slot1 = start + (int) (key1 & KEY_MASK);
                    class1 = slot1 - start;
                }
                if (key2 >>> KEY_SHIFT < NO_PATH) {
                    cost2 = key2 >>> KEY_SHIFT;
                    slot2 = start + (int) (key2 & KEY_MASK);
                }
            } else {
            for (int i = start; i < end; i++) {
                final long m = adjMeta[i];
                final int c = (int) m;
                if (c < 0) {
                    continue;
                }
                // unlabelled nodes (also those outside P and in d) hold NO_PATH in both labels
                final int z = adjTarget[i];
                final int cz = labelClass[z];
                final int bestClass = cz < -1 ? -2 - cz : cz;
                final int rest = bestClass != excl(m) ? best[z] : second[z];
                final long v = c + (long) (((z - dLo) | (dHi - 1 - z)) >= 0 ? 0 : rest);
                final int cls = hop(m);
                if (cls == class1) {
                    if (v < cost1) {
                        cost1 = v;
                        slot1 = i;
                    }
                } else if (v < cost1) {
                    cost2 = cost1;
                    slot2 = slot1;
                    cost1 = v;
                    slot1 = i;
                    class1 = cls;
                } else if (v < cost2) {
                    cost2 = v;
                    slot2 = i;
                }
            }
            }
            final long ntk = slot1 < 0 ? RouteEntry.UNREACHABLE : RouteEntry.of((int) cost1, slot1);
            final long other = slot2 < 0 ? RouteEntry.UNREACHABLE : RouteEntry.of((int) cost2, slot2);
            out[at] = ntk;
            final int shift = at + 1 - start;
            for (int i = start; i < end; i++) {
                final int v = adjTarget[i];
                // split horizon, d = h_v(x): v is in d (x and v are in P, x is not in d, so they differ at L);
                // otherwise h_v(x) is the class of v: ntk unless the best path starts in it
                final long m = adjMeta[i];
                final boolean split = (int) m < 0 | ((v - dLo) | (dHi - 1 - v)) >= 0;
                out[shift + i] = split ? RouteEntry.UNREACHABLE : class1 != hop(m) ? ntk : other;
            }
            if (direct != null) {
                at += 1 + end - start;
                continue;
            }
            if (exact != null) {
                makeExact(x, start, end, pLo, pHi, dLo, dHi, out);
            }
            sink.acceptNode(x, g.slotOfChild(x, level, child), out, 1 + end - start);
        }
    }

    private void makeExact(final int x, final int start, final int end, final int pLo, final int pHi, final int dLo,
            final int dHi, final long[] out) {
        for (int t = 0; t <= end - start; t++) {
            if (out[t] == RouteEntry.UNREACHABLE) {
                continue;     // the relaxed rule is weaker: no relaxed path, no exact one (and split horizon)
            }
            final int f = t == 0 ? -1 : net.adjTwin[start + t - 1];
            final long e = exact.search(x, pLo, pHi, dLo, dHi, f < 0 ? 0 : net.exclLo[f], f < 0 ? 0 : net.exclHi[f]);
            if (e == ContiguousPathSearch.GAVE_UP) {
                exactGaveUp++;
            } else {
                out[t] = e;
            }
        }
    }

    /**
     * For the last search: the relaxed cost from w onwards after arriving over the arc slot
     * {@code y -> w} (the state y -> w), or -1 if there is none; 0 if w is in d.
     */
    int relaxedRemainder(final int slot, final int dLo, final int dHi) {
        final int w = net.adjTarget[slot];
        if (w >= dLo && w < dHi) {
            return 0;
        }
        final int cw = labelClass[w];
        if (cw == -1) {
            return -1;
        }
        final boolean full = cw < -1;
        if ((full ? -2 - cw : cw) != excl(net.adjMeta[slot])) {
            return best[w];
        }
        return full ? second[w] : -1;
    }

    /** Slot x -> z: the class of z among x's neighbours (local number at x). */
    private static int hop(final long meta) {
        return (int) (meta >>> 32) & 0xffff;
    }

    /** Slot x -> z: the class of x among z's neighbours (local number at z). */
    private static int excl(final long meta) {
        return (int) (meta >>> 48);
    }

    /**
     * Keys pushed lie at most one arc cost beyond the last popped key (seeds: one arc cost beyond 0),
     * so Dial's buckets work whenever the costs are small; allocates only when the largest cost grows.
     */
    private void chooseQueue() {
        final int maxCost = net.maxCost;
        if (maxCost <= BUCKET_QUEUE_MAX_COST) {
            if (bucketQueue == null || bucketQueue.maxStep() < maxCost) {
                bucketQueue = new BucketQueue(maxCost);
            }
            queue = bucketQueue;
        } else {
            if (radixQueue == null) {
                radixQueue = new RadixQueue();
            }
            queue = radixQueue;
        }
    }
}
