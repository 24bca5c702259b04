package org.ntksim.experiment.statictables;

import it.unimi.dsi.fastutil.longs.LongArrayList;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;
import org.ntksim.metrics.RunRecorder;

/**
 * Measures the converged route tables of a network and writes the figures into a
 * {@link RunRecorder} (names in docs/experiments.md). Path stretch: a packet walks hop by hop from a
 * sampled source to a sampled target, looking up {@code ntk} at the source and
 * {@code ntk_from_<previous hop>} at every transit node, the destination at each hop being the
 * target's maximum distinct g-node; the walk's cost divided by the plain shortest-path cost on the
 * whole graph (Dijkstra here, ignoring addresses) is the pair's stretch. A walk that finds no route
 * or exceeds {@code n * levels + 1} hops counts as failed. Entry counts come from the router's
 * stream ({@link EntryCounter}), so they cost O(1) per entry. Not thread-safe (one per run).
 */
final class TableMeasurements {
    private final NetworkState state;
    private final RouteTables tables;
    private final CsrNetwork net;
    private final int n;
    private final int[] start;
    private final int[] neighbour;
    private final int[] weight;

    /**
     * Computes every table of {@code state} on the fast path, storing them if they fit in
     * {@link RouteTables} (2^31 entries) and only counting them otherwise (then stretch is not
     * measured).
     */
    static TableMeasurements compute(final NetworkState state) {
        final CsrNetwork net = CsrNetwork.freeze(state);
        RouteTables tables;
        try {
            tables = RouteTables.allocate(net);
        } catch (final IllegalArgumentException tooManyEntries) {
            tables = null;
        }
        final EntryCounter counter = new EntryCounter(tables);
        new FastPathRouter(net).computeAll(counter);
        return new TableMeasurements(state, net, tables, counter);
    }

    private final EntryCounter counter;

    private TableMeasurements(final NetworkState state, final CsrNetwork net, final RouteTables tables,
            final EntryCounter counter) {
        this.state = state;
        this.tables = tables;
        this.net = net;
        this.counter = counter;
        this.n = state.identityCount();
        // plain adjacency of the whole graph, for Dijkstra
        final int[] deg = new int[n];
        for (int e = 0; e < state.arcCount(); e++) {
            deg[state.arcA(e)]++;
            deg[state.arcB(e)]++;
        }
        start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + deg[v];
        }
        neighbour = new int[start[n]];
        weight = new int[start[n]];
        final int[] fill = Arrays.copyOf(start, n);
        for (int e = 0; e < state.arcCount(); e++) {
            final int a = state.arcA(e);
            final int b = state.arcB(e);
            neighbour[fill[a]] = b;
            weight[fill[a]++] = state.arcCost(e);
            neighbour[fill[b]] = a;
            weight[fill[b]++] = state.arcCost(e);
        }
    }

    /** Records every figure; {@code pairs} source-target pairs are drawn from {@code rnd}. */
    void record(final RunRecorder rec, final int pairs, final RandomGenerator rnd) {
        rec.scalar("nodes", n);
        rec.scalar("arcs", state.arcCount());
        rec.scalar("levels", state.levels());
        recordTableSizes(rec);
        recordAddressUse(rec);
        recordStretch(rec, pairs, rnd);
    }

    private void recordTableSizes(final RunRecorder rec) {
        long destSum = 0;
        long destMax = 0;
        long entrySum = 0;
        long entryMax = 0;
        for (int internal = 0; internal < n; internal++) {
            final int d = net.destinationCount(internal);
            final long entries = (long) d * (1 + net.degree(internal));
            destSum += d;
            destMax = Math.max(destMax, d);
            entrySum += entries;
            entryMax = Math.max(entryMax, entries);
        }
        if (entrySum != counter.entries) {
            throw new IllegalStateException("router streamed " + counter.entries + " entries, tables should hold "
                    + entrySum);
        }
        rec.scalar("destinations_per_node.mean", (double) destSum / n);
        rec.scalar("destinations_per_node.max", destMax);
        rec.scalar("route_entries_per_node.mean", (double) entrySum / n);
        rec.scalar("route_entries_per_node.max", entryMax);
        rec.scalar("route_entries.total", entrySum);
        rec.scalar("unreachable_entries", counter.unreachable);
        rec.scalar("unreachable_ntk_entries", counter.unreachableNtk);
        rec.scalar("tables_stored", tables != null ? 1 : 0);
    }

    /**
     * Per level l: g-nodes of level l that have a member, over the positions their parents offer
     * ({@code parents(l+1) * gsize(l)}). Internal ids are in address order, so a g-node is a run of
     * consecutive internal ids: count the boundaries.
     */
    private void recordAddressUse(final RunRecorder rec) {
        final int levels = state.levels();
        final long[] gnodes = new long[levels + 1];
        gnodes[levels] = 1;
        for (int l = 0; l < levels; l++) {
            gnodes[l] = 1;
        }
        for (int i = 1; i < n; i++) {
            final int prev = net.externalId(i - 1);
            final int cur = net.externalId(i);
            int highest = -1;
            for (int l = levels - 1; l >= 0; l--) {
                if (state.position(prev, l) != state.position(cur, l)) {
                    highest = l;
                    break;
                }
            }
            for (int l = 0; l <= highest; l++) {
                gnodes[l]++;
            }
        }
        for (int l = 0; l < levels; l++) {
            rec.scalar("gnodes.level" + l, gnodes[l]);
            rec.scalar("address_use.level" + l, (double) gnodes[l] / ((double) gnodes[l + 1] * state.gsize(l)));
        }
    }

    private void recordStretch(final RunRecorder rec, final int pairs, final RandomGenerator rnd) {
        if (n < 2 || pairs == 0 || tables == null) {
            rec.scalar("stretch.pairs", 0);
            return;
        }
        // draw all pairs first, then group by source so each source needs one Dijkstra
        final long[] pair = new long[pairs];
        for (int k = 0; k < pairs; k++) {
            final int src = rnd.nextInt(n);
            int dst = rnd.nextInt(n - 1);
            if (dst >= src) {
                dst++;
            }
            pair[k] = ((long) src << 32) | dst;
        }
        Arrays.sort(pair);
        final long[] dist = new long[n];
        int current = -1;
        double sum = 0;
        double max = 0;
        int failed = 0;
        int measured = 0;
        for (final long p : pair) {
            final int src = (int) (p >>> 32);
            final int dst = (int) p;
            if (src != current) {
                shortest(src, dist);
                current = src;
            }
            final long walk = walkCost(src, dst);
            if (walk < 0) {
                failed++;
                continue;
            }
            final double s = (double) walk / dist[dst];
            sum += s;
            max = Math.max(max, s);
            measured++;
        }
        rec.scalar("stretch.pairs", pairs);
        rec.scalar("stretch.failed", failed);
        if (measured > 0) {
            rec.scalar("stretch.mean", sum / measured);
            rec.scalar("stretch.max", max);
        }
    }

    /**
     * Cost of the hop-by-hop forwarding walk from {@code src} to {@code dst} (external ids), or -1
     * if some hop finds no route or the walk is longer than {@code n * levels + 1} hops.
     */
    long walkCost(final int src, final int dst) {
        final int maxSteps = n * state.levels() + 1;
        int cur = src;
        int prevArc = -1;
        long cost = 0;
        for (int steps = 0; cur != dst; steps++) {
            if (steps > maxSteps) {
                return -1;
            }
            final int level = maxDistinct(cur, dst);
            final int arc = tables.nextArc(cur, prevArc, level, state.position(dst, level));
            if (arc < 0) {
                return -1;
            }
            cost += state.arcCost(arc);
            cur = state.arcA(arc) == cur ? state.arcB(arc) : state.arcA(arc);
            prevArc = arc;
        }
        return cost;
    }

    /** Shortest-path costs from {@code src} over the whole graph (binary-heap Dijkstra). */
    void shortest(final int src, final long[] dist) {
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[src] = 0;
        // heap of (dist << 24 | node) would limit n; keep a lazy heap of (dist, node) pairs instead
        final LongArrayList heapDist = new LongArrayList();
        final it.unimi.dsi.fastutil.ints.IntArrayList heapNode = new it.unimi.dsi.fastutil.ints.IntArrayList();
        push(heapDist, heapNode, 0, src);
        while (!heapDist.isEmpty()) {
            final long d = heapDist.getLong(0);
            final int v = heapNode.getInt(0);
            pop(heapDist, heapNode);
            if (d > dist[v]) {
                continue;
            }
            for (int i = start[v]; i < start[v + 1]; i++) {
                final int w = neighbour[i];
                final long nd = d + weight[i];
                if (nd < dist[w]) {
                    dist[w] = nd;
                    push(heapDist, heapNode, nd, w);
                }
            }
        }
    }

    private int maxDistinct(final int a, final int b) {
        for (int l = state.levels() - 1; l >= 0; l--) {
            if (state.position(a, l) != state.position(b, l)) {
                return l;
            }
        }
        return -1;
    }

    private static void push(final LongArrayList hd, final it.unimi.dsi.fastutil.ints.IntArrayList hn,
            final long d, final int v) {
        hd.add(d);
        hn.add(v);
        int i = hd.size() - 1;
        while (i > 0) {
            final int parent = (i - 1) / 2;
            if (hd.getLong(parent) <= d) {
                break;
            }
            hd.set(i, hd.getLong(parent));
            hn.set(i, hn.getInt(parent));
            i = parent;
        }
        hd.set(i, d);
        hn.set(i, v);
    }

    private static void pop(final LongArrayList hd, final it.unimi.dsi.fastutil.ints.IntArrayList hn) {
        final int last = hd.size() - 1;
        final long d = hd.getLong(last);
        final int v = hn.getInt(last);
        hd.removeLong(last);
        hn.removeInt(last);
        if (last == 0) {
            return;
        }
        int i = 0;
        final int size = last;
        while (true) {
            int child = 2 * i + 1;
            if (child >= size) {
                break;
            }
            if (child + 1 < size && hd.getLong(child + 1) < hd.getLong(child)) {
                child++;
            }
            if (hd.getLong(child) >= d) {
                break;
            }
            hd.set(i, hd.getLong(child));
            hn.set(i, hn.getInt(child));
            i = child;
        }
        hd.set(i, d);
        hn.set(i, v);
    }
}
