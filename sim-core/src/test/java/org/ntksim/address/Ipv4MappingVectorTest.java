package org.ntksim.address;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The destination-prefix order and the own addresses against command blocks of the proof of concept's
 * pages (copied from shared/vectors into test resources).
 */
class Ipv4MappingVectorTest {
    private static final Topology T = Topology.parse("4.2.2.2");

    @Test
    void fullyRealAddressFillsNtkInThePagesOrder() throws IOException {
        // Eventi page 1: alfa starts with 3.0.1.0 and populates ntk with 18 routes.
        final List<String> expected = VectorBlocks.block("eventi1.txt",
                "Popolamento iniziale della tabella di routing `ntk`", "alfa");
        final List<String> actual = Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(T, "3.0.1.0"), 0).stream()
                .map(p -> "ip route add unreachable " + p.prefix() + " table ntk").toList();
        assertEquals(expected, actual);
    }

    @Test
    void virtualLevelZeroPositionAddsBothLevelZeroDestinations() throws IOException {
        // Eventi page 7: epsilon's new identity 2.1.1.2 (virtual at level 0) populates ntk with 23 routes.
        final List<String> expected = VectorBlocks.block("eventi7.txt",
                "entr05: Popolamento nuove rotte della nuova identità", "epsilon");
        final List<String> actual = Ipv4Mapping.destinationPrefixes(NetsukukuAddress.parse(T, "2.1.1.2"), 0).stream()
                .map(p -> "ip route add unreachable " + p.prefix() + " table ntk").toList();
        assertEquals(23, expected.size());
        assertEquals(expected, actual);
    }

    @Test
    void ownAddressesOfAStartingSystemMatchThePage() throws IOException {
        final List<String> expected = VectorBlocks.block("eventi1.txt",
                "Assegnazione indirizzi IP del primo indirizzo Netsukuku scelto", "alfa");
        final List<String> actual = Ipv4Mapping.ownAddresses(NetsukukuAddress.parse(T, "3.0.1.0")).stream()
                .map(a -> "ip address add " + a.ip() + " dev eth1").toList();
        assertEquals(expected, actual);
    }

    @Test
    void snatRuleMatchesTheAnonymizingRange() throws IOException {
        final List<String> expected = VectorBlocks.block("eventi1.txt",
                "Mascheramento del source nei pacchetti *anonimi*", "alfa");
        final NetsukukuAddress alfa = NetsukukuAddress.parse(T, "3.0.1.0");
        assertEquals(expected, List.of("iptables -t nat -A POSTROUTING -d " + Ipv4Mapping.anonymizingRange(T)
                + " -j SNAT --to " + Ipv4Mapping.global(alfa).orElseThrow()));
    }
}
