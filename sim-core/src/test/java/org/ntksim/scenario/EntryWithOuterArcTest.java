package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * Not on any page (spec §4.6 part 2, Eventi9's general note): when a node enters another network, its
 * forwarding table towards a neighbour of the old network follows the old identity into the new namespace
 * (same name and id) and leaves the old namespace, since the new identity is in another network.
 */
class EntryWithOuterArcTest {

    private static final String SCRIPT = """
            system x eth1 00:16:3E:00:00:01 169.254.0.1
            system y eth1 00:16:3E:00:00:02 169.254.0.2
            netns y entr eth1 00:16:3E:00:00:12 169.254.0.12
            system z eth1 00:16:3E:00:00:03 169.254.0.3
            x: init -k 4.4 0.0
            y: init -k 4.4 0.1
            z: init -k 4.4 2.0
            x: add_real_arc 00:16:3E:00:00:01 00:16:3E:00:00:02 100
            y: add_real_arc 00:16:3E:00:00:02 00:16:3E:00:00:01 100
            x: add_qspn_arc 0 eth1 00:16:3E:00:00:02
            y: add_qspn_arc 0 eth1 00:16:3E:00:00:01
            etp x:0 -> y:0
            y: add_real_arc 00:16:3E:00:00:02 00:16:3E:00:00:03 100
            z: add_real_arc 00:16:3E:00:00:03 00:16:3E:00:00:02 100
            y: prepare_enter_net_phase_1 0 0 1 2 0 4 1 1 2 4 1 [1] 99 null
            y: enter_net_phase_1 0 99
            """;

    @Test
    void outerTableMovesToTheConnectivityNamespaceAndLeavesTheOldOne() throws Exception {
        final List<String> y = Replay.run(ScenarioParser.parse("t.scn", SCRIPT)).commandsOf("y", new LinuxCommandRenderer());
        final String table = "ntk_from_00:16:3E:00:00:01";
        assertTrue(y.contains("ip netns exec entr iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:00:01 -j MARK --set-mark 250"), y::toString);
        assertTrue(y.contains("ip netns exec entr ip rule add fwmark 250 table " + table), y::toString);
        final int ruleDel = y.indexOf("ip rule del fwmark 250 table " + table);
        assertTrue(ruleDel >= 0 && y.get(ruleDel + 1).equals("ip route flush table " + table)
                && y.get(ruleDel + 2).equals("iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:00:00:01 -j MARK --set-mark 250"), y::toString);
        // The name stays in rt_tables: the connectivity identity still uses it.
        assertTrue(y.stream().noneMatch(l -> l.startsWith("sed -i")), y::toString);
        // The new identity's qspn-arc to z gets a table of its own.
        assertTrue(y.contains("(echo; echo \"249 ntk_from_00:16:3E:00:00:03 # xxx_table_ntk_from_00:16:3E:00:00:03_xxx\") | tee -a /etc/iproute2/rt_tables >/dev/null"), y::toString);
    }
}
