package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntksim.engine.Simulation;
import org.ntksim.fastpath.RandomConnectedNetworks;
import org.ntksim.random.RandomStreams;

/**
 * The shortcuts of selection (re-selections skipped when a message provably changes no kept path; entered
 * g-nodes read from 64-bit slot masks) must not change what the protocol keeps or sends. The baseline is
 * {@link EtpNetwork#withoutShortcuts}, which re-selects every destination a message touches and scans hops.
 * The same networks and the same growth trace (arrivals, address changes, arcs at their instants, ETPs in
 * flight) run both ways; ETPs and paths sent, per identity too, and every kept-path count and table must
 * match. Addresses include virtual positions, so the mixed case (mask for real g-nodes, scan for virtual
 * ones) runs too; 16·16·16·16 has 64 slots, the most a mask holds.
 */
class EtpNetworkShortcutsTest {

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
    void shortcutsKeepAndSendWhatTheBaselineDoes(final long seed, final int[] topology, final int n,
            final boolean connectGnodes) {
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, topology, n, 6, connectGnodes, true);
        final EtpNetwork fast = converge(net, seed, true);
        final EtpNetwork base = converge(net, seed, false);
        final List<int[]> addresses = new ArrayList<>();
        final List<List<Integer>> neighbours = new ArrayList<>();
        for (int x = 0; x < net.size(); x++) {
            addresses.add(net.level0First(x));
            neighbours.add(net.neighbours(x));
        }
        assertSame(base, fast, net.topFirst(), addresses, neighbours, "seed " + seed);
    }

    @Test
    void shortcutsSendTheSameEtpsThroughAGrowthWithAddressChanges() throws IOException {
        final List<String[]> calls = EtpNetworkGrowthReplayTest.readTrace();
        final int[] topology = EtpNetworkGrowthReplayTest.TOPOLOGY;
        final Simulation fastSim = new Simulation(new RandomStreams(7, 0));
        final EtpNetwork fast = new EtpNetwork(fastSim, topology, EtpParameters.proof());
        final Simulation baseSim = new Simulation(new RandomStreams(7, 0));
        final EtpNetwork base = EtpNetwork.withoutShortcuts(baseSim, topology, EtpParameters.proof(),
                EtpNetwork.DEFAULT_HOLD_NS);
        final List<int[]> addresses = new ArrayList<>();
        final List<List<Integer>> neighbours = new ArrayList<>();
        for (final String[] c : calls) {
            final long at = Long.parseLong(c[0]);
            switch (c[1]) {
                case "add" -> {
                    addresses.add(EtpNetworkGrowthReplayTest.positions(c[3]));
                    neighbours.add(new ArrayList<>());
                }
                case "chaddr" -> addresses.set(Integer.parseInt(c[2]), EtpNetworkGrowthReplayTest.positions(c[3]));
                case "arc" -> {
                    neighbours.get(Integer.parseInt(c[2])).add(Integer.parseInt(c[3]));
                    neighbours.get(Integer.parseInt(c[3])).add(Integer.parseInt(c[2]));
                }
                default -> { }
            }
            schedule(fastSim, fast, at, c);
            schedule(baseSim, base, at, c);
        }
        fastSim.run();
        baseSim.run();
        assertSame(base, fast, topology, addresses, neighbours, "growth trace " + EtpNetworkGrowthReplayTest.TRACE);
    }

    /** Schedules trace call {@code c} on {@code etp} at its instant. */
    private static void schedule(final Simulation sim, final EtpNetwork etp, final long at, final String[] c) {
        switch (c[1]) {
            case "add" -> sim.scheduleAt(at, () -> etp.addIdentity(EtpNetworkGrowthReplayTest.positions(c[3])));
            case "chaddr" -> sim.scheduleAt(at,
                    () -> etp.changeAddress(Integer.parseInt(c[2]), EtpNetworkGrowthReplayTest.positions(c[3])));
            case "arc" -> sim.scheduleAt(at, () -> etp.addArc(Integer.parseInt(c[2]), Integer.parseInt(c[3]),
                    Integer.parseInt(c[4]), Long.parseLong(c[5])));
            default -> throw new IllegalStateException("unexpected call " + String.join(" ", c));
        }
    }

    private static EtpNetwork converge(final EtpTestNetworks.Net net, final long seed, final boolean shortcuts) {
        final Simulation sim = new Simulation(new RandomStreams(seed, 0));
        final EtpNetwork etp = shortcuts ? new EtpNetwork(sim, net.topFirst(), EtpParameters.proof())
                : EtpNetwork.withoutShortcuts(sim, net.topFirst(), EtpParameters.proof(), EtpNetwork.DEFAULT_HOLD_NS);
        for (int i = 0; i < net.size(); i++) {
            etp.addIdentity(net.level0First(i));
        }
        for (final int[] arc : net.arcs()) {
            etp.addArc(arc[0], arc[1], arc[2], arc[2] * 1000L);
        }
        sim.run();
        return etp;
    }

    /** Addresses level 0 first; destinations are every real sibling g-node of each identity. */
    private static void assertSame(final EtpNetwork base, final EtpNetwork fast, final int[] topFirst,
            final List<int[]> addresses, final List<List<Integer>> neighbours, final String what) {
        assertEquals(base.etpsSent(), fast.etpsSent(), what + ": ETPs sent");
        assertEquals(base.pathsSent(), fast.pathsSent(), what + ": paths sent");
        assertEquals(base.keptPathCount(), fast.keptPathCount(), what + ": paths kept");
        final int levels = topFirst.length;
        for (int x = 0; x < addresses.size(); x++) {
            final int[] a = addresses.get(x);
            assertEquals(base.etpsSent(x), fast.etpsSent(x), what + ": ETPs sent by identity " + x);
            for (int level = 0; level < levels; level++) {
                for (int p = 0; p < topFirst[levels - 1 - level]; p++) {
                    if (p == a[level]) {
                        continue;
                    }
                    final String where = what + ", identity " + x + " " + Arrays.toString(a) + ", destination (" + level
                            + ", " + p + ")";
                    assertEquals(base.keptPathCount(x, level, p), fast.keptPathCount(x, level, p), where + ", kept");
                    assertEquals(base.bestCost(x, level, p), fast.bestCost(x, level, p), where + ", ntk cost");
                    assertEquals(base.bestFirstHop(x, level, p), fast.bestFirstHop(x, level, p), where + ", ntk hop");
                    for (final int v : neighbours.get(x)) {
                        assertEquals(base.bestCostAvoiding(x, v, level, p), fast.bestCostAvoiding(x, v, level, p),
                                where + ", table of neighbour " + v);
                        assertEquals(base.bestFirstHopAvoiding(x, v, level, p), fast.bestFirstHopAvoiding(x, v, level, p),
                                where + ", first hop of the table of neighbour " + v);
                    }
                }
            }
        }
    }
}
