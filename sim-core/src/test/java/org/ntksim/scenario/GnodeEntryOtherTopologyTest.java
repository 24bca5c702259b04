package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * A level-1 g-node enters another network in topology 4·4·4: x = 1·2·0 and y = 1·2·1 (their own network)
 * enter the level-2 g-node 0 of z's network (z = 0·1·0, arc x-z): virtual 0·4, real 0·3, connectivity 1·5.
 * The expected lines are derived by hand from spec §4.6 (parts 2-4, in the order page 3 shows for a
 * level-1 entry) and §2.3, never by running the code. 4·4·4: global 10.0.0.(16·l2 + 4·l1 + l0),
 * anonymizing +128, internal-2 10.0.0.(96 + 4·l1 + l0), internal-1 10.0.0.(80 + l0); /28, /30, /32.
 */
class GnodeEntryOtherTopologyTest {

    private static final String SCRIPT = """
            system x eth1 00:16:3E:00:00:1A 169.254.0.26
            netns x e1 eth1 00:16:3E:00:01:1A 169.254.1.26
            system y eth1 00:16:3E:00:00:1B 169.254.0.27
            netns y e1 eth1 00:16:3E:00:01:1B 169.254.1.27
            system z eth1 00:16:3E:00:00:1C 169.254.0.28
            record off
            x: init -k 4.4.4 1.2.0
            y: init -k 4.4.4 1.2.1
            z: init -k 4.4.4 0.1.0
            x: add_real_arc 00:16:3E:00:00:1A 00:16:3E:00:00:1B 1000
            y: add_real_arc 00:16:3E:00:00:1B 00:16:3E:00:00:1A 1000
            x: add_qspn_arc 0 eth1 00:16:3E:00:00:1B
            y: add_qspn_arc 0 eth1 00:16:3E:00:00:1A
            etp y:0 -> x:0
            etp x:0 -> y:0
            x: add_real_arc 00:16:3E:00:00:1A 00:16:3E:00:00:1C 1000
            z: add_real_arc 00:16:3E:00:00:1C 00:16:3E:00:00:1A 1000
            record on
            x: prepare_enter_net_phase_1 0 1 2 0 0 4 1 3 1 5 1 [1] 88 null
            y: prepare_enter_net_phase_1 0 1 2 0 0 4 1 3 1 5 1 [] 88 null
            x: enter_net_phase_1 0 88
            y: enter_net_phase_1 0 88
            """;

    private static final String OLD_TABLE = "ntk_from_00:16:3E:00:00:1B";
    private static final String NS_TABLE = "ntk_from_00:16:3E:00:01:1B";

    @Test
    void level1GnodeEntryMovesTheOldRoutesOutAndGivesTheNewIdentityItsOwn() throws Exception {
        final List<String> x = Replay.run(ScenarioParser.parse("entry-444.scn", SCRIPT)).commandsOf("x", new LinuxCommandRenderer());
        final List<String> expected = new ArrayList<>();
        // Part 2: y moves too, so the internal table in e1 is named after y's new MAC: highest free id 249.
        expected.add("(echo; echo \"249 " + NS_TABLE + " # xxx_table_" + NS_TABLE + "_xxx\") | tee -a /etc/iproute2/rt_tables >/dev/null");
        expected.add("ip netns exec e1 iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:01:1B -j MARK --set-mark 249");
        // Old address 1·2·0, destinations below the guest level 1 (positions 1, 2, 3 at level 0), minus the
        // kept internal-1 routes .81-.83: deleted from ntk, then from the old table.
        final List<String> lower = List.of("10.0.0.25/32", "10.0.0.153/32", "10.0.0.105/32", "10.0.0.26/32",
                "10.0.0.154/32", "10.0.0.106/32", "10.0.0.27/32", "10.0.0.155/32", "10.0.0.107/32");
        for (final String t : List.of("ntk", OLD_TABLE)) {
            lower.forEach(p -> expected.add("ip route del " + p + " table " + t));
        }
        // The connectivity address 1·5·0 from level 1 up: level 2 positions 0, 2, 3; level 1 all of 0..3.
        final List<String> connectivity = List.of("10.0.0.0/28", "10.0.0.128/28", "10.0.0.32/28", "10.0.0.160/28",
                "10.0.0.48/28", "10.0.0.176/28", "10.0.0.16/30", "10.0.0.144/30", "10.0.0.96/30", "10.0.0.20/30",
                "10.0.0.148/30", "10.0.0.100/30", "10.0.0.24/30", "10.0.0.152/30", "10.0.0.104/30", "10.0.0.28/30",
                "10.0.0.156/30", "10.0.0.108/30");
        connectivity.forEach(p -> expected.add("ip netns exec e1 ip route add unreachable " + p + " table " + NS_TABLE));
        // The old address's destinations of level >= 1 leave the old namespace.
        final List<String> upper = List.of("10.0.0.0/28", "10.0.0.128/28", "10.0.0.32/28", "10.0.0.160/28",
                "10.0.0.48/28", "10.0.0.176/28", "10.0.0.16/30", "10.0.0.144/30", "10.0.0.96/30", "10.0.0.20/30",
                "10.0.0.148/30", "10.0.0.100/30", "10.0.0.28/30", "10.0.0.156/30", "10.0.0.108/30");
        for (final String t : List.of("ntk", OLD_TABLE)) {
            upper.forEach(p -> expected.add("ip route del " + p + " table " + t));
        }
        // SNAT, then global 1·2·0 = .24, anonymizing .152, internal-2 .104 (levels >= host level 2).
        expected.add("iptables -t nat -D POSTROUTING -d 10.0.0.128/26 -j SNAT --to 10.0.0.24");
        expected.add("ip address del 10.0.0.24/32 dev eth1");
        expected.add("ip address del 10.0.0.152/32 dev eth1");
        expected.add("ip address del 10.0.0.104/32 dev eth1");
        // Refresh of the e1 table: x knew only y, a level-0 destination the connectivity identity dropped.
        connectivity.forEach(p -> expected.add("ip netns exec e1 ip route change unreachable " + p + " table " + NS_TABLE));
        expected.add("ip netns exec e1 ip rule add fwmark 249 table " + NS_TABLE);
        // Part 3: the new identity 0·4·0 (virtual at level 1), minus the kept routes, on ntk and the old table.
        final List<String> fresh = List.of("10.0.0.16/28", "10.0.0.144/28", "10.0.0.32/28", "10.0.0.160/28",
                "10.0.0.48/28", "10.0.0.176/28", "10.0.0.0/30", "10.0.0.128/30", "10.0.0.96/30", "10.0.0.4/30",
                "10.0.0.132/30", "10.0.0.100/30", "10.0.0.8/30", "10.0.0.136/30", "10.0.0.104/30", "10.0.0.12/30",
                "10.0.0.140/30", "10.0.0.108/30");
        for (final String t : List.of("ntk", OLD_TABLE)) {
            fresh.forEach(p -> expected.add("ip route add unreachable " + p + " table " + t));
        }
        // Part 4: the external arc to z gets a new table (id 248) with every route of 0·4·0, kept ones too.
        final String zt = "ntk_from_00:16:3E:00:00:1C";
        expected.add("(echo; echo \"248 " + zt + " # xxx_table_" + zt + "_xxx\") | tee -a /etc/iproute2/rt_tables >/dev/null");
        expected.add("iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:00:1C -j MARK --set-mark 248");
        fresh.forEach(p -> expected.add("ip route add unreachable " + p + " table " + zt));
        for (final String p : List.of("10.0.0.81/32", "10.0.0.82/32", "10.0.0.83/32")) {
            expected.add("ip route add unreachable " + p + " table " + zt);
        }
        assertTrue(Collections.indexOfSubList(x, expected) >= 0,
                () -> "block not found:\n" + String.join("\n", expected) + "\n---- replay of x:\n" + String.join("\n", x));
    }
}
