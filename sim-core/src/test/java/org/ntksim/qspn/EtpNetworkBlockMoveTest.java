package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.engine.Simulation;
import org.ntksim.random.RandomStreams;

/**
 * A level-1 g-node that migrates as a block (every member changes address at one instant, as the growth
 * model's migrations and entries do) keeps the paths internal to it, as the proof of concept's new identity
 * copies them from the old one (reference qspn/AnalisiFunzionale, "Migrazione"): at no moment of the move does
 * a member lose its route to another member. And the network still re-converges to exactly the tables of a
 * fresh build on the final addresses (the oracle shares no history: other arc ids, order and latencies).
 */
class EtpNetworkBlockMoveTest {

    private static final int[] TOPOLOGY = {8, 4, 4};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {31, 32, 33, 34, 35, 36})
    void aMigratingGnodeKeepsItsInternalRoutesAndReconvergesToAFreshBuild(final long seed) {
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, TOPOLOGY, 30, 6, true, false);
        final Simulation sim = new Simulation(new RandomStreams(seed, 0));
        final EtpNetwork etp = new EtpNetwork(sim, TOPOLOGY, EtpParameters.proof());
        final List<int[]> addresses = new ArrayList<>();   // level 0 first
        for (int i = 0; i < net.size(); i++) {
            addresses.add(net.level0First(i));
            etp.addIdentity(addresses.get(i));
        }
        for (final int[] arc : net.arcs()) {
            etp.addArc(arc[0], arc[1], arc[2], 1000L * arc[2]);
        }
        sim.run();

        // the block: the most populated level-1 g-node; its target: a free level-1 position
        final IntArrayList block = largestLevel1Gnode(addresses);
        final int[] target = freeLevel1Position(addresses);
        final int[] before = internalCosts(etp, addresses, block);
        assertTrue(Arrays.stream(before).filter(c -> c >= 0).count() > 0, "seed " + seed + ": the block has internal routes");

        sim.runUntil(sim.nowNs() + 4_000);
        final long moveAtNs = sim.nowNs();
        for (int i = 0; i < block.size(); i++) {
            final int id = block.getInt(i);
            final int[] a = addresses.get(id).clone();
            a[1] = target[1];
            a[2] = target[2];
            addresses.set(id, a);
            etp.changeAddress(id, a);
        }
        assertArrayEqualsCosts(before, internalCosts(etp, addresses, block), "seed " + seed + ", right after the calls");
        sim.runUntil(moveAtNs);      // the block settled and re-selected; no ETP of the move delivered yet
        assertArrayEqualsCosts(before, internalCosts(etp, addresses, block), "seed " + seed + ", after settling");
        sim.run();
        assertTrue(etp.quiescent());

        final Simulation sim2 = new Simulation(new RandomStreams(seed, 1));
        final EtpNetwork fresh = new EtpNetwork(sim2, TOPOLOGY, EtpParameters.proof());
        for (int i = 0; i < net.size(); i++) {
            fresh.addIdentity(addresses.get(i));
        }
        for (int k = net.arcs().size() - 1; k >= 0; k--) {
            final int[] arc = net.arcs().get(k);
            fresh.addArc(arc[1], arc[0], arc[2], 3000L * arc[2] + 17);
        }
        sim2.run();
        for (int x = 0; x < net.size(); x++) {
            final int[] a = addresses.get(x);
            for (int level = 0; level < TOPOLOGY.length; level++) {
                for (int p = 0; p < TOPOLOGY[TOPOLOGY.length - 1 - level]; p++) {
                    if (p == a[level]) {
                        continue;
                    }
                    final String where = "seed " + seed + ", identity " + x + " " + Arrays.toString(a) + ", destination ("
                            + level + ", " + p + ")";
                    assertEquals(fresh.bestCost(x, level, p), etp.bestCost(x, level, p), where + ", ntk cost");
                    assertEquals(fresh.bestFirstHop(x, level, p), etp.bestFirstHop(x, level, p), where + ", first hop");
                    assertEquals(fresh.keptPathCount(x, level, p), etp.keptPathCount(x, level, p), where + ", kept paths");
                    for (final int[] arc : net.arcs()) {
                        if (arc[0] == x || arc[1] == x) {
                            final int v = arc[0] == x ? arc[1] : arc[0];
                            assertEquals(fresh.bestCostAvoiding(x, v, level, p), etp.bestCostAvoiding(x, v, level, p),
                                    where + ", table of neighbour " + v);
                        }
                    }
                }
            }
        }
    }

    private static void assertArrayEqualsCosts(final int[] expected, final int[] actual, final String when) {
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual[i], when + ": internal route " + i + " (cost, -1 = lost)");
        }
    }

    /** ntk costs from every member of the block to the level-0 g-node of every other member. */
    private static int[] internalCosts(final EtpNetwork etp, final List<int[]> addresses, final IntArrayList block) {
        final int[] costs = new int[block.size() * block.size()];
        for (int i = 0; i < block.size(); i++) {
            for (int j = 0; j < block.size(); j++) {
                costs[i * block.size() + j] = i == j ? 0
                        : etp.bestCost(block.getInt(i), 0, addresses.get(block.getInt(j))[0]);
            }
        }
        return costs;
    }

    private static IntArrayList largestLevel1Gnode(final List<int[]> addresses) {
        IntArrayList best = new IntArrayList();
        final Set<String> seen = new HashSet<>();
        for (final int[] a : addresses) {
            if (!seen.add(a[1] + "." + a[2])) {
                continue;
            }
            final IntArrayList members = new IntArrayList();
            for (int i = 0; i < addresses.size(); i++) {
                if (addresses.get(i)[1] == a[1] && addresses.get(i)[2] == a[2]) {
                    members.add(i);
                }
            }
            if (members.size() > best.size()) {
                best = members;
            }
        }
        return best;
    }

    private static int[] freeLevel1Position(final List<int[]> addresses) {
        for (int top = TOPOLOGY[0] - 1; top >= 0; top--) {
            for (int mid = TOPOLOGY[1] - 1; mid >= 0; mid--) {
                boolean used = false;
                for (final int[] a : addresses) {
                    used |= a[1] == mid && a[2] == top;
                }
                if (!used) {
                    return new int[] {0, mid, top};
                }
            }
        }
        throw new AssertionError("no free level-1 g-node");
    }
}
