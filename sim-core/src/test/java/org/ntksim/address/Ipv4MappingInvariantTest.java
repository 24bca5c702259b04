package org.ntksim.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Invariants of the IPv4 mapping on random valid topologies: a destination prefix contains exactly the
 * addresses of the nodes inside that g-node, prefixes of distinct destinations never overlap, and the
 * route count follows the documented formula.
 */
class Ipv4MappingInvariantTest {

    static Topology randomTopology(final SplittableRandom rnd) {
        while (true) {
            final int levels = 1 + rnd.nextInt(6);
            final int[] topFirst = new int[levels];
            int bits = 0;
            for (int k = 0; k < levels; k++) {
                final int gexp = 1 + rnd.nextInt(k == 0 ? 8 : 5);
                topFirst[k] = 1 << gexp;
                bits += gexp;
            }
            if (bits <= Topology.MAX_ADDRESS_BITS && topFirst[0] >= levels) {
                return Topology.ofTopFirst(topFirst);
            }
        }
    }

    static NetsukukuAddress randomRealAddress(final Topology t, final SplittableRandom rnd) {
        final int[] topFirst = new int[t.levels()];
        for (int k = 0; k < t.levels(); k++) {
            topFirst[k] = rnd.nextInt(t.gsize(t.levels() - 1 - k));
        }
        return NetsukukuAddress.of(t, topFirst);
    }

    /** A node inside g-node (d, j) seen from n: n's positions above d, j at d, random real positions below. */
    static NetsukukuAddress memberOf(final NetsukukuAddress n, final HCoord g, final SplittableRandom rnd) {
        final Topology t = n.topology();
        NetsukukuAddress m = n.withPosition(g.level(), g.pos());
        for (int i = 0; i < g.level(); i++) {
            m = m.withPosition(i, rnd.nextInt(t.gsize(i)));
        }
        return m;
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 5, 8, 13, 21, 34, 55, 89})
    void destinationPrefixesContainExactlyTheMembersOfTheDestination(final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        for (int round = 0; round < 25; round++) {
            final Topology t = randomTopology(rnd);
            final NetsukukuAddress n = randomRealAddress(t, rnd);
            for (final HCoord dest : Ipv4Mapping.destinations(n, 0)) {
                final NetsukukuAddress inside = memberOf(n, dest, rnd);
                final String ctx = "seed " + seed + " topology " + t + " n " + n + " dest " + dest + " member " + inside;
                for (final DestinationPrefix p : Ipv4Mapping.prefixes(n, dest)) {
                    final Ipv4 memberIp = switch (p.kind()) {
                        case GLOBAL -> Ipv4Mapping.global(inside).orElseThrow();
                        case ANONYMIZING -> Ipv4Mapping.anonymizing(inside).orElseThrow();
                        case INTERNAL -> Ipv4Mapping.internal(inside, p.internalLevel()).orElseThrow();
                    };
                    assertTrue(p.prefix().contains(memberIp), ctx + " prefix " + p);
                    // n itself is never inside one of its destinations
                    final Ipv4 ownIp = switch (p.kind()) {
                        case GLOBAL -> Ipv4Mapping.global(n).orElseThrow();
                        case ANONYMIZING -> Ipv4Mapping.anonymizing(n).orElseThrow();
                        case INTERNAL -> Ipv4Mapping.internal(n, p.internalLevel()).orElseThrow();
                    };
                    assertFalse(p.prefix().contains(ownIp), ctx + " own address inside " + p);
                }
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {7, 11, 17, 19, 23})
    void prefixesOfDistinctDestinationsNeverOverlapAndCountFollowsTheFormula(final long seed) {
        final SplittableRandom rnd = new SplittableRandom(seed);
        for (int round = 0; round < 25; round++) {
            final Topology t = randomTopology(rnd);
            final NetsukukuAddress n = randomRealAddress(t, rnd);
            final List<DestinationPrefix> all = Ipv4Mapping.destinationPrefixes(n, 0);
            int expected = 0;
            for (int d = 0; d < t.levels(); d++) {
                expected += (t.gsize(d) - 1) * (2 + (t.levels() - 1 - d));
            }
            assertEquals(expected, all.size(), "seed " + seed + " topology " + t);
            final List<Ipv4Prefix> seen = new ArrayList<>();
            for (final DestinationPrefix p : all) {
                for (final Ipv4Prefix q : seen) {
                    assertFalse(overlap(p.prefix(), q), "seed " + seed + " " + t + " " + n + ": " + p.prefix() + " overlaps " + q);
                }
                seen.add(p.prefix());
            }
        }
    }

    private static boolean overlap(final Ipv4Prefix a, final Ipv4Prefix b) {
        return a.contains(b.address()) || b.contains(a.address());
    }
}
