package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * Computes the route tables of every identity of a {@link CsrNetwork} (rules: docs/routing.md).
 *
 * <p>For every level L, every level-(L+1) g-node P and every real child d of P (a destination of
 * all the other nodes of P), one reverse Dijkstra over <em>arc states</em> inside P \ d: the value
 * of the state {@code u -> x} is the cost of x's best admissible path to d when the packet came from
 * u, i.e. the entry of x's table {@code ntk_from_u}; its successors {@code x -> z} must avoid u's
 * maximum distinct g-node as seen by x. Then every node of P \ d reads its {@code ntk} entry and its
 * per-neighbour entries from the values of its out-arcs. Work: sum over levels of
 * {@code gsize(L) * sum(deg^2)} relaxations instead of n full Dijkstras; the scratch arrays and the
 * queue (a monotone radix heap, {@link RadixQueue}) are reused, so a rebuild allocates nothing once
 * the queue's buckets have grown (the sink must not allocate either).
 *
 * <p>{@link #updateArc} reruns only the searches whose region P \ d contains the changed arc: levels
 * at or above the arc's level, in the g-node that contains it, skipping the child that contains both
 * ends. Not thread-safe.
 */
public final class FastPathRouter {
    private static final int INF = Integer.MAX_VALUE;

    private final CsrNetwork net;
    private final int[] best;
    private final int[] bestClass;
    private final int[] second;
    private final int[] bestStamp;
    private final int[] secondStamp;
    private final long[] via;
    private int epoch;
    /** Largest arc cost for which the bucket queue is used (its circle has at most 2^k > this buckets). */
    static final int BUCKET_QUEUE_MAX_COST = 4096;

    private RadixQueue radixQueue;
    private BucketQueue bucketQueue;
    private MonotoneQueue queue;
    private long searches;

    /** A router with scratch arrays sized for {@code net}. */
    public FastPathRouter(final CsrNetwork net) {
        this.net = net;
        final int n = net.n;
        best = new int[n];
        bestClass = new int[n];
        second = new int[n];
        bestStamp = new int[n];
        secondStamp = new int[n];
        int maxDegree = 0;
        for (int x = 0; x < n; x++) {
            maxDegree = Math.max(maxDegree, net.degree(x));
        }
        via = new long[maxDegree];
    }

    /** The network this router reads. */
    public CsrNetwork network() {
        return net;
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
        final int[] adjCost = g.adjCost;
        final int[] adjTwin = g.adjTwin;
        final int[] adjSource = g.adjSource;
        final int[] hopClass = g.hopClass;
        final int[] best = this.best;
        final int[] bestClass = this.bestClass;
        final int[] second = this.second;
        final int[] bestStamp = this.bestStamp;
        final int[] secondStamp = this.secondStamp;
        if (++epoch == INF) {
            resetEpochs();
        }
        final int ep = epoch;
        searches++;
        final MonotoneQueue queue = this.queue;
        queue.clear();
        // seeds: x in P \ d with an arc x -> z into d has the path {x -> z} (it ends when it enters d)
        for (int z = dLo; z < dHi; z++) {
            for (int i = adjStart[z], end = adjStart[z + 1]; i < end; i++) {
                final int x = adjTarget[i];
                if (x < pLo || x >= pHi || (x >= dLo && x < dHi) || adjCost[i] < 0) {
                    continue;
                }
                queue.push(adjCost[i], adjTwin[i]);
            }
        }
        // Labels: a node keeps its best path and its best path whose first hop is in another class.
        // The state u -> x of docs/routing.md forbids exactly one class of first hops of x (that of u),
        // so one of the two labels is its value; a label only needs to reach the u it serves.
        while (!queue.isEmpty()) {
            final long key = queue.pop();
            final int hop = (int) key;
            final int val = (int) (key >>> 32);
            final int x = adjSource[hop];
            final int k = hopClass[hop];
            final boolean isSecond;
            if (bestStamp[x] != ep) {
                bestStamp[x] = ep;
                best[x] = val;
                bestClass[x] = k;
                isSecond = false;
            } else if (secondStamp[x] != ep && bestClass[x] != k) {
                secondStamp[x] = ep;
                second[x] = val;
                isSecond = true;
            } else {
                continue;
            }
            final int k1 = bestClass[x];
            for (int e = adjStart[x], end = adjStart[x + 1]; e < end; e++) {
                final int u = adjTarget[e];
                final int c = adjCost[e];
                if (u < pLo || u >= pHi || (u >= dLo && u < dHi) || c < 0 || secondStamp[u] == ep) {
                    continue;
                }
                final int excluded = hopClass[e];   // h_u(x): the state u -> x may not go on into it
                if (excluded == k || (isSecond && excluded != k1)) {
                    continue;
                }
                final int f = adjTwin[e];
                if (bestStamp[u] == ep && bestClass[u] == hopClass[f]) {
                    continue;
                }
                queue.push(val + c, f);
            }
        }
        emit(level, pLo, pHi, child, dLo, dHi, sink);
    }

    private void emit(final int level, final int pLo, final int pHi, final int child, final int dLo, final int dHi,
            final RouteSink sink) {
        final CsrNetwork g = net;
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final int[] adjCost = g.adjCost;
        final int[] hopClass = g.hopClass;
        final int[] exclLo = g.exclLo;
        final int[] exclHi = g.exclHi;
        final int[] adjTwin = g.adjTwin;
        final int[] best = this.best;
        final int[] bestClass = this.bestClass;
        final int[] second = this.second;
        final int[] bestStamp = this.bestStamp;
        final int[] secondStamp = this.secondStamp;
        final long[] via = this.via;
        final int ep = epoch;
        sink.destination(level, child, pLo, pHi, dLo, dHi);
        for (int x = pLo; x < pHi; x++) {
            if (x == dLo) {
                x = dHi - 1;
                continue;
            }
            final int slot = g.slotOfChild(x, level, child);
            final int start = adjStart[x];
            final int end = adjStart[x + 1];
            // cost of the best admissible path through each out-arc x -> z (the state x -> z plus the arc)
            long ntkCost = Long.MAX_VALUE;
            int ntkSlot = -1;
            for (int i = start; i < end; i++) {
                final int z = adjTarget[i];
                final int c = adjCost[i];
                long v = Long.MAX_VALUE;
                if (c >= 0 && z >= pLo && z < pHi) {
                    if (z >= dLo && z < dHi) {
                        v = c;
                    } else if (bestStamp[z] == ep) {
                        if (bestClass[z] != exclLo[i]) {
                            v = (long) c + best[z];
                        } else if (secondStamp[z] == ep) {
                            v = (long) c + second[z];
                        }
                    }
                }
                via[i - start] = v;
                if (v < ntkCost) {
                    ntkCost = v;
                    ntkSlot = i;
                }
            }
            final long ntk = ntkSlot < 0 ? RouteEntry.UNREACHABLE : RouteEntry.of((int) ntkCost, ntkSlot);
            sink.accept(x, 0, slot, ntk);
            final int ntkClass = ntkSlot < 0 ? -1 : hopClass[ntkSlot];
            long other = 0;
            boolean otherKnown = false;
            for (int i = start; i < end; i++) {
                final int f = adjTwin[i];
                final long entry;
                if (adjCost[i] < 0 || (dLo >= exclLo[f] && dHi <= exclHi[f])) {
                    entry = RouteEntry.UNREACHABLE;
                } else if (ntkClass != hopClass[i]) {
                    entry = ntk;      // h_v(x) is the class of v; the best path does not start in it
                } else {
                    if (!otherKnown) {
                        other = bestOutside(start, end, ntkClass, hopClass, via);
                        otherKnown = true;
                    }
                    entry = other;
                }
                sink.accept(x, 1 + i - start, slot, entry);
            }
        }
    }

    /** The cheapest out-arc (first slot on ties) whose neighbour is not in class {@code excluded}. */
    private static long bestOutside(final int start, final int end, final int excluded, final int[] hopClass,
            final long[] via) {
        long bestCost = Long.MAX_VALUE;
        int bestSlot = -1;
        for (int i = start; i < end; i++) {
            final long v = via[i - start];
            if (v < bestCost && hopClass[i] != excluded) {
                bestCost = v;
                bestSlot = i;
            }
        }
        return bestSlot < 0 ? RouteEntry.UNREACHABLE : RouteEntry.of((int) bestCost, bestSlot);
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

    private void resetEpochs() {
        Arrays.fill(bestStamp, 0);
        Arrays.fill(secondStamp, 0);
        epoch = 1;
    }

}
