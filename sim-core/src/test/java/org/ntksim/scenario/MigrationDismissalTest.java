package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * Beyond the documented pages: a migration's connectivity identity goes only after check_connectivity
 * says it can (spec §2.2, §5.2). After page 10 beta's one still holds 2.1.1 together: epsilon1 reaches
 * gamma only through it, so the dismissal is refused at its line.
 */
class MigrationDismissalTest {

    @Test
    void connectivityIdentityThatStillHoldsItsGNodeTogetherIsNotDismissed() throws Exception {
        final Path file = Path.of("..", "scenarios", "derived", "after-eventi10-dismiss-migr01-refused.scn");
        final String text = Files.readString(file, StandardCharsets.UTF_8);
        final Scenario scenario = ScenarioParser.parse(file.toString(), text);
        final int lastLine = scenario.steps().get(scenario.steps().size() - 1).line();
        final ScenarioException e = assertThrows(ScenarioException.class, () -> Replay.run(scenario));
        assertEquals(file + ":" + lastLine + ": beta:1 cannot be removed yet: check_connectivity has not said it can",
                e.getMessage());
    }

    /** Topology 4·4: y (0·1) migrates to 1·0 and leaves a connectivity identity 0·4 that nothing needs. */
    private static final String SMALL = """
            system x eth1 00:16:3E:00:00:01 169.254.0.1
            system y eth1 00:16:3E:00:00:02 169.254.0.2
            netns y migr eth1 00:16:3E:00:00:12 169.254.0.12
            x: init -k 4.4 0.0
            y: init -k 4.4 0.1
            x: add_real_arc 00:16:3E:00:00:01 00:16:3E:00:00:02 100
            y: add_real_arc 00:16:3E:00:00:02 00:16:3E:00:00:01 100
            x: add_qspn_arc 0 eth1 00:16:3E:00:00:02
            y: add_qspn_arc 0 eth1 00:16:3E:00:00:01
            etp y:0 -> x:0
            y: prepare_migrate_phase_1 0 0 1 1 0 4 1 0 2 4 1 77 null
            y: migrate_phase_1 0 77
            y: check_connectivity 0
            y: dismiss 0
            """;

    @Test
    void neighbourRemovesTheTableOfADismissedConnectivityIdentityRecomputesThenDropsTheDirectRoute() throws Exception {
        final CommandLog log = Replay.run(ScenarioParser.parse("small.scn", SMALL));
        final List<String> x = log.commandsOf("x", new LinuxCommandRenderer());
        final int at = x.lastIndexOf("ip rule del fwmark 250 table ntk_from_00:16:3E:00:00:12");
        assertEquals(List.of(
                "ip rule del fwmark 250 table ntk_from_00:16:3E:00:00:12",
                "ip route flush table ntk_from_00:16:3E:00:00:12",
                "iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:00:00:12 -j MARK --set-mark 250",
                "sed -i '/xxx_table_ntk_from_00:16:3E:00:00:12_xxx/d' /etc/iproute2/rt_tables"), x.subList(at, at + 4));
        // Then ntk is recomputed without that arc, and the direct route goes last.
        final List<String> recomputed = x.subList(at + 4, x.size() - 1);
        assertEquals(true, recomputed.contains("ip route change unreachable 10.0.0.1/32 table ntk"), recomputed::toString);
        assertEquals(true, recomputed.stream().allMatch(l -> l.startsWith("ip route change unreachable ")
                && l.endsWith(" table ntk")), recomputed::toString);
        assertEquals("ip route del 169.254.0.12 dev eth1 src 169.254.0.1", x.get(x.size() - 1));
        final List<String> y = log.commandsOf("y", new LinuxCommandRenderer());
        assertEquals(List.of("ip netns exec migr ip route flush table main",
                "ip netns exec migr ip link delete migr_eth1 type macvlan", "ip netns del migr"),
                y.subList(y.size() - 3, y.size()));
    }
}
