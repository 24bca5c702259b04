package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * A whole level-1 g-node migrates in topology 4·4·4 (not the pages' 4·2·2·2): a = 0·1·0 and b = 0·1·1 form
 * 0·1, a has an arc to c = 0·2·0. 0·1 moves inside 0 (host level 2): virtual 0·4, real 0·3, connectivity
 * 0·5. Every expected line below was derived by hand from the rules (spec §2.3, §3.1-§3.4, §4.8,
 * DettagliOperazioni12), never by running the code.
 *
 * <p>4·4·4: gexp 2, 2, 2, B = 6, offsets 0, 2, 4. Global = 10.0.0.(16·l2 + 4·l1 + l0); anonymizing = +128;
 * internal-2 = 10.0.0.(96 + 4·l1 + l0); internal-1 = 10.0.0.(80 + l0); a level-2 g-node is a /28, a level-1
 * g-node a /30; the anonymizing range is 10.0.0.128/26.
 */
class GnodeMigrationOtherTopologyTest {

    private static final String SCRIPT = """
            system a eth1 00:16:3E:00:00:0A 169.254.0.10
            netns a m1 eth1 00:16:3E:00:01:0A 169.254.1.10
            system b eth1 00:16:3E:00:00:0B 169.254.0.11
            netns b m1 eth1 00:16:3E:00:01:0B 169.254.1.11
            system c eth1 00:16:3E:00:00:0C 169.254.0.12
            record off
            a: init -k 4.4.4 0.1.0
            b: init -k 4.4.4 0.1.1
            c: init -k 4.4.4 0.2.0
            a: add_real_arc 00:16:3E:00:00:0A 00:16:3E:00:00:0B 1000
            b: add_real_arc 00:16:3E:00:00:0B 00:16:3E:00:00:0A 1000
            a: add_real_arc 00:16:3E:00:00:0A 00:16:3E:00:00:0C 1000
            c: add_real_arc 00:16:3E:00:00:0C 00:16:3E:00:00:0A 1000
            a: add_qspn_arc 0 eth1 00:16:3E:00:00:0B
            a: add_qspn_arc 0 eth1 00:16:3E:00:00:0C
            b: add_qspn_arc 0 eth1 00:16:3E:00:00:0A
            c: add_qspn_arc 0 eth1 00:16:3E:00:00:0A
            etp b:0, c:0 -> a:0
            etp a:0 -> b:0
            etp a:0 -> c:0
            record on
            a: prepare_migrate_phase_1 0 1 2 0 0 4 1 3 1 5 1 77 null
            b: prepare_migrate_phase_1 0 1 2 0 0 4 1 3 1 5 1 77 null
            a: migrate_phase_1 0 77
            b: migrate_phase_1 0 77
            """;

    private static List<String> a;
    private static List<String> c;

    @BeforeAll
    static void replay() throws Exception {
        final CommandLog log = Replay.run(ScenarioParser.parse("gnode-444.scn", SCRIPT));
        a = log.commandsOf("a", new LinuxCommandRenderer());
        c = log.commandsOf("c", new LinuxCommandRenderer());
    }

    /** Destinations of the connectivity address 0·5·0 from level 1 up (lower levels dropped, DettagliOperazioni12). */
    private static final List<String> CONNECTIVITY = List.of(
            "10.0.0.16/28", "10.0.0.144/28", "10.0.0.32/28", "10.0.0.160/28", "10.0.0.48/28", "10.0.0.176/28",
            // level 1: own position 5 is virtual, so all four real positions 0..3 are destinations
            "10.0.0.0/30", "10.0.0.128/30", "10.0.0.96/30", "10.0.0.4/30", "10.0.0.132/30", "10.0.0.100/30",
            "10.0.0.8/30", "10.0.0.136/30", "10.0.0.104/30", "10.0.0.12/30", "10.0.0.140/30", "10.0.0.108/30");

    @Test
    void connectivityIdentityCopiesTheExternalTableThenCreatesOneForTheMovingPeerAndRefreshesBoth() {
        final String ext = "ntk_from_00:16:3E:00:00:0C";
        final String internal = "ntk_from_00:16:3E:00:01:0B";
        final List<String> expected = new ArrayList<>();
        // Spec §4.8 part 2: the table towards c (outside the moving g-node) keeps name and id 249 in m1.
        expected.add("ip netns exec m1 iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:00:0C -j MARK --set-mark 249");
        CONNECTIVITY.forEach(p -> expected.add("ip netns exec m1 ip route add unreachable " + p + " table " + ext));
        // The internal arc's peer b moves too: its new MAC needs a new table, highest free id 248 (§3.1).
        expected.add("(echo; echo \"248 " + internal + " # xxx_table_" + internal + "_xxx\") | tee -a /etc/iproute2/rt_tables >/dev/null");
        expected.add("ip netns exec m1 iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:01:0B -j MARK --set-mark 248");
        CONNECTIVITY.forEach(p -> expected.add("ip netns exec m1 ip route add unreachable " + p + " table " + internal));
        // Refresh of c's table: c's g-node for 0·5·0 is (1, 2), the only thing a knows through c, so nothing
        // is reachable; no blackhole (internal-1 routes were dropped with level 0).
        CONNECTIVITY.forEach(p -> expected.add("ip netns exec m1 ip route change unreachable " + p + " table " + ext));
        expected.add("ip netns exec m1 ip rule add fwmark 249 table " + ext);
        // Refresh of b's new table: b's g-node is (0, 1); 0·2 (c) is reached via c's link-local in m1.
        for (final String p : CONNECTIVITY) {
            final boolean viaC = p.equals("10.0.0.8/30") || p.equals("10.0.0.136/30") || p.equals("10.0.0.104/30");
            expected.add(viaC ? "ip netns exec m1 ip route change " + p + " table " + internal + " via 169.254.0.12 dev m1_eth1"
                    : "ip netns exec m1 ip route change unreachable " + p + " table " + internal);
        }
        expected.add("ip netns exec m1 ip rule add fwmark 248 table " + internal);
        assertContiguous(a, expected);
    }

    @Test
    void newIdentityCleansTheOldNamespaceOfTheOldAddressButKeepsInternalLevel1() {
        // Old address 0·1·0; kept routes: internal-1 of level-0 destinations (k <= guest level 1): .81-.83.
        final List<String> old = List.of("10.0.0.16/28", "10.0.0.144/28", "10.0.0.32/28", "10.0.0.160/28",
                "10.0.0.48/28", "10.0.0.176/28", "10.0.0.0/30", "10.0.0.128/30", "10.0.0.96/30", "10.0.0.8/30",
                "10.0.0.136/30", "10.0.0.104/30", "10.0.0.12/30", "10.0.0.140/30", "10.0.0.108/30", "10.0.0.5/32",
                "10.0.0.133/32", "10.0.0.101/32", "10.0.0.6/32", "10.0.0.134/32", "10.0.0.102/32", "10.0.0.7/32",
                "10.0.0.135/32", "10.0.0.103/32");
        final List<String> expected = new ArrayList<>();
        // ntk, then the tables of the new identity's arcs in creation order: b (250, inherited), c (249, shared).
        for (final String table : List.of("ntk", "ntk_from_00:16:3E:00:00:0B", "ntk_from_00:16:3E:00:00:0C")) {
            old.forEach(p -> expected.add("ip route del " + p + " table " + table));
        }
        // SNAT first, then global, anonymizing, internal L2 (levels >= host level 2); internal L1 .80 stays.
        expected.add("iptables -t nat -D POSTROUTING -d 10.0.0.128/26 -j SNAT --to 10.0.0.4");
        expected.add("ip address del 10.0.0.4/32 dev eth1");
        expected.add("ip address del 10.0.0.132/32 dev eth1");
        expected.add("ip address del 10.0.0.100/32 dev eth1");
        // c is outside the g-node: the new identity waits for its first ETP.
        expected.add("ip rule del fwmark 249 table ntk_from_00:16:3E:00:00:0C");
        assertContiguous(a, expected);
        assertFalse(a.contains("ip address del 10.0.0.80/32 dev eth1"), "internal L1 is kept");
        assertFalse(a.contains("ip rule del fwmark 250 table ntk_from_00:16:3E:00:00:0B"), "the internal arc keeps its rule");
    }

    @Test
    void newIdentityAtTheVirtualPositionGetsItsRoutesExceptTheKeptOnes() {
        // 0·4·0: level 2 as before; level 1 all four positions; level 0 only internal-1 (kept, not added).
        final List<String> fresh = new ArrayList<>(CONNECTIVITY);
        final List<String> expected = new ArrayList<>();
        for (final String table : List.of("ntk", "ntk_from_00:16:3E:00:00:0B", "ntk_from_00:16:3E:00:00:0C")) {
            fresh.forEach(p -> expected.add("ip route add unreachable " + p + " table " + table));
        }
        assertContiguous(a, expected);
    }

    @Test
    void outerNeighbourReplacesTheTableOfTheOldMacWithOneForTheNewMac() {
        final String oldT = "ntk_from_00:16:3E:00:00:0A";
        final String newT = "ntk_from_00:16:3E:00:01:0A";
        final List<String> cDestinations = List.of("10.0.0.16/28", "10.0.0.144/28", "10.0.0.32/28", "10.0.0.160/28",
                "10.0.0.48/28", "10.0.0.176/28", "10.0.0.0/30", "10.0.0.128/30", "10.0.0.96/30", "10.0.0.4/30",
                "10.0.0.132/30", "10.0.0.100/30", "10.0.0.12/30", "10.0.0.140/30", "10.0.0.108/30", "10.0.0.9/32",
                "10.0.0.137/32", "10.0.0.105/32", "10.0.0.81/32", "10.0.0.10/32", "10.0.0.138/32", "10.0.0.106/32",
                "10.0.0.82/32", "10.0.0.11/32", "10.0.0.139/32", "10.0.0.107/32", "10.0.0.83/32");
        final List<String> expected = new ArrayList<>(List.of(
                "ip rule del fwmark 250 table " + oldT,
                "ip route flush table " + oldT,
                "iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:00:00:0A -j MARK --set-mark 250",
                "sed -i '/xxx_table_" + oldT + "_xxx/d' /etc/iproute2/rt_tables",
                "(echo; echo \"250 " + newT + " # xxx_table_" + newT + "_xxx\") | tee -a /etc/iproute2/rt_tables >/dev/null",
                "iptables -t mangle -A PREROUTING -m mac --mac-source 00:16:3E:00:01:0A -j MARK --set-mark 250"));
        cDestinations.forEach(p -> expected.add("ip route add unreachable " + p + " table " + newT));
        assertContiguous(c, expected);
        // The arc was active: ntk is rewritten; a's g-node 0·1 (the old address the last ETP carried) is via a's
        // new link-local, src global 10.0.0.8 or internal-2 10.0.0.104.
        assertTrue(c.contains("ip route change 10.0.0.4/30 table ntk via 169.254.1.10 dev eth1 src 10.0.0.8"), c::toString);
        assertTrue(c.contains("ip route change 10.0.0.100/30 table ntk via 169.254.1.10 dev eth1 src 10.0.0.104"), c::toString);
        // In a's new table, a's g-node is the neighbour's: unreachable; internal-1 routes blackhole (k <= 1).
        assertTrue(c.contains("ip route change unreachable 10.0.0.4/30 table " + newT), c::toString);
        assertTrue(c.contains("ip route change blackhole 10.0.0.81/32 table " + newT), c::toString);
        assertEquals("ip rule add fwmark 250 table " + newT, c.get(c.size() - 1));
    }

    private static void assertContiguous(final List<String> actual, final List<String> expected) {
        assertTrue(Collections.indexOfSubList(actual, expected) >= 0,
                () -> "block not found:\n" + String.join("\n", expected) + "\n---- replay:\n" + String.join("\n", actual));
    }
}
