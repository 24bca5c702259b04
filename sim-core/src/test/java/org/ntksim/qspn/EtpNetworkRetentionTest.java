package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntksim.fastpath.RandomConnectedNetworks;
import org.ntksim.address.HCoord;

/**
 * With the proof's retention (max_paths 5, ratio 0.6, mandatory paths) against ideal QSPN
 * ({@link QspnConvergence}, unlimited retention). Every path EtpNetwork keeps is one ideal QSPN also has
 * (same grouping and acyclic rules), so no table can be cheaper than ideal, nor reachable where ideal is not:
 * asserted. Whether the ntk table reaches the ideal best cost is measured, not assumed: the cheapest path of
 * n through neighbour v needs v to have kept the rest of it, and v is only obliged to keep its cheapest path
 * avoiding h_n(v); that one can cross, as seen from n, some g-node twice (n drops it), while the one n needs
 * (contiguous for n) may be among the paths v dropped. The tally is printed.
 */
class EtpNetworkRetentionTest {

    private static final Map<String, long[]> TALLY = new TreeMap<>();

    private static final int[][][] CASES = {
        {{4, 2, 2, 2}, {12, 0}, {24, 0}, {24, 1}, {32, 1}},
        {{4, 4, 4}, {12, 0}, {24, 0}, {30, 1}},
        {{4, 2, 2}, {12, 0}, {16, 1}},
        {{4, 4}, {10, 0}, {16, 1}},
        {{8, 4, 2}, {12, 0}, {20, 1}},
    };

    static Stream<Arguments> cases() {
        return RandomConnectedNetworks.cases(777_000L, CASES);
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}, connected g-nodes {3}")
    @MethodSource("cases")
    void retainedTablesAreNeverCheaperThanIdealQspn(final long seed, final int[] topology, final int n,
            final boolean connectGnodes) {
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, topology, n, 6, connectGnodes, false);
        final EtpNetwork etp = net.converge(seed, EtpParameters.proof());
        final QspnConvergence ideal = net.ideal(seed);
        final long[] t = new long[8];
        for (int x = 0; x < net.size(); x++) {
            for (final int[] d : net.destinations(x)) {
                final HCoord h = new HCoord(d[0], d[1]);
                final String where = "seed " + seed + ", identity " + x + " " + ideal.address(x) + ", destination " + h;
                final int best = EtpNetworkUnlimitedRetentionTest.cost(ideal.best(x, h));
                final int mine = etp.bestCost(x, d[0], d[1]);
                tally(t, 0, best, mine, where + ", ntk");
                for (final int v : net.neighbours(x)) {
                    tally(t, 4, EtpNetworkUnlimitedRetentionTest.cost(ideal.bestAvoiding(x, net.arcId(x, v), h)),
                            etp.bestCostAvoiding(x, v, d[0], d[1]), where + ", table of neighbour " + v);
                }
            }
        }
        synchronized (TALLY) {
            final long[] sum = TALLY.computeIfAbsent(connectGnodes ? "connected g-nodes" : "random g-nodes", k -> new long[8]);
            for (int i = 0; i < t.length; i++) {
                sum[i] += t[i];
            }
        }
        System.out.printf("seed %d, %s, %d identities: ntk %d reachable entries, %d costlier than ideal, %d unreachable;"
                + " neighbour tables %d, %d costlier, %d unreachable; ETPs %d (ideal %d), paths %d (ideal %d)%n", seed,
                java.util.Arrays.toString(topology), net.size(), t[0], t[1], t[2], t[4], t[5], t[6], etp.etpsSent(),
                ideal.etpsSent(), etp.pathsSent(), ideal.pathsSent());
    }

    /** t[base]: entries where ideal is reachable; +1 costlier; +2 unreachable here only. */
    private static void tally(final long[] t, final int base, final int ideal, final int mine, final String where) {
        if (ideal < 0) {
            assertEquals(-1, mine, where + ": reachable where ideal QSPN is not");
            return;
        }
        t[base]++;
        if (mine < 0) {
            t[base + 2]++;
            return;
        }
        assertTrue(mine >= ideal, where + ": " + mine + " cheaper than ideal QSPN's " + ideal);
        if (mine > ideal) {
            t[base + 1]++;
        }
    }

    @AfterAll
    static void printTally() {
        TALLY.forEach((kind, t) -> System.out.printf("TALLY EtpNetwork (max_paths 5) vs ideal QSPN, %s: ntk %d entries,"
                + " %d costlier, %d unreachable; neighbour tables %d entries, %d costlier, %d unreachable%n", kind, t[0],
                t[1], t[2], t[4], t[5], t[6]));
    }
}
