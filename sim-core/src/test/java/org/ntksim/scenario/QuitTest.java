package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.LinuxCommandRenderer;

/** {@code quit} undoes what the start did (spec §4.10): rule and table ntk, SNAT, own IPs, localhost. */
class QuitTest {

    @Test
    void quitRemovesNtkSnatAndOwnAddressesOfTheMainIdentity() throws Exception {
        final String script = """
                system alfa eth1 00:16:3E:FD:E2:AA 169.254.69.30
                record off
                alfa: init -i eth1 -k 4.2.2.2 3.0.1.0
                record on
                alfa: quit
                """;
        final var log = Replay.run(ScenarioParser.parse("q.scn", script));
        assertEquals(List.of(
                "ip rule del table ntk",
                "ip route flush table ntk",
                "iptables -t nat -D POSTROUTING -d 10.0.0.64/27 -j SNAT --to 10.0.0.26",
                "ip address del 10.0.0.26/32 dev eth1",
                "ip address del 10.0.0.90/32 dev eth1",
                "ip address del 10.0.0.58/32 dev eth1",
                "ip address del 10.0.0.50/32 dev eth1",
                "ip address del 10.0.0.40/32 dev eth1",
                "ip address del 10.0.0.32/32 dev lo"), log.commandsOf("alfa", new LinuxCommandRenderer()));
    }

    @Test
    void quitOfAGatewayRemovesItsNetmapRulesLast() throws Exception {
        // lambda of DettagliOperazioni11 (1.1.0.0, subnet level 1); spec §4.10: NETMAP -D after localhost.
        final String script = """
                system lambda eth1 00:16:3E:06:3E:90 169.254.109.22
                record off
                lambda: init -i eth1 -k -s 1 4.2.2.2 1.1.0.0
                record on
                lambda: quit
                """;
        final var log = Replay.run(ScenarioParser.parse("q.scn", script));
        assertEquals(List.of(
                "ip rule del table ntk",
                "ip route flush table ntk",
                "iptables -t nat -D POSTROUTING -d 10.0.0.64/27 -j SNAT --to 10.0.0.12",
                "ip address del 10.0.0.12/32 dev eth1",
                "ip address del 10.0.0.76/32 dev eth1",
                "ip address del 10.0.0.60/32 dev eth1",
                "ip address del 10.0.0.48/32 dev eth1",
                "ip address del 10.0.0.40/32 dev eth1",
                "ip address del 10.0.0.32/32 dev lo",
                "iptables -t nat -D PREROUTING -d 10.0.0.48/31 -j NETMAP --to 10.0.0.40/31",
                "iptables -t nat -D POSTROUTING -d 10.0.0.48/30 -s 10.0.0.40/31 -j NETMAP --to 10.0.0.48/31",
                "iptables -t nat -D PREROUTING -d 10.0.0.60/31 -j NETMAP --to 10.0.0.40/31",
                "iptables -t nat -D POSTROUTING -d 10.0.0.56/29 -s 10.0.0.40/31 -j NETMAP --to 10.0.0.60/31",
                "iptables -t nat -D PREROUTING -d 10.0.0.12/31 -j NETMAP --to 10.0.0.40/31",
                "iptables -t nat -D POSTROUTING -d 10.0.0.0/27 -s 10.0.0.40/31 -j NETMAP --to 10.0.0.12/31",
                "iptables -t nat -D PREROUTING -d 10.0.0.76/31 -j NETMAP --to 10.0.0.40/31",
                "iptables -t nat -D POSTROUTING -d 10.0.0.64/27 -s 10.0.0.40/31 -j NETMAP --to 10.0.0.12/31"),
                log.commandsOf("lambda", new LinuxCommandRenderer()));
    }

    @Test
    void updateAllRoutesRewritesNtkOfALoneNode() throws Exception {
        final String script = """
                system alfa eth1 00:16:3E:FD:E2:AA 169.254.69.30
                record off
                alfa: init -i eth1 -k 4.2.2.2 3.0.1.0
                record on
                alfa: update_all_routes
                """;
        final List<String> lines = Replay.run(ScenarioParser.parse("u.scn", script)).commandsOf("alfa", new LinuxCommandRenderer());
        assertEquals(18, lines.size());
        assertEquals("ip route change unreachable 10.0.0.0/29 table ntk", lines.get(0));
    }
}
