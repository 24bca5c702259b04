package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * Beyond the documented pages: dismissing the connectivity identity of a migration. Its namespace goes
 * without {@code sed} (the main identity still uses the table names), and each neighbour with a
 * qspn-arc to it removes that arc's table before dropping the direct route (spec §3.1, §4.9).
 */
class MigrationDismissalTest {

    private static List<String> tail(final String system, final int n) throws Exception {
        final Path file = Path.of("..", "scenarios", "poc", "after-eventi10-dismiss-migr01.scn");
        final CommandLog log = Replay.run(ScenarioParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8)));
        final List<String> all = log.commandsOf(system, new LinuxCommandRenderer());
        return all.subList(all.size() - n, all.size());
    }

    @Test
    void connectivityNamespaceGoesWithoutReleasingTableNamesTheMainIdentityStillUses() throws Exception {
        assertEquals(List.of(
                "ip netns exec migr01 ip route flush table main",
                "ip netns exec migr01 ip link delete migr01_eth1 type macvlan",
                "ip netns del migr01"), tail("beta", 3));
    }

    @Test
    void neighbourRemovesTheTableOfTheDismissedIdentityThenItsDirectRoute() throws Exception {
        assertEquals(List.of(
                "ip rule del fwmark 250 table ntk_from_00:16:3E:EE:AF:D1",
                "ip route flush table ntk_from_00:16:3E:EE:AF:D1",
                "iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:EE:AF:D1 -j MARK --set-mark 250",
                "sed -i '/xxx_table_ntk_from_00:16:3E:EE:AF:D1_xxx/d' /etc/iproute2/rt_tables"),
                tail("epsilon", 4 + 36 + 1).subList(0, 4));
        // Then the routes are recomputed without that arc: ntk and the remaining table (18 routes each).
        assertEquals(36, tail("epsilon", 36 + 1).subList(0, 36).stream().filter(l -> l.startsWith("ip route change ")).count());
        assertEquals("ip route del 169.254.27.218 dev eth1 src 169.254.163.36", tail("epsilon", 1).get(0));
    }
}
