package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.engine.Simulation;
import org.ntksim.random.RandomStreams;

/**
 * Incremental correctness: after random arc removals, cost changes, address changes and an identity removal,
 * applied while ETPs are still in flight, the re-converged tables (costs and first hops of ntk and of every
 * neighbour table) equal those of a fresh EtpNetwork built directly on the final network. The fresh build
 * shares no history with the changed one (different arc ids, message timing and order), so equality checks
 * that dead paths, incremental ETPs and re-selection leave nothing stale behind.
 */
class EtpNetworkIncrementalTest {

    private static final int[][] TOPOLOGIES = {{4, 4, 4}, {4, 2, 2, 2}, {8, 4, 2}, {4, 4, 4, 4}};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22})
    void changedNetworkReconvergesToTheTablesOfAFreshBuild(final long seed) {
        final int[] t = TOPOLOGIES[(int) (seed % TOPOLOGIES.length)];
        int capacity = 1;
        for (final int g : t) {
            capacity *= g;
        }
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, t, Math.min(60, capacity * 3 / 4), 6, seed % 2 == 0,
                seed % 3 == 0);
        final SplittableRandom rnd = new SplittableRandom(seed * 31 + 7);
        final Simulation sim = new Simulation(new RandomStreams(seed, 0));
        final EtpNetwork etp = new EtpNetwork(sim, t, EtpParameters.proof());
        final List<int[]> addresses = new ArrayList<>();   // level 0 first, current
        final Set<String> used = new HashSet<>();
        for (int i = 0; i < net.size(); i++) {
            addresses.add(net.level0First(i));
            used.add(Arrays.toString(addresses.get(i)));
            etp.addIdentity(addresses.get(i));
        }
        final List<int[]> arcs = new ArrayList<>();          // {a, b, cost}, current
        for (final int[] arc : net.arcs()) {
            arcs.add(arc.clone());
            etp.addArc(arc[0], arc[1], arc[2], latency(arc[2]));
        }
        boolean[] removed = new boolean[net.size()];
        sim.runUntil(sim.nowNs() + 3_000);                   // part of the initial convergence
        for (int op = 0; op < 14; op++) {
            final int kind = op == 7 ? 3 : rnd.nextInt(3);
            if (kind == 0 && arcs.size() > 1) {
                final int[] arc = arcs.remove(rnd.nextInt(arcs.size()));
                etp.removeArc(arc[0], arc[1]);
            } else if (kind == 1 && !arcs.isEmpty()) {
                final int[] arc = arcs.get(rnd.nextInt(arcs.size()));
                arc[2] = 1 + rnd.nextInt(6);
                etp.changeArcCost(arc[0], arc[1], arc[2]);
            } else if (kind == 2) {
                final int id = rnd.nextInt(net.size());
                if (!removed[id]) {
                    final int[] fresh = freeAddress(rnd, t, used);
                    used.remove(Arrays.toString(addresses.get(id)));
                    addresses.set(id, fresh);
                    etp.changeAddress(id, fresh);
                }
            } else if (kind == 3) {
                final int id = rnd.nextInt(net.size());
                removed[id] = true;
                etp.removeIdentity(id);
                arcs.removeIf(arc -> arc[0] == id || arc[1] == id);
            }
            sim.runUntil(sim.nowNs() + rnd.nextInt(4_000));  // ETPs in flight when the next change comes
        }
        sim.run();
        assertTrue(etp.quiescent());

        final Simulation sim2 = new Simulation(new RandomStreams(seed, 1));
        final EtpNetwork fresh = new EtpNetwork(sim2, t, EtpParameters.proof());
        for (int i = 0; i < net.size(); i++) {
            fresh.addIdentity(addresses.get(i));
        }
        for (int i = 0; i < net.size(); i++) {
            if (removed[i]) {
                fresh.removeIdentity(i);
            }
        }
        for (int k = arcs.size() - 1; k >= 0; k--) {   // another order, other arc ids
            final int[] arc = arcs.get(k);
            fresh.addArc(arc[1], arc[0], arc[2], latency(arc[2]) * 3);
        }
        sim2.run();
        int compared = 0;
        for (int x = 0; x < net.size(); x++) {
            if (removed[x]) {
                continue;
            }
            final int[] a = addresses.get(x);
            assertEquals(fresh.destinationCount(x), etp.destinationCount(x), "seed " + seed + ", identity " + x + " destinations");
            for (int level = 0; level < t.length; level++) {
                for (int p = 0; p < t[t.length - 1 - level]; p++) {
                    if (p == a[level]) {
                        continue;
                    }
                    final String where = "seed " + seed + ", identity " + x + " " + Arrays.toString(a) + ", destination ("
                            + level + ", " + p + ")";
                    assertEquals(fresh.bestCost(x, level, p), etp.bestCost(x, level, p), where + ", ntk cost");
                    assertEquals(fresh.bestFirstHop(x, level, p), etp.bestFirstHop(x, level, p), where + ", ntk first hop");
                    assertEquals(fresh.keptPathCount(x, level, p), etp.keptPathCount(x, level, p), where + ", kept paths");
                    for (final int[] arc : arcs) {
                        if (arc[0] != x && arc[1] != x) {
                            continue;
                        }
                        final int v = arc[0] == x ? arc[1] : arc[0];
                        assertEquals(fresh.bestCostAvoiding(x, v, level, p), etp.bestCostAvoiding(x, v, level, p),
                                where + ", table of neighbour " + v);
                        assertEquals(fresh.bestFirstHopAvoiding(x, v, level, p), etp.bestFirstHopAvoiding(x, v, level, p),
                                where + ", table of neighbour " + v + ", first hop");
                        compared++;
                    }
                }
            }
        }
        System.out.printf("seed %d: %d identities, %d arcs at the end, %d neighbour-table entries equal; ETPs %d (fresh %d)%n",
                seed, net.size(), arcs.size(), compared, etp.etpsSent(), fresh.etpsSent());
    }

    private static long latency(final int cost) {
        return 300L * cost;
    }

    private static int[] freeAddress(final SplittableRandom rnd, final int[] topFirst, final Set<String> used) {
        while (true) {
            final int[] a = new int[topFirst.length];
            for (int level = 0; level < a.length; level++) {
                a[level] = rnd.nextInt(topFirst[a.length - 1 - level]);
            }
            if (used.add(Arrays.toString(a))) {
                return a;
            }
        }
    }
}
