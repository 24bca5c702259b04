package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.address.HCoord;

/**
 * With retention disabled EtpNetwork keeps every loop-free path, so its tables must equal those of
 * {@link QspnConvergence}, the independent ideal-QSPN reference (itself checked against exhaustive path
 * enumeration in FastPathEqualsReplayTest): incremental ETPs, the per-arc memory of announcements and the
 * hop/arc encoding must lose nothing.
 */
class EtpNetworkUnlimitedRetentionTest {

    private static final int[][] TOPOLOGIES = {{4, 2, 2}, {4, 4}, {4, 2, 2, 2}, {8, 2}, {4, 4, 4}};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12})
    void withoutRetentionTheTablesEqualIdealQspn(final long seed) {
        final int[] t = TOPOLOGIES[(int) (seed % TOPOLOGIES.length)];
        final EtpTestNetworks.Net net = EtpTestNetworks.generate(seed, t, 8 + (int) (seed % 5), 5, seed % 2 == 0, false);
        final EtpNetwork etp = net.converge(seed, EtpParameters.unlimited());
        final QspnConvergence ideal = net.ideal(seed);
        int compared = 0;
        for (int x = 0; x < net.size(); x++) {
            for (final int[] d : net.destinations(x)) {
                final HCoord h = new HCoord(d[0], d[1]);
                final String where = "seed " + seed + ", identity " + x + " " + ideal.address(x) + ", destination " + h;
                assertEquals(cost(ideal.best(x, h)), etp.bestCost(x, d[0], d[1]), where + ", ntk");
                for (final int v : net.neighbours(x)) {
                    assertEquals(cost(ideal.bestAvoiding(x, net.arcId(x, v), h)), etp.bestCostAvoiding(x, v, d[0], d[1]),
                            where + ", table of neighbour " + v);
                    compared++;
                }
            }
        }
        System.out.printf("seed %d: %d identities, %d arcs, %d neighbour-table entries equal; ETPs %d (ideal %d)%n", seed,
                net.size(), net.arcs().size(), compared, etp.etpsSent(), ideal.etpsSent());
    }

    static int cost(final Optional<Path> p) {
        return p.isPresent() ? (int) p.get().costMicros() : -1;
    }
}
