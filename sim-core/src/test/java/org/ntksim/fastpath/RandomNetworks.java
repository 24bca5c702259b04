package org.ntksim.fastpath;

import java.util.HashSet;
import java.util.Set;
import java.util.SplittableRandom;

/** Seeded random connected networks with random (partial, sometimes virtual) addresses. */
final class RandomNetworks {
    private RandomNetworks() {
    }

    /**
     * {@code n} identities with distinct random addresses in {@code gsizesTopFirst} (about 1 in 20
     * with one virtual position), a random spanning tree plus extra arcs biased towards the same
     * level-1 g-node, costs 1..maxCost (ties are frequent on purpose), a few parallel arcs.
     */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost) {
        return generate(seed, gsizesTopFirst, n, maxCost, false);
    }

    /** As above; with {@code connectGnodes} every g-node of every level is also connected inside. */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost,
            final boolean connectGnodes) {
        return generate(seed, gsizesTopFirst, n, maxCost, connectGnodes, true);
    }

    /**
     * As above; without {@code allowVirtual} every address is fully real (the same random draws are made,
     * so a seed gives the same network shape either way).
     */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost,
            final boolean connectGnodes, final boolean allowVirtual) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
        final int levels = gsizesTopFirst.length;
        final Set<String> used = new HashSet<>();
        final int[][] addr = new int[n][];
        int made = 0;
        int attempts = 0;
        while (made < n && attempts++ < 100_000) {
            final int[] a = new int[levels];
            // cluster: reuse a prefix of an existing address half of the time, to get populated g-nodes
            if (made > 0 && rnd.nextInt(2) == 0) {
                final int[] other = addr[rnd.nextInt(made)];
                final int keep = rnd.nextInt(levels);
                System.arraycopy(other, 0, a, 0, keep);
                for (int i = keep; i < levels; i++) {
                    a[i] = rnd.nextInt(gsizesTopFirst[i]);
                }
            } else {
                for (int i = 0; i < levels; i++) {
                    a[i] = rnd.nextInt(gsizesTopFirst[i]);
                }
            }
            if (rnd.nextInt(20) == 0) {
                final int i = rnd.nextInt(levels);
                final int virtual = gsizesTopFirst[i] + rnd.nextInt(2);
                if (allowVirtual) {
                    a[i] = virtual;
                }
            }
            if (used.add(java.util.Arrays.toString(a))) {
                addr[made++] = a;
                b.addIdentity(a);
            }
        }
        if (made < n) {
            throw new IllegalArgumentException("could not place " + n + " identities");
        }
        for (int i = 1; i < n; i++) {
            b.addArc(i, rnd.nextInt(i), 1 + rnd.nextInt(maxCost));
        }
        final int extra = n;
        for (int k = 0; k < extra; k++) {
            final int x = rnd.nextInt(n);
            final int y = rnd.nextInt(n);
            if (x == y) {
                continue;
            }
            final boolean sameLevel1 = levels < 2 || java.util.Arrays.equals(addr[x], 0, levels - 1, addr[y], 0, levels - 1);
            if (sameLevel1 || rnd.nextInt(3) == 0) {
                b.addArc(x, y, 1 + rnd.nextInt(maxCost));
            }
        }
        if (connectGnodes) {
            // every g-node of every level internally connected: chain its children with one arc each
            for (int level = 1; level <= levels; level++) {
                final java.util.TreeMap<String, java.util.TreeMap<Integer, java.util.List<Integer>>> byParent =
                        new java.util.TreeMap<>();
                for (int i = 0; i < n; i++) {
                    final String parent = java.util.Arrays.toString(java.util.Arrays.copyOfRange(addr[i], 0, levels - level));
                    byParent.computeIfAbsent(parent, k -> new java.util.TreeMap<>())
                            .computeIfAbsent(addr[i][levels - level], k -> new java.util.ArrayList<>()).add(i);
                }
                for (final var children : byParent.values()) {
                    java.util.List<Integer> prev = null;
                    for (final var members : children.values()) {
                        if (prev != null) {
                            b.addArc(prev.get(rnd.nextInt(prev.size())), members.get(rnd.nextInt(members.size())),
                                    1 + rnd.nextInt(maxCost));
                        }
                        prev = members;
                    }
                }
            }
        }
        return b.build();
    }
}
