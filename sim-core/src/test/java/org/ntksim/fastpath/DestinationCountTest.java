package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Destination lists: Σ(gsize − 1) on full networks, exactly the non-empty real siblings otherwise. */
class DestinationCountTest {

    @Test
    void everyIdentityOfAFullNetworkHasSumOfGsizeMinusOneDestinations() {
        final int[] t = {4, 2, 2, 2};
        final NetworkState.Builder full = NetworkState.builder(t);
        for (int p3 = 0; p3 < 4; p3++) {
            for (int p2 = 0; p2 < 2; p2++) {
                for (int p1 = 0; p1 < 2; p1++) {
                    for (int p0 = 0; p0 < 2; p0++) {
                        full.addIdentity(p3, p2, p1, p0);
                    }
                }
            }
        }
        for (int i = 0; i < 31; i++) {
            full.addArc(i, i + 1, 1);
        }
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(full.build())).computeAll();
        for (int i = 0; i < 32; i++) {
            assertEquals(3 + 1 + 1 + 1, tables.destinationCount(i), "identity " + i);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20261124})
    void partialNetworksListExactlyTheNonEmptyRealSiblingsInRouteOrder(final long seed) {
        final NetworkState s = RandomNetworks.generate(seed, new int[] {4, 4, 4}, 30, 5);
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        final int levels = s.levels();
        for (int x = 0; x < s.identityCount(); x++) {
            final TreeSet<Long> expected = new TreeSet<>();
            for (int y = 0; y < s.identityCount(); y++) {
                int l = levels - 1;
                while (l >= 0 && s.position(x, l) == s.position(y, l)) {
                    l--;
                }
                if (l >= 0 && s.position(y, l) < s.gsize(l)) {
                    expected.add((long) (levels - l) << 32 | s.position(y, l)); // levels top down, pos ascending
                }
            }
            final List<Integer> flat = new ArrayList<>();
            for (final long e : expected) {
                flat.add(levels - (int) (e >>> 32));
                flat.add((int) e);
            }
            assertArrayEquals(flat.stream().mapToInt(Integer::intValue).toArray(), tables.destinations(x),
                    "seed " + seed + " identity " + x);
        }
    }
}
