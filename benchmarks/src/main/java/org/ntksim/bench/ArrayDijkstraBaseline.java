package org.ntksim.bench;

import java.util.Arrays;
import org.ntksim.fastpath.NetworkState;

/**
 * Baseline: one plain Dijkstra per identity on a CSR graph with a binary heap of packed longs
 * (lazy deletion), aggregated to g-node destinations. Scratch arrays reused.
 */
final class ArrayDijkstraBaseline {
    private final int n;
    private final int[] start;
    private final int[] target;
    private final int[] cost;
    private final long[] dist;
    private long[] heap;
    private int size;
    private final GnodeAggregation aggregation;

    ArrayDijkstraBaseline(final NetworkState s) {
        n = s.identityCount();
        start = new int[n + 1];
        for (int a = 0; a < s.arcCount(); a++) {
            start[s.arcA(a) + 1]++;
            start[s.arcB(a) + 1]++;
        }
        for (int i = 0; i < n; i++) {
            start[i + 1] += start[i];
        }
        target = new int[start[n]];
        cost = new int[start[n]];
        final int[] fill = Arrays.copyOf(start, n);
        for (int a = 0; a < s.arcCount(); a++) {
            int i = fill[s.arcA(a)]++;
            target[i] = s.arcB(a);
            cost[i] = s.arcCost(a);
            i = fill[s.arcB(a)]++;
            target[i] = s.arcA(a);
            cost[i] = s.arcCost(a);
        }
        dist = new long[n];
        heap = new long[Math.max(16, 2 * start[n])];
        aggregation = new GnodeAggregation(s);
    }

    /** All sources; returns a checksum. */
    long run() {
        long h = 0;
        for (int src = 0; src < n; src++) {
            dijkstra(src);
            h = h * 31 + aggregation.aggregate(src, dist, n);
        }
        return h;
    }

    private void dijkstra(final int src) {
        Arrays.fill(dist, Long.MAX_VALUE);
        dist[src] = 0;
        size = 0;
        push((long) src);
        while (size > 0) {
            final long key = pop();
            final int x = (int) (key & 0xffffffffL);
            final long d = key >>> 32;
            if (d > dist[x]) {
                continue;
            }
            for (int i = start[x]; i < start[x + 1]; i++) {
                final int y = target[i];
                final long nd = d + cost[i];
                if (nd < dist[y]) {
                    dist[y] = nd;
                    push((nd << 32) | y);
                }
            }
        }
    }

    private void push(final long key) {
        if (size == heap.length) {
            heap = Arrays.copyOf(heap, size * 2);
        }
        int i = size++;
        while (i > 0) {
            final int p = (i - 1) >>> 1;
            if (heap[p] <= key) {
                break;
            }
            heap[i] = heap[p];
            i = p;
        }
        heap[i] = key;
    }

    private long pop() {
        final long top = heap[0];
        final long last = heap[--size];
        int i = 0;
        while (true) {
            int c = 2 * i + 1;
            if (c >= size) {
                break;
            }
            if (c + 1 < size && heap[c + 1] < heap[c]) {
                c++;
            }
            if (heap[c] >= last) {
                break;
            }
            heap[i] = heap[c];
            i = c;
        }
        heap[i] = last;
        return top;
    }
}
