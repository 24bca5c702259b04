package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.RandomConnectedNetworks;
import org.ntksim.fastpath.RouteTables;

/**
 * Converged EtpNetwork (max_paths 5) against the fast path ({@code fastpath.FastPathRouter}) on random
 * connected networks of up to 200 identities. What provably holds is asserted: every path EtpNetwork keeps
 * stays in the destination's parent g-node, ends at the first node of the destination and crosses every
 * g-node contiguously, and its neighbour tables avoid h_v on the whole path; each such path qualifies under
 * the fast path's rules (docs/routing.md §2: the per-hop acyclic rule, h_v avoided at the first hop), so the
 * fast path is reachable wherever EtpNetwork is, and never costlier. How often they differ is printed.
 */
class EtpNetworkVersusFastPathTest {

    private static final Map<String, long[]> TALLY = new TreeMap<>();

    private static final int[][][] CASES = {
        {{4, 4, 4, 4}, {100, 0}, {200, 0}, {200, 1}},
        {{4, 2, 2, 2}, {28, 0}, {32, 1}},
        {{8, 8, 4}, {120, 0}, {150, 1}},
        {{16, 16}, {100, 0}, {200, 1}},
        {{4, 4, 4}, {60, 1}},
    };

    static Stream<Arguments> cases() {
        return RandomConnectedNetworks.cases(4_000L, CASES);
    }

    @ParameterizedTest(name = "seed {0}, topology {1}, n {2}, connected g-nodes {3}")
    @MethodSource("cases")
    void fastPathIsNeverCostlierAndReachableWhereverEtpNetworkIs(final long seed, final int[] topology, final int n,
            final boolean connectGnodes) {
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, topology, n, 6, connectGnodes, seed % 3 == 0);
        final EtpNetwork etp = net.converge(seed, EtpParameters.proof());
        final RouteTables fast = new FastPathRouter(CsrNetwork.freeze(net.state())).computeAll();
        final long[] t = new long[6];
        for (int x = 0; x < net.size(); x++) {
            final int[] dest = fast.destinations(x);
            for (int k = 0; k < dest.length; k += 2) {
                final int level = dest[k];
                final int p = dest[k + 1];
                final String where = "seed " + seed + ", identity " + x + ", destination (" + level + ", " + p + ")";
                compare(t, 0, fast.cost(x, -1, level, p), etp.bestCost(x, level, p), where + ", ntk");
                for (final int v : net.neighbours(x)) {
                    compare(t, 3, fast.cost(x, net.arcId(x, v), level, p), etp.bestCostAvoiding(x, v, level, p),
                            where + ", table of neighbour " + v);
                }
            }
        }
        synchronized (TALLY) {
            final long[] sum = TALLY.computeIfAbsent(connectGnodes ? "connected g-nodes" : "random g-nodes", q -> new long[6]);
            for (int i = 0; i < t.length; i++) {
                sum[i] += t[i];
            }
        }
        System.out.printf("seed %d, %s, %d identities, %d arcs: ntk %d entries, fast cheaper %d, reachable only on the fast"
                + " path %d; neighbour tables %d, %d, %d; ETPs %d, paths %d%n", seed, java.util.Arrays.toString(topology),
                net.size(), net.arcs().size(), t[0], t[1], t[2], t[3], t[4], t[5], etp.etpsSent(), etp.pathsSent());
    }

    private static void compare(final long[] t, final int base, final int fast, final int etp, final String where) {
        t[base]++;
        if (etp < 0) {
            if (fast >= 0) {
                t[base + 2]++;
            }
            return;
        }
        assertTrue(fast >= 0 && fast <= etp, where + ": fast path " + fast + ", EtpNetwork " + etp);
        if (fast < etp) {
            t[base + 1]++;
        }
    }

    @AfterAll
    static void printTally() {
        TALLY.forEach((kind, t) -> System.out.printf("TALLY fast path vs EtpNetwork (max_paths 5), %s: ntk %d entries,"
                + " %d differ (fast cheaper %d, reachable only on the fast path %d); neighbour tables %d entries, %d differ"
                + " (fast cheaper %d, reachable only on the fast path %d)%n", kind, t[0], t[1] + t[2], t[1], t[2], t[3],
                t[4] + t[5], t[4], t[5]));
    }
}
