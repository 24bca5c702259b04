package org.ntksim.topology;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.ntksim.fastpath.NetworkState;

/**
 * Random geometric graphs in the unit square, kept to their largest connected component and
 * partitioned bottom-up into connected g-nodes: at each level, units (nodes, then the g-nodes of
 * the level below) are visited in Z-order of their first node and grown greedily by breadth-first
 * search over still unassigned adjacent units up to gsize(level) members. Positions inside a g-node
 * follow the BFS order. Fails if the top level gets more units than gsize(top). Arc cost =
 * 1 + floor(9 * distance / radius). Pure function of (n, radius factor, gsizes, seed).
 */
public final class RandomGeometricNetworks {
    private RandomGeometricNetworks() {
    }

    /**
     * {@code n} points, radius chosen for an expected degree {@code meanDegree}; gsizes top first.
     */
    public static NetworkState generate(final int n, final double meanDegree, final int[] gsizesTopFirst,
            final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final double r = Math.sqrt(meanDegree / (Math.PI * n));
        // points sorted by Z-order of a 2^16 grid quantization, for locality
        final double[] px = new double[n];
        final double[] py = new double[n];
        final long[] key = new long[n];
        for (int i = 0; i < n; i++) {
            final double x = rnd.nextDouble();
            final double y = rnd.nextDouble();
            key[i] = (GridNetworks.morton((int) (x * 65536), (int) (y * 65536)) << 20) | i;
            px[i] = x;
            py[i] = y;
        }
        Arrays.sort(key);
        final double[] xs = new double[n];
        final double[] ys = new double[n];
        for (int i = 0; i < n; i++) {
            final int old = (int) (key[i] & ((1 << 20) - 1));
            xs[i] = px[old];
            ys[i] = py[old];
        }
        // neighbours by bucketing
        final int cells = Math.max(1, (int) (1.0 / r));
        final int[] cellStart = new int[cells * cells + 1];
        final int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = Math.min(cells - 1, (int) (ys[i] * cells)) * cells + Math.min(cells - 1, (int) (xs[i] * cells));
            cellStart[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cells * cells; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        final int[] cellMembers = new int[n];
        final int[] fill = cellStart.clone();
        for (int i = 0; i < n; i++) {
            cellMembers[fill[cellOf[i]]++] = i;
        }
        final IntArrayList ea = new IntArrayList();
        final IntArrayList eb = new IntArrayList();
        final IntArrayList ec = new IntArrayList();
        for (int i = 0; i < n; i++) {
            final int cx = cellOf[i] % cells;
            final int cy = cellOf[i] / cells;
            for (int dy = -1; dy <= 1; dy++) {
                for (int dx = -1; dx <= 1; dx++) {
                    final int nx = cx + dx;
                    final int ny = cy + dy;
                    if (nx < 0 || ny < 0 || nx >= cells || ny >= cells) {
                        continue;
                    }
                    final int c = ny * cells + nx;
                    for (int k = cellStart[c]; k < cellStart[c + 1]; k++) {
                        final int j = cellMembers[k];
                        if (j <= i) {
                            continue;
                        }
                        final double d = Math.hypot(xs[i] - xs[j], ys[i] - ys[j]);
                        if (d <= r) {
                            ea.add(i);
                            eb.add(j);
                            ec.add(1 + (int) (9 * d / r));
                        }
                    }
                }
            }
        }
        // largest component
        final int[][] adj = adjacency(n, ea, eb);
        final int[] comp = new int[n];
        Arrays.fill(comp, -1);
        int best = -1;
        int bestSize = 0;
        final int[] queue = new int[n];
        for (int s = 0, id = 0; s < n; s++) {
            if (comp[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            queue[tail++] = s;
            comp[s] = id;
            while (head < tail) {
                final int v = queue[head++];
                for (final int w : adj[v]) {
                    if (comp[w] < 0) {
                        comp[w] = id;
                        queue[tail++] = w;
                    }
                }
            }
            if (tail > bestSize) {
                bestSize = tail;
                best = id;
            }
            id++;
        }
        final int[] newId = new int[n];
        int kept = 0;
        for (int i = 0; i < n; i++) {
            newId[i] = comp[i] == best ? kept++ : -1;
        }
        final IntArrayList ka = new IntArrayList();
        final IntArrayList kb = new IntArrayList();
        final IntArrayList kc = new IntArrayList();
        for (int e = 0; e < ea.size(); e++) {
            if (newId[ea.getInt(e)] >= 0) {
                ka.add(newId[ea.getInt(e)]);
                kb.add(newId[eb.getInt(e)]);
                kc.add(ec.getInt(e));
            }
        }
        final int[][] address = partition(kept, adjacency(kept, ka, kb), gsizesTopFirst);
        final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
        for (int i = 0; i < kept; i++) {
            b.addIdentity(address[i]);
        }
        for (int e = 0; e < ka.size(); e++) {
            b.addArc(ka.getInt(e), kb.getInt(e), kc.getInt(e));
        }
        return b.build();
    }

    private static int[][] adjacency(final int n, final IntArrayList ea, final IntArrayList eb) {
        final int[] deg = new int[n];
        for (int e = 0; e < ea.size(); e++) {
            deg[ea.getInt(e)]++;
            deg[eb.getInt(e)]++;
        }
        final int[][] adj = new int[n][];
        for (int i = 0; i < n; i++) {
            adj[i] = new int[deg[i]];
        }
        Arrays.fill(deg, 0);
        for (int e = 0; e < ea.size(); e++) {
            final int a = ea.getInt(e);
            final int b = eb.getInt(e);
            adj[a][deg[a]++] = b;
            adj[b][deg[b]++] = a;
        }
        return adj;
    }

    /**
     * Greedy bottom-up partition of a connected graph into connected g-nodes; returns the addresses
     * (top level first). Public for reuse on any connected graph given as adjacency lists.
     */
    public static int[][] partition(final int n, final int[][] nodeAdj, final int[] gsizesTopFirst) {
        final int levels = gsizesTopFirst.length;
        final int[][] address = new int[n][levels];
        int[] unitOfNode = new int[n];
        for (int i = 0; i < n; i++) {
            unitOfNode[i] = i;
        }
        int units = n;
        int[][] unitAdj = nodeAdj;
        for (int level = 0; level < levels; level++) {
            final int g = gsizesTopFirst[levels - 1 - level];
            final int[] cluster = new int[units];
            final int[] position = new int[units];
            Arrays.fill(cluster, -1);
            int clusters = 0;
            if (level == levels - 1) {
                if (units > g) {
                    throw new IllegalArgumentException("top level gets " + units + " g-nodes, gsize is " + g);
                }
                for (int u = 0; u < units; u++) {
                    cluster[u] = 0;
                    position[u] = u;
                }
                clusters = 1;
            } else {
                final int[] queue = new int[units];
                for (int s = 0; s < units; s++) {
                    if (cluster[s] >= 0) {
                        continue;
                    }
                    int head = 0;
                    int tail = 0;
                    queue[tail++] = s;
                    cluster[s] = clusters;
                    position[s] = 0;
                    while (head < tail && tail < g) {
                        final int v = queue[head++];
                        for (final int w : unitAdj[v]) {
                            if (cluster[w] < 0 && tail < g) {
                                cluster[w] = clusters;
                                position[w] = tail;
                                queue[tail++] = w;
                            }
                        }
                    }
                    clusters++;
                }
            }
            for (int i = 0; i < n; i++) {
                final int u = unitOfNode[i];
                address[i][levels - 1 - level] = position[u];
                unitOfNode[i] = cluster[u];
            }
            // contracted adjacency
            final it.unimi.dsi.fastutil.ints.IntOpenHashSet[] sets = new it.unimi.dsi.fastutil.ints.IntOpenHashSet[clusters];
            for (int c = 0; c < clusters; c++) {
                sets[c] = new it.unimi.dsi.fastutil.ints.IntOpenHashSet();
            }
            for (int u = 0; u < units; u++) {
                for (final int w : unitAdj[u]) {
                    if (cluster[u] != cluster[w]) {
                        sets[cluster[u]].add(cluster[w]);
                    }
                }
            }
            final int[][] next = new int[clusters][];
            for (int c = 0; c < clusters; c++) {
                next[c] = sets[c].toIntArray();
                Arrays.sort(next[c]);
            }
            unitAdj = next;
            units = clusters;
        }
        return address;
    }
}
