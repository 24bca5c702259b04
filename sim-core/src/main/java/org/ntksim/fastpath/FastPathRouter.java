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
    private final int[] value;
    private final int[] stamp;
    private final int[] done;
    private int epoch;
    private final RadixQueue queue = new RadixQueue();
    private long searches;

    /** A router with scratch arrays sized for {@code net}. */
    public FastPathRouter(final CsrNetwork net) {
        this.net = net;
        final int slots = net.adjTarget.length;
        value = new int[slots];
        stamp = new int[slots];
        done = new int[slots];
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
        final int[] exclLo = g.exclLo;
        final int[] exclHi = g.exclHi;
        final int[] value = this.value;
        final int[] stamp = this.stamp;
        final int[] done = this.done;
        if (++epoch == INF) {
            resetEpochs();
        }
        final int ep = epoch;
        searches++;
        final RadixQueue queue = this.queue;
        queue.clear();
        // seeds: arcs x -> z entering d from P \ d have value 0 (x's path ends when it enters d)
        for (int z = dLo; z < dHi; z++) {
            for (int i = adjStart[z], end = adjStart[z + 1]; i < end; i++) {
                final int x = adjTarget[i];
                if (x < pLo || x >= pHi || (x >= dLo && x < dHi) || adjCost[i] < 0) {
                    continue;
                }
                final int b = adjTwin[i];
                value[b] = 0;
                stamp[b] = ep;
                queue.push(0, b);
            }
        }
        while (!queue.isEmpty()) {
            final long key = queue.pop();
            final int b = (int) key;
            if (done[b] == ep) {
                continue;
            }
            done[b] = ep;
            final int x = adjTarget[adjTwin[b]];
            final int z = adjTarget[b];
            final int cand = (int) (key >>> 32) + adjCost[b];
            for (int e = adjStart[x], end = adjStart[x + 1]; e < end; e++) {
                final int u = adjTarget[e];
                if (u < pLo || u >= pHi || (u >= dLo && u < dHi) || adjCost[e] < 0) {
                    continue;
                }
                final int f = adjTwin[e];
                if (done[f] == ep || (z >= exclLo[f] && z < exclHi[f])) {
                    continue;
                }
                if (stamp[f] != ep || cand < value[f]) {
                    value[f] = cand;
                    stamp[f] = ep;
                    queue.push(cand, f);
                }
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
        final int[] adjTwin = g.adjTwin;
        final int[] exclLo = g.exclLo;
        final int[] exclHi = g.exclHi;
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
            final long ntk = best(x, start, end, pLo, pHi, dLo, dHi, -1, -1, ep);
            sink.accept(x, 0, slot, ntk);
            final int ntkTarget = ntk == RouteEntry.UNREACHABLE ? -1 : adjTarget[(int) ntk];
            for (int i = start; i < end; i++) {
                final int f = adjTwin[i];
                final int lo = exclLo[f];
                final int hi = exclHi[f];
                final long entry;
                if (adjCost[i] < 0 || (dLo >= lo && dHi <= hi)) {
                    entry = RouteEntry.UNREACHABLE;
                } else if (ntkTarget >= 0 && (ntkTarget < lo || ntkTarget >= hi)) {
                    entry = ntk;
                } else {
                    entry = best(x, start, end, pLo, pHi, dLo, dHi, lo, hi, ep);
                }
                sink.accept(x, 1 + i - start, slot, entry);
            }
        }
    }

    private long best(final int x, final int start, final int end, final int pLo, final int pHi, final int dLo,
            final int dHi, final int exLo, final int exHi, final int ep) {
        final int[] adjTarget = net.adjTarget;
        final int[] adjCost = net.adjCost;
        long bestCost = Long.MAX_VALUE;
        int bestSlot = -1;
        for (int i = start; i < end; i++) {
            final int z = adjTarget[i];
            final int c = adjCost[i];
            if (c < 0 || z < pLo || z >= pHi || (z >= exLo && z < exHi)) {
                continue;
            }
            final long v;
            if (z >= dLo && z < dHi) {
                v = c;
            } else if (stamp[i] == ep) {
                v = (long) c + value[i];
            } else {
                continue;
            }
            if (v < bestCost) {
                bestCost = v;
                bestSlot = i;
            }
        }
        return bestSlot < 0 ? RouteEntry.UNREACHABLE : RouteEntry.of((int) bestCost, bestSlot);
    }

    private void resetEpochs() {
        Arrays.fill(stamp, 0);
        Arrays.fill(done, 0);
        epoch = 1;
    }

}
