package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntksim.engine.Simulation;
import org.ntksim.fastpath.RandomConnectedNetworks;
import org.ntksim.random.RandomStreams;

/**
 * Retention reads the adjacent g-nodes a candidate enters from a 64-bit mask over destination slots when they
 * fit, and scans the candidate's hops otherwise (more than 64 slots, or a virtual g-node on the path). The
 * two must keep the same paths: the same networks converge with masks and with scanning forced, and every
 * ETP count, kept-path count and table must match. Addresses include virtual positions, so the mixed case
 * (mask for real g-nodes, scan for the virtual ones) is run too.
 */
class EtpNetworkSlotMaskTest {

    private static final int[][][] CASES = {
        {{4, 2, 2, 2}, {24, 0}, {32, 1}},
        {{4, 4, 4}, {30, 0}, {30, 1}},
        {{8, 4, 2}, {20, 1}},
        {{16, 16, 16, 16}, {40, 0}, {40, 1}},
    };

    static Stream<Arguments> cases() {
        return RandomConnectedNetworks.cases(515_000L, CASES);
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}, connected g-nodes {3}")
    @MethodSource("cases")
    void masksAndHopScansKeepTheSamePaths(final long seed, final int[] topology, final int n, final boolean connectGnodes) {
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, topology, n, 6, connectGnodes, true);
        final EtpNetwork masked = converge(net, seed, true);
        final EtpNetwork scanned = converge(net, seed, false);
        assertEquals(scanned.etpsSent(), masked.etpsSent(), "ETPs sent");
        assertEquals(scanned.pathsSent(), masked.pathsSent(), "paths sent");
        assertEquals(scanned.keptPathCount(), masked.keptPathCount(), "paths kept");
        for (int x = 0; x < net.size(); x++) {
            for (final int[] d : net.destinations(x)) {
                final String where = "seed " + seed + ", identity " + x + " " + Arrays.toString(net.addresses().get(x))
                        + ", destination (" + d[0] + ", " + d[1] + ")";
                assertEquals(scanned.keptPathCount(x, d[0], d[1]), masked.keptPathCount(x, d[0], d[1]), where + ", kept");
                assertEquals(scanned.bestCost(x, d[0], d[1]), masked.bestCost(x, d[0], d[1]), where + ", ntk");
                for (final int v : net.neighbours(x)) {
                    assertEquals(scanned.bestCostAvoiding(x, v, d[0], d[1]), masked.bestCostAvoiding(x, v, d[0], d[1]),
                            where + ", table of neighbour " + v);
                }
            }
        }
    }

    private static EtpNetwork converge(final EtpTestNetworks.Net net, final long seed, final boolean slotMasks) {
        final Simulation sim = new Simulation(new RandomStreams(seed, 0));
        final EtpNetwork etp = new EtpNetwork(sim, net.topFirst(), EtpParameters.proof(), EtpNetwork.DEFAULT_HOLD_NS,
                slotMasks);
        for (int i = 0; i < net.size(); i++) {
            etp.addIdentity(net.level0First(i));
        }
        for (final int[] arc : net.arcs()) {
            etp.addArc(arc[0], arc[1], arc[2], arc[2] * 1000L);
        }
        sim.run();
        return etp;
    }
}
