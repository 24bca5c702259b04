package org.ntksim.bench;

import org.ntksim.fastpath.NetworkState;

/**
 * Aggregates single-source distances to the source's destination g-nodes (min over the nodes of
 * each sibling g-node), as the baselines must to produce comparable output. Scratch reused.
 */
final class GnodeAggregation {
    private final int levels;
    private final int[] pos;       // node * levels + level
    private final int[] best;      // level * maxGsize + position
    private final int stride;

    GnodeAggregation(final NetworkState s) {
        levels = s.levels();
        pos = new int[s.identityCount() * levels];
        int maxPos = 0;
        for (int x = 0; x < s.identityCount(); x++) {
            for (int l = 0; l < levels; l++) {
                pos[x * levels + l] = s.position(x, l);
                maxPos = Math.max(maxPos, s.position(x, l) + 1);
            }
        }
        stride = maxPos;
        best = new int[levels * stride];
    }

    /** Folds the distances from {@code src} into g-node destinations; returns a checksum. */
    long aggregate(final int src, final long[] dist, final int n) {
        java.util.Arrays.fill(best, Integer.MAX_VALUE);
        final int lv = levels;
        for (int y = 0; y < n; y++) {
            if (y == src || dist[y] == Long.MAX_VALUE) {
                continue;
            }
            int l = lv - 1;
            while (pos[src * lv + l] == pos[y * lv + l]) {
                l--;
            }
            final int k = l * stride + pos[y * lv + l];
            if (dist[y] < best[k]) {
                best[k] = (int) dist[y];
            }
        }
        long h = 0;
        for (final int b : best) {
            h = h * 31 + b;
        }
        return h;
    }
}
