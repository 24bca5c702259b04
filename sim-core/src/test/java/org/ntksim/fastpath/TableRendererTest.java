package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden: the prefixes and route forms of spec §2.4 (identity 3·1·0·0 in 4·2·2·2) and §3.3–3.4. */
class TableRendererTest {

    private static final TableRenderer.Names NAMES = new TableRenderer.Names() {
        @Override
        public String mac(final int identity) {
            return "MAC" + identity;
        }

        @Override
        public String linkLocal(final int identity) {
            return "169.254.0." + identity;
        }

        @Override
        public String dev(final int identity) {
            return "eth1";
        }
    };

    @Test
    void ntkOfThreeOneZeroZeroListsTheEighteenPrefixesOfTheSpecInOrder() {
        final NetworkState.Builder b = NetworkState.builder(4, 2, 2, 2);
        final int eps = b.addIdentity(3, 1, 0, 0);
        final int[][] others = {{0, 0, 0, 0}, {1, 0, 0, 0}, {2, 0, 0, 0}, {3, 0, 0, 0}, {3, 1, 1, 0}, {3, 1, 0, 1}};
        for (final int[] o : others) {
            b.addArc(eps, b.addIdentity(o), 10);
        }
        final NetworkState s = b.build();
        final RouteTables t = new FastPathRouter(CsrNetwork.freeze(s)).computeAll();
        final List<String> lines = new TableRenderer(s, t).render(eps, NAMES);
        final String[] cidrs = {"10.0.0.0/29", "10.0.0.64/29", "10.0.0.8/29", "10.0.0.72/29", "10.0.0.16/29",
            "10.0.0.80/29", "10.0.0.24/30", "10.0.0.88/30", "10.0.0.56/30", "10.0.0.30/31", "10.0.0.94/31",
            "10.0.0.62/31", "10.0.0.50/31", "10.0.0.29/32", "10.0.0.93/32", "10.0.0.61/32", "10.0.0.49/32",
            "10.0.0.41/32"};
        for (int i = 0; i < cidrs.length; i++) {
            assertEquals(cidrs[i], lines.get(i).split(" ")[3], "line " + i + ": " + lines.get(i));
        }
        assertEquals("ip route change 10.0.0.0/29 table ntk via 169.254.0.1 dev eth1 src 10.0.0.28", lines.get(0));
        assertEquals("ip route change 10.0.0.56/30 table ntk via 169.254.0.4 dev eth1 src 10.0.0.60", lines.get(8));
        assertEquals("ip route change 10.0.0.41/32 table ntk via 169.254.0.6 dev eth1 src 10.0.0.40", lines.get(17));
        // table of the neighbour 3·1·1·0 (hv level 1): internal L1 prefixes are blackhole, its own g-node unreachable
        final int tableStart = 18 * 5;
        assertEquals("ip route change unreachable 10.0.0.30/31 table ntk_from_MAC5", lines.get(tableStart + 9));
        assertEquals("ip route change blackhole 10.0.0.41/32 table ntk_from_MAC5", lines.get(tableStart + 17));
        assertEquals("ip route change 10.0.0.49/32 table ntk_from_MAC5 via 169.254.0.6 dev eth1",
                lines.get(tableStart + 16));
        assertEquals(18 * 7, lines.size());
    }
}
