package org.ntksim.growth;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import it.unimi.dsi.fastutil.longs.LongArrays;
import it.unimi.dsi.fastutil.longs.LongHeapPriorityQueue;
import java.util.Arrays;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteEntry;
import org.ntksim.fastpath.RouteSink;
import org.ntksim.fastpath.RouteTables;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Routing by the fast path: keeps a mirror of identities and QSPN arcs, and at each checkpoint
 * freezes every network (connected component of the mirror) into a {@link CsrNetwork} and computes
 * all its tables with {@link FastPathRouter} (nothing is recomputed between checkpoints, which is
 * what makes 10^6 nodes affordable).
 *
 * <p>Metrics per checkpoint (series at the checkpoint time, and scalars holding the last value):
 * {@code routes.ntk_mean}, {@code routes.ntk_max} (reachable destinations in {@code ntk}),
 * {@code routes.entries} (reachable entries over all tables, per-neighbour ones included),
 * {@code routes.ntk_unreachable}; and the path stretch on a seeded sample of pairs (stream
 * {@code growth.stretch}, index = checkpoint) in networks of at most {@code stretchMaxNodes} nodes:
 * the cost of the hop-by-hop forwarding walk over the computed tables (the {@code ntk} table at the
 * source, then at each hop the table of the neighbour the packet came from) divided by the plain
 * Dijkstra cost on the same graph: {@code stretch.mean}, {@code stretch.p95}, {@code stretch.max},
 * {@code stretch.pairs}, {@code stretch.failures} (walks that found no route or looped).
 *
 * <p>Not thread-safe.
 */
public final class FastPathBackend implements RoutingBackend {
    private final int levels;
    private final int[] gsizesTopFirst;
    private final RandomStreams streams;
    private final int stretchSources;
    private final int stretchTargets;
    private final int stretchMaxNodes;
    private final IntArrayList positions = new IntArrayList();
    private final IntArrayList alive = new IntArrayList();
    private final Long2IntOpenHashMap arcs = new Long2IntOpenHashMap();

    /** A backend for {@code config}'s topology and stretch sample, drawing from {@code streams}. */
    public FastPathBackend(final GrowthConfig config, final RandomStreams streams) {
        this.gsizesTopFirst = config.gsizesTopFirst();
        this.levels = gsizesTopFirst.length;
        this.streams = streams;
        this.stretchSources = config.stretchSources();
        this.stretchTargets = config.stretchTargetsPerSource();
        this.stretchMaxNodes = config.stretchMaxNodes();
        arcs.defaultReturnValue(-1);
    }

    private static long arcKey(final int a, final int b) {
        return a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
    }

    @Override
    public int addIdentity(final int[] positionsLevel0First) {
        final int id = alive.size();
        alive.add(1);
        for (int l = 0; l < levels; l++) {
            positions.add(positionsLevel0First[l]);
        }
        return id;
    }

    @Override
    public void removeIdentity(final int identity) {
        alive.set(identity, 0);
    }

    @Override
    public void changeAddress(final int identity, final int[] positionsLevel0First) {
        for (int l = 0; l < levels; l++) {
            positions.set(identity * levels + l, positionsLevel0First[l]);
        }
    }

    @Override
    public void addArc(final int identityA, final int identityB, final int cost, final long latencyNs) {
        arcs.put(arcKey(identityA, identityB), cost);
    }

    @Override
    public void removeArc(final int identityA, final int identityB) {
        arcs.remove(arcKey(identityA, identityB));
    }

    @Override
    public void changeArcCost(final int identityA, final int identityB, final int cost) {
        arcs.put(arcKey(identityA, identityB), cost);
    }

    @Override
    public void checkpoint(final int index, final long nowNs, final RunRecorder recorder) {
        final int ids = alive.size();
        // CSR over identity ids, arcs in key order (deterministic)
        final long[] keys = arcs.keySet().toLongArray();
        LongArrays.radixSort(keys);
        final int[] start = new int[ids + 1];
        for (final long k : keys) {
            start[(int) (k >>> 32) + 1]++;
            start[(int) k + 1]++;
        }
        for (int i = 0; i < ids; i++) {
            start[i + 1] += start[i];
        }
        final int[] adj = new int[2 * keys.length];
        final int[] fill = Arrays.copyOf(start, ids);
        for (final long k : keys) {
            final int a = (int) (k >>> 32);
            final int b = (int) k;
            adj[fill[a]++] = b;
            adj[fill[b]++] = a;
        }
        final int[] comp = new int[ids];
        Arrays.fill(comp, -1);
        final int[] local = new int[ids];
        final RandomGenerator rng = streams.stream("growth.stretch", index);
        long ntkSum = 0;
        long ntkMax = 0;
        long entries = 0;
        long unreachable = 0;
        long identitiesRouted = 0;
        final DoubleArrayList stretch = new DoubleArrayList();
        long failures = 0;
        final IntArrayList members = new IntArrayList();
        int comps = 0;
        for (int root = 0; root < ids; root++) {
            if (alive.getInt(root) == 0 || comp[root] >= 0) {
                continue;
            }
            members.clear();
            members.add(root);
            comp[root] = comps;
            for (int h = 0; h < members.size(); h++) {
                final int x = members.getInt(h);
                for (int s = start[x]; s < start[x + 1]; s++) {
                    final int y = adj[s];
                    if (comp[y] < 0) {
                        comp[y] = comps;
                        members.add(y);
                    }
                }
            }
            comps++;
            if (members.size() < 2) {
                continue;
            }
            final int[] sorted = members.toIntArray();
            Arrays.sort(sorted);
            final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
            final int[] top = new int[levels];
            for (int i = 0; i < sorted.length; i++) {
                final int x = sorted[i];
                local[x] = i;
                for (int l = 0; l < levels; l++) {
                    top[levels - 1 - l] = positions.getInt(x * levels + l);
                }
                b.addIdentity(top);
            }
            for (final int x : sorted) {
                for (int s = start[x]; s < start[x + 1]; s++) {
                    final int y = adj[s];
                    if (x < y) {
                        b.addArc(local[x], local[y], arcs.get(arcKey(x, y)));
                    }
                }
            }
            final NetworkState ns = b.build();
            final CsrNetwork net = CsrNetwork.freeze(ns);
            final FastPathRouter router = new FastPathRouter(net);
            final boolean sampleStretch = sorted.length <= stretchMaxNodes && stretchSources > 0 && stretchTargets > 0;
            final RouteTables tables = sampleStretch ? RouteTables.allocate(net) : null;
            final long[] ntk = new long[net.nodeCount()];
            final long[] counts = new long[2];
            router.computeAll(new RouteSink() {
                @Override
                public void accept(final int node, final int table, final int slot, final long entry) {
                    if (tables != null) {
                        tables.accept(node, table, slot, entry);
                    }
                    if (RouteEntry.isReachable(entry)) {
                        counts[0]++;
                        if (table == 0) {
                            ntk[node]++;
                        }
                    } else if (table == 0) {
                        counts[1]++;
                    }
                }

                @Override
                public void destination(final int level, final int child, final int pLo, final int pHi, final int dLo,
                        final int dHi) {
                    if (tables != null) {
                        tables.destination(level, child, pLo, pHi, dLo, dHi);
                    }
                }
            });
            entries += counts[0];
            unreachable += counts[1];
            for (final long c : ntk) {
                ntkSum += c;
                ntkMax = Math.max(ntkMax, c);
            }
            identitiesRouted += ntk.length;
            if (tables != null) {
                failures += sampleStretch(ns, net, tables, rng, stretch);
            }
        }
        recorder.sampleAndKeep("routes.ntk_mean", nowNs, identitiesRouted == 0 ? 0 : (double) ntkSum / identitiesRouted);
        recorder.sampleAndKeep("routes.ntk_max", nowNs, ntkMax);
        recorder.sampleAndKeep("routes.entries", nowNs, entries);
        recorder.sampleAndKeep("routes.ntk_unreachable", nowNs, unreachable);
        recorder.sampleAndKeep("stretch.pairs", nowNs, stretch.size());
        recorder.sampleAndKeep("stretch.failures", nowNs, failures);
        if (!stretch.isEmpty()) {
            final double[] v = stretch.toDoubleArray();
            DoubleArrays.quickSort(v);
            double sum = 0;
            for (final double x : v) {
                sum += x;
            }
            recorder.sampleAndKeep("stretch.mean", nowNs, sum / v.length);
            recorder.sampleAndKeep("stretch.p95", nowNs, v[Math.min(v.length - 1, (int) Math.ceil(0.95 * v.length) - 1)]);
            recorder.sampleAndKeep("stretch.max", nowNs, v[v.length - 1]);
        }
    }

    /** Samples pairs of one network; adds stretch values, returns the number of failed walks. */
    private long sampleStretch(final NetworkState ns, final CsrNetwork net, final RouteTables tables,
            final RandomGenerator rng, final DoubleArrayList out) {
        final int size = ns.identityCount();
        final IntArrayList real = new IntArrayList();
        for (int x = 0; x < size; x++) {
            boolean ok = true;
            for (int l = 0; l < levels && ok; l++) {
                ok = ns.position(x, l) < ns.gsize(l);
            }
            if (ok) {
                real.add(x);
            }
        }
        if (real.size() < 2) {
            return 0;
        }
        long failures = 0;
        final int sources = Math.min(stretchSources, real.size());
        final long[] dist = new long[size];
        for (int i = 0; i < sources; i++) {
            final int s = real.getInt(rng.nextInt(real.size()));
            dijkstra(net, net.internalId(s), dist);
            for (int j = 0; j < stretchTargets; j++) {
                final int t = real.getInt(rng.nextInt(real.size()));
                if (t == s) {
                    continue;
                }
                final long best = dist[net.internalId(t)];
                final long walked = walk(ns, tables, s, t);
                if (walked < 0 || best == Long.MAX_VALUE) {
                    failures++;
                } else {
                    out.add((double) walked / best);
                }
            }
        }
        return failures;
    }

    /** Cost of forwarding from s to t over the tables, -1 if no route or a loop. */
    static long walk(final NetworkState ns, final RouteTables tables, final int s, final int t) {
        final int lv = ns.levels();
        int x = s;
        int viaArc = -1;
        long cost = 0;
        int hops = 0;
        while (x != t) {
            int level = lv - 1;
            while (ns.position(x, level) == ns.position(t, level)) {
                level--;
            }
            final int arc = tables.nextArc(x, viaArc, level, ns.position(t, level));
            if (arc < 0 || ++hops > ns.identityCount()) {
                return -1;
            }
            cost += ns.arcCost(arc);
            x = ns.arcA(arc) == x ? ns.arcB(arc) : ns.arcA(arc);
            viaArc = arc;
        }
        return cost;
    }

    /** Plain Dijkstra over the CSR (internal ids), costs as currently set. */
    private static void dijkstra(final CsrNetwork net, final int source, final long[] dist) {
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[source] = 0;
        final LongHeapPriorityQueue heap = new LongHeapPriorityQueue();
        heap.enqueue(((long) 0 << 32) | source);
        while (!heap.isEmpty()) {
            final long top = heap.dequeueLong();
            final int x = (int) top;
            final long dx = top >>> 32;
            if (dx > dist[x]) {
                continue;
            }
            for (int s = net.firstSlot(x), e = s + net.degree(x); s < e; s++) {
                final int c = net.arcCost(net.slotArc(s));
                if (c < 0) {
                    continue;
                }
                final int y = net.slotTarget(s);
                final long nd = dx + c;
                if (nd < dist[y]) {
                    dist[y] = nd;
                    heap.enqueue((nd << 32) | y);
                }
            }
        }
    }
}
