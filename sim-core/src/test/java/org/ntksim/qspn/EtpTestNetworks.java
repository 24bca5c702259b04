package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.engine.Simulation;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.random.RandomStreams;

/**
 * Seeded random connected networks for the EtpNetwork tests (at most one arc per pair), and the same
 * network built for each implementation: EtpNetwork, QspnConvergence (ideal QSPN) and the fast path's
 * NetworkState, with identity i and arc k keeping their numbers everywhere.
 */
final class EtpTestNetworks {

    /** Positions are top level first here, as in the rest of the tests; arcs are {a, b, cost}. */
    record Net(int[] topFirst, List<int[]> addresses, List<int[]> arcs) {

        int size() {
            return addresses.size();
        }

        int levels() {
            return topFirst.length;
        }

        int[] level0First(final int id) {
            final int[] a = addresses.get(id);
            final int[] out = new int[a.length];
            for (int i = 0; i < a.length; i++) {
                out[i] = a[a.length - 1 - i];
            }
            return out;
        }

        /** Builds and runs the EtpNetwork to quiescence; latency of an arc = cost µs. */
        EtpNetwork converge(final long seed, final EtpParameters params) {
            final Simulation sim = new Simulation(new RandomStreams(seed, 0));
            final EtpNetwork etp = new EtpNetwork(sim, topFirst, params);
            for (int i = 0; i < size(); i++) {
                etp.addIdentity(level0First(i));
            }
            for (final int[] arc : arcs) {
                etp.addArc(arc[0], arc[1], arc[2], arc[2] * 1000L);
            }
            sim.run();
            if (!etp.quiescent()) {
                throw new AssertionError("not quiescent with an empty event queue");
            }
            return etp;
        }

        QspnConvergence ideal(final long seed) {
            final Topology topology = Topology.ofTopFirst(topFirst);
            final QspnConvergence.Builder b = QspnConvergence.builder(topology);
            for (final int[] a : addresses) {
                b.addIdentity(NetsukukuAddress.of(topology, a));
            }
            for (final int[] arc : arcs) {
                b.addArc(arc[0], arc[1], arc[2]);
            }
            final QspnConvergence q = b.build();
            q.run(new Simulation(new RandomStreams(seed, 0)), QspnConvergence.Latency.COST_MICROS);
            return q;
        }

        NetworkState state() {
            final NetworkState.Builder b = NetworkState.builder(topFirst);
            for (final int[] a : addresses) {
                b.addIdentity(a);
            }
            for (final int[] arc : arcs) {
                b.addArc(arc[0], arc[1], arc[2]);
            }
            return b.build();
        }

        /** The arc id of the pair in QspnConvergence / NetworkState numbering. */
        int arcId(final int a, final int b) {
            for (int k = 0; k < arcs.size(); k++) {
                final int[] arc = arcs.get(k);
                if (arc[0] == a && arc[1] == b || arc[0] == b && arc[1] == a) {
                    return k;
                }
            }
            throw new IllegalArgumentException("no arc " + a + "-" + b);
        }

        List<Integer> neighbours(final int id) {
            final List<Integer> out = new ArrayList<>();
            for (final int[] arc : arcs) {
                if (arc[0] == id) {
                    out.add(arc[1]);
                } else if (arc[1] == id) {
                    out.add(arc[0]);
                }
            }
            return out;
        }

        /** Real sibling destinations (level, pos) of identity id, as {level, pos} pairs. */
        List<int[]> destinations(final int id) {
            final int[] a = level0First(id);
            final List<int[]> out = new ArrayList<>();
            for (int level = levels() - 1; level >= 0; level--) {
                for (int p = 0; p < topFirst[levels() - 1 - level]; p++) {
                    if (p != a[level]) {
                        out.add(new int[] {level, p});
                    }
                }
            }
            return out;
        }
    }

    private EtpTestNetworks() {
    }

    /**
     * {@code n} identities with distinct random addresses (clustered: half of them share a random prefix with
     * an earlier one), a random spanning tree plus about n extra arcs biased towards the same level-1 g-node,
     * costs 1..maxCost; with {@code connectGnodes} the children of every g-node are chained by one arc each;
     * with {@code allowVirtual} about 1 in 20 addresses has one virtual position.
     */
    static Net generate(final long seed, final int[] topFirst, final int n, final int maxCost, final boolean connectGnodes,
            final boolean allowVirtual) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        final int levels = topFirst.length;
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
                    a[i] = rnd.nextInt(topFirst[i]);
                }
            } else {
                for (int i = 0; i < levels; i++) {
                    a[i] = rnd.nextInt(topFirst[i]);
                }
            }
            if (allowVirtual && rnd.nextInt(20) == 0) {
                final int i = rnd.nextInt(levels);
                a[i] = topFirst[i] + rnd.nextInt(2);
            }
            if (used.add(Arrays.toString(a))) {
                addr.add(a);
            }
        }
        if (addr.size() < n) {
            throw new IllegalArgumentException("could not place " + n + " identities in " + Arrays.toString(topFirst));
        }
        final List<int[]> arcs = new ArrayList<>();
        final Set<Long> pairs = new HashSet<>();
        for (int i = 1; i < n; i++) {
            addArc(arcs, pairs, i, rnd.nextInt(i), 1 + rnd.nextInt(maxCost));
        }
        for (int k = 0; k < n; k++) {
            final int x = rnd.nextInt(n);
            final int y = rnd.nextInt(n);
            final boolean sameLevel1 = levels < 2 || Arrays.equals(addr.get(x), 0, levels - 1, addr.get(y), 0, levels - 1);
            if (x != y && (sameLevel1 || rnd.nextInt(3) == 0)) {
                addArc(arcs, pairs, x, y, 1 + rnd.nextInt(maxCost));
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
                            addArc(arcs, pairs, prev.get(rnd.nextInt(prev.size())), members.get(rnd.nextInt(members.size())),
                                    1 + rnd.nextInt(maxCost));
                        }
                        prev = members;
                    }
                }
            }
        }
        return new Net(topFirst.clone(), addr, arcs);
    }

    private static void addArc(final List<int[]> arcs, final Set<Long> pairs, final int a, final int b, final int cost) {
        final long key = (long) Math.min(a, b) << 32 | Math.max(a, b);
        if (a != b && pairs.add(key)) {
            arcs.add(new int[] {a, b, cost});
        }
    }
}
