package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * The model is not tied to 4·2·2·2: on topology 8·4·2 (gexp 3, 2, 1; address bits 6) the expected lines
 * below were computed by hand from spec §2.3 (x = 3·1·0 → global 10.0.0.26, internal-2 10.0.0.82).
 */
class OtherTopologyReplayTest {

    private static final String SCRIPT = """
            system x eth1 00:16:3E:00:00:01 169.254.0.1
            system y eth1 00:16:3E:00:00:02 169.254.0.2
            x: init -k 8.4.2 3.1.0
            y: init -k 8.4.2 3.2.1
            x: add_real_arc 00:16:3E:00:00:01 00:16:3E:00:00:02 500
            y: add_real_arc 00:16:3E:00:00:02 00:16:3E:00:00:01 700
            x: add_qspn_arc 0 eth1 00:16:3E:00:00:02
            y: add_qspn_arc 0 eth1 00:16:3E:00:00:01
            etp y:0 -> x:0
            x: remove_real_arc 00:16:3E:00:00:01 00:16:3E:00:00:02
            """;

    private static List<String> commandsOfX() throws Exception {
        final CommandLog log = Replay.run(ScenarioParser.parse("other.scn", SCRIPT));
        return log.commandsOf("x", new LinuxCommandRenderer());
    }

    @Test
    void bestPathGoesViaTheNeighbourWithTheOwnAddressOfTheSameFormAsSource() throws Exception {
        final List<String> x = commandsOfX();
        assertTrue(x.contains("ip route change 10.0.0.28/31 table ntk via 169.254.0.2 dev eth1 src 10.0.0.26"), x::toString);
        assertTrue(x.contains("ip route change 10.0.0.156/31 table ntk via 169.254.0.2 dev eth1 src 10.0.0.26"), x::toString);
        assertTrue(x.contains("ip route change 10.0.0.84/31 table ntk via 169.254.0.2 dev eth1 src 10.0.0.82"), x::toString);
    }

    @Test
    void neighbourTableBlackholesInternalAddressesTheNeighbourCannotTarget() throws Exception {
        final List<String> x = commandsOfX();
        // y's g-node for x is (level 1, 3·2): internal-1 routes (3·1·1 → 10.0.0.73) are blackhole in y's table.
        assertTrue(x.contains("ip route change blackhole 10.0.0.73/32 table ntk_from_00:16:3E:00:00:02"), x::toString);
        assertTrue(x.contains("ip route change unreachable 10.0.0.28/31 table ntk_from_00:16:3E:00:00:02"), x::toString);
        assertTrue(x.contains("ip rule add fwmark 250 table ntk_from_00:16:3E:00:00:02"), x::toString);
    }

    @Test
    void removedArcTakesItsTableThenTheRoutesThenTheDirectRoute() throws Exception {
        final List<String> x = commandsOfX();
        final int at = x.indexOf("ip rule del fwmark 250 table ntk_from_00:16:3E:00:00:02");
        assertEquals(List.of(
                "ip rule del fwmark 250 table ntk_from_00:16:3E:00:00:02",
                "ip route flush table ntk_from_00:16:3E:00:00:02",
                "iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:00:00:02 -j MARK --set-mark 250",
                "sed -i '/xxx_table_ntk_from_00:16:3E:00:00:02_xxx/d' /etc/iproute2/rt_tables"), x.subList(at, at + 4));
        assertTrue(x.contains("ip route change unreachable 10.0.0.28/31 table ntk"), x::toString);
        assertEquals("ip route del 169.254.0.2 dev eth1 src 169.254.0.1", x.get(x.size() - 1));
    }
}
