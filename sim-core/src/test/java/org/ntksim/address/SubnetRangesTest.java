package org.ntksim.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * NETMAP ranges of an autonomous subnet's gateway (DettagliOperazioni11). The 4·2·2·2 values are the page's
 * (lambda, 1·1·0·0, subnet level 1); the 4·16·256·256 ones were computed by hand from spec §2.3 (B = 22,
 * offsets 0, 8, 16, 20; internal marker 0x400000, anonymizing 0x800000).
 */
class SubnetRangesTest {

    private static String ranges(final NetsukukuAddress n, final int s, final int i) {
        final Ipv4Mapping.SubnetRanges r = Ipv4Mapping.subnetRanges(n, s, i).orElseThrow();
        return r.subnet() + " " + r.space() + (r.anonymizingSubnet() == null ? "" : " " + r.anonymizingSubnet());
    }

    @Test
    void lambdaOfPage11HasTheRangesThePageLists() {
        final NetsukukuAddress lambda = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "1.1.0.0");
        assertEquals("10.0.0.40/31", Ipv4Mapping.subnetInside(lambda.topology(), 1).toString());
        assertEquals("10.0.0.48/31 10.0.0.48/30", ranges(lambda, 1, 1));
        assertEquals("10.0.0.60/31 10.0.0.56/29", ranges(lambda, 1, 2));
        assertEquals("10.0.0.12/31 10.0.0.0/27 10.0.0.76/31", ranges(lambda, 1, 3));
    }

    @Test
    void largeTopologyRangesFollowTheBitLayout() {
        final NetsukukuAddress n = NetsukukuAddress.parse(Topology.parse("4.16.256.256"), "3.10.123.45");
        assertEquals("10.80.0.0/24", Ipv4Mapping.subnetInside(n.topology(), 1).toString());
        assertEquals("10.96.123.0/24 10.96.0.0/16", ranges(n, 1, 1));
        assertEquals("10.122.123.0/24 10.112.0.0/12", ranges(n, 1, 2));
        assertEquals("10.58.123.0/24 10.0.0.0/10 10.186.123.0/24", ranges(n, 1, 3));
    }

    @Test
    void aFormThatNeedsAVirtualPositionHasNoRanges() {
        // lambda1 right after entr06: 2·1·2·0, virtual at level 1: no form of the subnet exists yet.
        final NetsukukuAddress virtual = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "2.1.2.0");
        for (int i = 1; i <= 3; i++) {
            assertTrue(Ipv4Mapping.subnetRanges(virtual, 1, i).isEmpty(), "level " + i);
        }
    }
}
