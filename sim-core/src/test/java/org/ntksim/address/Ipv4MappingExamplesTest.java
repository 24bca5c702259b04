package org.ntksim.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The worked examples of the reference documents (ntkd/IndirizziIP.md, proof/IndirizziIP.md, spec §2.4). */
class Ipv4MappingExamplesTest {

    private static String ip(final java.util.Optional<Ipv4> ip) {
        return ip.map(Ipv4::toString).orElse("none");
    }

    @Test
    void smallTopologyExampleGivesDocumentedAddresses() {
        final NetsukukuAddress n = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "3.1.0.0");
        assertEquals("10.0.0.28", ip(Ipv4Mapping.global(n)));
        assertEquals("10.0.0.92", ip(Ipv4Mapping.anonymizing(n)));
        assertEquals("10.0.0.60", ip(Ipv4Mapping.internal(n, 3)));
        assertEquals("10.0.0.48", ip(Ipv4Mapping.internal(n, 2)));
        assertEquals("10.0.0.40", ip(Ipv4Mapping.internal(n, 1)));
        assertEquals("10.0.0.32", Ipv4Mapping.localhost(n.topology()).toString());
        assertEquals("10.0.0.64/27", Ipv4Mapping.anonymizingRange(n.topology()).toString());
        assertEquals("10.0.0.0/27", Ipv4Mapping.globalRange(n.topology()).toString());
    }

    @Test
    void otherSmallTopologyAddressesFromTheSpecAreReproduced() {
        final Topology t = Topology.parse("4.2.2.2");
        final String[][] cases = {
            {"3.0.1.0", "10.0.0.26", "10.0.0.90", "10.0.0.58", "10.0.0.50", "10.0.0.40"},
            {"1.0.1.0", "10.0.0.10", "10.0.0.74", "10.0.0.58", "10.0.0.50", "10.0.0.40"},
            {"2.1.1.1", "10.0.0.23", "10.0.0.87", "10.0.0.63", "10.0.0.51", "10.0.0.41"},
            {"1.1.0.0", "10.0.0.12", "10.0.0.76", "10.0.0.60", "10.0.0.48", "10.0.0.40"},
            {"3.1.0.1", "10.0.0.29", "10.0.0.93", "10.0.0.61", "10.0.0.49", "10.0.0.41"},
        };
        for (final String[] c : cases) {
            final NetsukukuAddress n = NetsukukuAddress.parse(t, c[0]);
            assertEquals(List.of(c[1], c[2], c[3], c[4], c[5]),
                    List.of(ip(Ipv4Mapping.global(n)), ip(Ipv4Mapping.anonymizing(n)), ip(Ipv4Mapping.internal(n, 3)),
                            ip(Ipv4Mapping.internal(n, 2)), ip(Ipv4Mapping.internal(n, 1))), c[0]);
        }
    }

    @Test
    void largeTopologyExampleGivesDocumentedAddresses() {
        final Topology t = Topology.parse("4.16.256.256");
        assertEquals(22, t.addressBits());
        final NetsukukuAddress n = NetsukukuAddress.parse(t, "3.10.123.45");
        assertEquals("10.58.123.45", ip(Ipv4Mapping.global(n)));
        assertEquals("10.186.123.45", ip(Ipv4Mapping.anonymizing(n)));
        assertEquals("10.122.123.45", ip(Ipv4Mapping.internal(n, 3)));
        assertEquals("10.96.123.45", ip(Ipv4Mapping.internal(n, 2)));
        assertEquals("10.80.0.45", ip(Ipv4Mapping.internal(n, 1)));
        assertEquals("10.64.0.0", Ipv4Mapping.localhost(t).toString());
        assertEquals("10.128.0.0/10", Ipv4Mapping.anonymizingRange(t).toString());
    }

    @Test
    void largeTopologyGnodePrefixesAreTheDocumentedOnes() {
        final Topology t = Topology.parse("4.16.256.256");
        final NetsukukuAddress n = NetsukukuAddress.parse(t, "3.10.123.45");
        // g-node 3.1 (level 2, position 1) → 10.49.0.0/16
        assertEquals("10.49.0.0/16", Ipv4Mapping.prefixes(n, new HCoord(2, 1)).get(0).prefix().toString());
        // g-node 3.10.67 (level 1, position 67) → global 10.58.67.0/24, internal L3 10.122.67.0/24, L2 10.96.67.0/24
        final List<String> l1 = Ipv4Mapping.prefixes(n, new HCoord(1, 67)).stream()
                .map(p -> p.kind() + (p.kind() == PrefixKind.INTERNAL ? "-" + p.internalLevel() : "") + " " + p.prefix())
                .toList();
        assertEquals(List.of("GLOBAL 10.58.67.0/24", "ANONYMIZING 10.186.67.0/24",
                "INTERNAL-3 10.122.67.0/24", "INTERNAL-2 10.96.67.0/24"), l1);
        // top-level g-node 2 → 10.32.0.0/12, anonymizing 10.160.0.0/12
        final List<DestinationPrefix> top = Ipv4Mapping.prefixes(n, new HCoord(3, 2));
        assertEquals("10.32.0.0/12", top.get(0).prefix().toString());
        assertEquals("10.160.0.0/12", top.get(1).prefix().toString());
        assertEquals(2, top.size());
    }

    @Test
    void levelOneGnodePrefixFromTheProgramsUnitTests() {
        // lukisi/proof ipv4compute tester: level-1 g-node 3.1.0. seen from 3.1.1.x → 10.0.0.28/31, 10.0.0.92/31, L3 10.0.0.60/31
        final NetsukukuAddress n = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "3.1.1.0");
        final List<String> got = Ipv4Mapping.prefixes(n, new HCoord(1, 0)).stream().map(p -> p.prefix().toString()).toList();
        assertEquals(List.of("10.0.0.28/31", "10.0.0.92/31", "10.0.0.60/31", "10.0.0.48/31"), got);
        // 234.123.15.3 written level 0 first is 3.15.123.234 top first
        final NetsukukuAddress big = NetsukukuAddress.parse(Topology.parse("4.16.256.256"), "3.15.123.234");
        assertEquals("10.63.123.234", ip(Ipv4Mapping.global(big)));
        assertEquals("10.191.123.234", ip(Ipv4Mapping.anonymizing(big)));
    }

    @Test
    void routeCountsPerTableMatchTheDocumentedFormula() {
        final Topology t = Topology.parse("4.2.2.2");
        assertEquals(18, Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(t, "3.1.0.0"), 0).size());
        assertEquals(23, Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(t, "2.1.1.2"), 0).size());
        assertEquals(15, Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(t, "2.2.1.0"), 0).size());
        assertEquals(18, Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(t, "2.1.2.1"), 0).size());
    }

    @Test
    void virtualAddressOwnsOnlyTheInternalAddressesBelowItsVirtualLevel() {
        final NetsukukuAddress n = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "2.2.1.0");
        assertTrue(Ipv4Mapping.global(n).isEmpty());
        assertTrue(Ipv4Mapping.anonymizing(n).isEmpty());
        assertTrue(Ipv4Mapping.internal(n, 3).isEmpty());
        assertEquals("10.0.0.50", ip(Ipv4Mapping.internal(n, 2)));
        assertEquals("10.0.0.40", ip(Ipv4Mapping.internal(n, 1)));
    }
}
