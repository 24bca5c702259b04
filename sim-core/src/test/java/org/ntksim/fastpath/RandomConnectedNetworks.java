package org.ntksim.fastpath;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/**
 * The one generator of seeded random connected networks shared by the fast-path and EtpNetwork tests
 * ({@link RandomNetworks} and {@code qspn.EtpTestNetworks} wrap it), and the expansion of their case
 * tables into parameterized-test arguments.
 *
 * <p>A network: {@code n} identities with distinct random addresses, clustered (half of them share a
 * random prefix with an earlier one); a random spanning tree plus about n extra arcs biased towards the
 * same level-1 g-node; costs 1..maxCost (ties are frequent on purpose); with {@code connectGnodes} the
 * children of every g-node of every level are also chained by one arc each.
 */
public final class RandomConnectedNetworks {

    /**
     * Virtual addresses (a position at or above the gsize). The two ways of having none draw differently,
     * and both are kept so that the pinned seeds of the existing tests keep giving the same networks.
     */
    public enum Virtual {
        /** About 1 in 20 addresses gets one virtual position. */
        APPLIED,
        /** None; the dice of {@link #APPLIED} are still drawn (the same network shape either way). */
        DRAWN_NOT_APPLIED,
        /** None, and no dice drawn. */
        NOT_DRAWN
    }

    /** Addresses top level first; arcs {a, b, cost} in creation order (arc k is the k-th). */
    public record Generated(List<int[]> addresses, List<int[]> arcs) {

        /** The same network as a fast-path {@link NetworkState}: identity i and arc k keep their numbers. */
        public NetworkState state(final int[] gsizesTopFirst) {
            final NetworkState.Builder b = NetworkState.builder(gsizesTopFirst);
            for (final int[] a : addresses) {
                b.addIdentity(a);
            }
            for (final int[] arc : arcs) {
                b.addArc(arc[0], arc[1], arc[2]);
            }
            return b.build();
        }
    }

    private RandomConnectedNetworks() {
    }

    /**
     * Generates a network. Without {@code parallelArcs} a second arc between the same pair is dropped
     * (its random draws are still made).
     */
    public static Generated generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost,
            final boolean connectGnodes, final Virtual virtual, final boolean parallelArcs) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final int levels = gsizesTopFirst.length;
        final Set<String> used = new HashSet<>();
        final List<int[]> addr = new ArrayList<>();
        int attempts = 0;
        while (addr.size() < n && attempts++ < 100_000) {
            final int[] a = new int[levels];
            if (!addr.isEmpty() && rnd.nextInt(2) == 0) {
                final int[] other = addr.get(rnd.nextInt(addr.size()));
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
            if (virtual != Virtual.NOT_DRAWN && rnd.nextInt(20) == 0) {
                final int i = rnd.nextInt(levels);
                final int position = gsizesTopFirst[i] + rnd.nextInt(2);
                if (virtual == Virtual.APPLIED) {
                    a[i] = position;
                }
            }
            if (used.add(Arrays.toString(a))) {
                addr.add(a);
            }
        }
        if (addr.size() < n) {
            throw new IllegalArgumentException("could not place " + n + " identities in " + Arrays.toString(gsizesTopFirst));
        }
        final List<int[]> arcs = new ArrayList<>();
        final Set<Long> pairs = new HashSet<>();
        for (int i = 1; i < n; i++) {
            addArc(arcs, pairs, parallelArcs, i, rnd.nextInt(i), 1 + rnd.nextInt(maxCost));
        }
        for (int k = 0; k < n; k++) {
            final int x = rnd.nextInt(n);
            final int y = rnd.nextInt(n);
            final boolean sameLevel1 = levels < 2 || Arrays.equals(addr.get(x), 0, levels - 1, addr.get(y), 0, levels - 1);
            if (x != y && (sameLevel1 || rnd.nextInt(3) == 0)) {
                addArc(arcs, pairs, parallelArcs, x, y, 1 + rnd.nextInt(maxCost));
            }
        }
        if (connectGnodes) {
            for (int level = 1; level <= levels; level++) {
                final TreeMap<String, TreeMap<Integer, List<Integer>>> byParent = new TreeMap<>();
                for (int i = 0; i < n; i++) {
                    final String parent = Arrays.toString(Arrays.copyOfRange(addr.get(i), 0, levels - level));
                    byParent.computeIfAbsent(parent, k -> new TreeMap<>())
                            .computeIfAbsent(addr.get(i)[levels - level], k -> new ArrayList<>()).add(i);
                }
                for (final TreeMap<Integer, List<Integer>> children : byParent.values()) {
                    List<Integer> prev = null;
                    for (final List<Integer> members : children.values()) {
                        if (prev != null) {
                            addArc(arcs, pairs, parallelArcs, prev.get(rnd.nextInt(prev.size())),
                                    members.get(rnd.nextInt(members.size())), 1 + rnd.nextInt(maxCost));
                        }
                        prev = members;
                    }
                }
            }
        }
        return new Generated(addr, arcs);
    }

    private static void addArc(final List<int[]> arcs, final Set<Long> pairs, final boolean parallelArcs, final int a,
            final int b, final int cost) {
        final long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        if (parallelArcs || pairs.add(key)) {
            arcs.add(new int[] {a, b, cost});
        }
    }

    /**
     * Arguments (seed, topology top first, identities, connected g-nodes) of a case table whose rows are
     * {@code {{topology}, {n, connected 0/1}, ...}}; seeds count up from {@code firstSeed} in table order.
     */
    public static Stream<Arguments> cases(final long firstSeed, final int[][][] table) {
        final Stream.Builder<Arguments> b = Stream.builder();
        long seed = firstSeed;
        for (final int[][] row : table) {
            for (int k = 1; k < row.length; k++) {
                b.add(Arguments.of(seed++, row[0], row[k][0], row[k][1] == 1));
            }
        }
        return b.build();
    }
}
