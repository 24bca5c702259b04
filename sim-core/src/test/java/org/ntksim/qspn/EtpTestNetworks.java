package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.List;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.engine.Simulation;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RandomConnectedNetworks;
import org.ntksim.fastpath.RandomConnectedNetworks.Virtual;
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
     * A {@link RandomConnectedNetworks} network with at most one arc per pair; with {@code allowVirtual} about
     * 1 in 20 addresses has one virtual position.
     */
    static Net generate(final long seed, final int[] topFirst, final int n, final int maxCost, final boolean connectGnodes,
            final boolean allowVirtual) {
        final RandomConnectedNetworks.Generated g = RandomConnectedNetworks.generate(seed, topFirst, n, maxCost,
                connectGnodes, allowVirtual ? Virtual.APPLIED : Virtual.NOT_DRAWN, false);
        return new Net(topFirst.clone(), g.addresses(), g.arcs());
    }
}
