package org.ntksim.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one explicit list of places where a page contradicts the rule that the other pages and the
 * program follow. The replay follows the rule; the test rewrites the page's lines into what the rule
 * gives, and fails if the page's lines are not found exactly once (a stale entry cannot pass silently).
 */
final class Deviations {

    /** Page {@code page}, system {@code system}, block {@code block}: the page shows {@code onPage}, the rule gives {@code byRule}. */
    record Deviation(String page, String system, String block, List<String> onPage, List<String> byRule, String why) { }

    static final List<Deviation> LIST = List.of(
            levelOneOrderInConnectivityTable("delta", "add unreachable", "00:16:3E:DF:23:F5"),
            levelOneOrderInConnectivityTable("delta", "change unreachable", "00:16:3E:DF:23:F5"),
            levelOneOrderInConnectivityTable("mu", "add unreachable", "00:16:3E:B9:77:80"),
            levelOneOrderInConnectivityTable("mu", "change unreachable", "00:16:3E:B9:77:80"),
            new Deviation("eventi6", "alfa", "Cambio di indirizzo della nuova identità (refresh of ntk)",
                    changeUnreachable("ntk", "10.0.0.0/29", "10.0.0.64/29", "10.0.0.8/29", "10.0.0.72/29",
                            "10.0.0.24/29", "10.0.0.88/29", "10.0.0.16/30", "10.0.0.80/30", "10.0.0.56/30",
                            "10.0.0.20/30", "10.0.0.84/30", "10.0.0.60/30", "10.0.0.48/31", "10.0.0.51/32",
                            "10.0.0.41/32"),
                    changeUnreachable("ntk", "10.0.0.0/29", "10.0.0.64/29", "10.0.0.8/29", "10.0.0.72/29",
                            "10.0.0.24/29", "10.0.0.88/29", "10.0.0.20/30", "10.0.0.84/30", "10.0.0.60/30",
                            "10.0.0.16/31", "10.0.0.80/31", "10.0.0.56/31", "10.0.0.48/31", "10.0.0.19/32",
                            "10.0.0.83/32", "10.0.0.59/32", "10.0.0.51/32", "10.0.0.41/32"),
                    "the page refreshes the 15 routes of the virtual address 2.2.1.0, including 2.0 (/30) that the"
                            + " same block has just deleted; the rule (spec §4.6 part 5.3) refreshes the 18 routes of"
                            + " the new address 2.0.1.0"),
            new Deviation("eventi6", "alfa", "Processazione del ETP (table of beta)",
                    List.of("ip route change unreachable 10.0.0.48/31 table ntk_from_00:16:3E:EC:A3:E1"),
                    List.of("ip route change blackhole 10.0.0.48/31 table ntk_from_00:16:3E:EC:A3:E1"),
                    "blackhole rule (spec §3.4): beta's maximum distinct g-node for alfa is of level 2, so"
                            + " internal-2 and internal-1 routes are blackhole in beta's table"),
            new Deviation("eventi6", "alfa", "Processazione del ETP (table of beta)",
                    List.of("ip route change unreachable 10.0.0.51/32 table ntk_from_00:16:3E:EC:A3:E1",
                            "ip route change unreachable 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1"),
                    List.of("ip route change blackhole 10.0.0.51/32 table ntk_from_00:16:3E:EC:A3:E1",
                            "ip route change blackhole 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1"),
                    "blackhole rule, as above"),
            new Deviation("eventi6", "alfa", "Processazione del ETP (table of beta)",
                    List.of("ip route change blackhole 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1"),
                    List.of("ip route change blackhole 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1",
                            "ip rule add fwmark 250 table ntk_from_00:16:3E:EC:A3:E1"),
                    "the first ETP through an arc is followed by the rule of its table (spec §3.1, §4.7; pages 2,"
                            + " 5, 9, 10); the page omits it"),
            new Deviation("eventi8", "beta", "migr01: Spostamento vecchia identità in nuovo network namespace",
                    List.of("ip netns exec migr01 ip route add 169.254.69.30 dev migr01_eth1 src 169.254.27.218",
                            "ip netns exec migr01 ip route add 169.254.94.223 dev migr01_eth1 src 169.254.27.218"),
                    List.of("ip netns exec migr01 ip route add 169.254.94.223 dev migr01_eth1 src 169.254.27.218",
                            "ip netns exec migr01 ip route add 169.254.69.30 dev migr01_eth1 src 169.254.27.218"),
                    "the direct routes of a new namespace follow the identity arcs in creation order (page 3: mu's"
                            + " then gamma's); beta1's arc to gamma (entr02) is older than its arc to alfa (entr04)"),
            new Deviation("eventi8", "alfa", "migr01: Aggiornamento dei gateway (table of beta's migr01 identity)",
                    List.of("ip route change unreachable 10.0.0.48/31 table ntk_from_00:16:3E:EE:AF:D1"),
                    List.of("ip route change blackhole 10.0.0.48/31 table ntk_from_00:16:3E:EE:AF:D1"),
                    "blackhole rule (spec §3.4, §8: the Eventi8 alfa block is a known deviation): beta's g-node for"
                            + " alfa is of level 2, so internal-2 and internal-1 routes are blackhole"),
            new Deviation("eventi8", "alfa", "migr01: Aggiornamento dei gateway (table of beta's migr01 identity)",
                    List.of("ip route change unreachable 10.0.0.51/32 table ntk_from_00:16:3E:EE:AF:D1",
                            "ip route change unreachable 10.0.0.41/32 table ntk_from_00:16:3E:EE:AF:D1"),
                    List.of("ip route change blackhole 10.0.0.51/32 table ntk_from_00:16:3E:EE:AF:D1",
                            "ip route change blackhole 10.0.0.41/32 table ntk_from_00:16:3E:EE:AF:D1"),
                    "blackhole rule, as above"),
            new Deviation("eventi9", "beta", "migr01: Rimozione archi esterni (refresh of gamma's table in migr01)",
                    List.of("ip netns exec migr01 ip route change unreachable 10.0.0.40/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip rule del fwmark 249 table ntk_from_00:16:3E:FD:E2:AA"),
                    List.of("ip netns exec migr01 ip route change unreachable 10.0.0.40/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip route change unreachable 10.0.0.23/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip route change unreachable 10.0.0.87/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip route change unreachable 10.0.0.63/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip route change unreachable 10.0.0.51/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip route change unreachable 10.0.0.41/32 table ntk_from_00:16:3E:5B:78:D5",
                            "ip netns exec migr01 ip rule del fwmark 249 table ntk_from_00:16:3E:FD:E2:AA"),
                    "a refresh rewrites every route of the table (spec §4.7): the connectivity identity 2.1.1.3 still"
                            + " has 2.1.1.1 as a destination (23 routes, as page 8 populated and refreshed this table);"
                            + " the page lists 18"),
            new Deviation("eventi9", "alfa", "migr01: Rimozione archi esterni (the other side, not on the page)",
                    List.of("ip route add unreachable 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1"),
                    alfaSideOfTheRemovalOfOuterArcs(),
                    "the page shows only beta's side; alfa1 (2.0.1.0) is on the other side of the removed arc, and"
                            + " UseCases13 ('Rimozione arco beta1 - alfa') gives its commands: ntk rewritten (no path is"
                            + " left: beta2 has sent alfa no ETP yet here, so all 18 routes of 2.0.1.0 are unreachable),"
                            + " the table block of spec §3.1 (rule, flush, mark, name), then the direct route"));

    /** Derived by hand from DettagliOperazioni5 and spec §3.1, §3.2, §4.9 for alfa1 = 2.0.1.0. */
    private static List<String> alfaSideOfTheRemovalOfOuterArcs() {
        final List<String> out = new ArrayList<>();
        out.add("ip route add unreachable 10.0.0.41/32 table ntk_from_00:16:3E:EC:A3:E1");
        // Routes first (UseCases13 "Rimozione arco beta1 - alfa"). Destinations of 2.0.1.0 (spec §3.2): 0, 1,
        // 3 at level 3; 2.1 at level 2; 2.0.0 at level 1; 2.0.1.1.
        out.addAll(changeUnreachable("ntk", "10.0.0.0/29", "10.0.0.64/29", "10.0.0.8/29", "10.0.0.72/29",
                "10.0.0.24/29", "10.0.0.88/29", "10.0.0.20/30", "10.0.0.84/30", "10.0.0.60/30", "10.0.0.16/31",
                "10.0.0.80/31", "10.0.0.56/31", "10.0.0.48/31", "10.0.0.19/32", "10.0.0.83/32", "10.0.0.59/32",
                "10.0.0.51/32", "10.0.0.41/32"));
        out.add("ip rule del fwmark 250 table ntk_from_00:16:3E:EE:AF:D1");
        out.add("ip route flush table ntk_from_00:16:3E:EE:AF:D1");
        out.add("iptables -t mangle -D PREROUTING -m mac --mac-source 00:16:3E:EE:AF:D1 -j MARK --set-mark 250");
        out.add("sed -i '/xxx_table_ntk_from_00:16:3E:EE:AF:D1_xxx/d' /etc/iproute2/rt_tables");
        out.add("ip route del 169.254.27.218 dev eth1 src 169.254.69.30");
        return out;
    }

    private static List<String> changeUnreachable(final String table, final String... prefixes) {
        final List<String> out = new ArrayList<>();
        for (final String p : prefixes) {
            out.add("ip route change unreachable " + p + " table " + table);
        }
        return out;
    }

    /**
     * Page 3, "Copia tabelle e regole, spostamento rotte": in the connectivity identity's new table in
     * netns entr03 (address 3.1.2.x, virtual at level 1) the page lists the level-1 g-node 3.1.1 before
     * 3.1.0. The rule (spec §3.2, and every other route run of the pages, e.g. page 4's 2.1.2.1 whose
     * level-1 destinations 2.1.0 and 2.1.1 come in ascending order) walks positions in ascending order.
     */
    private static Deviation levelOneOrderInConnectivityTable(final String system, final String verb, final String mac) {
        final List<String> first = routes(verb, mac, "10.0.0.30/31", "10.0.0.94/31", "10.0.0.62/31", "10.0.0.50/31");
        final List<String> second = routes(verb, mac, "10.0.0.28/31", "10.0.0.92/31", "10.0.0.60/31", "10.0.0.48/31");
        final List<String> onPage = new ArrayList<>(first);
        onPage.addAll(second);
        final List<String> byRule = new ArrayList<>(second);
        byRule.addAll(first);
        return new Deviation("eventi3", system, "Copia tabelle e regole, spostamento rotte (ip route " + verb + ")",
                onPage, byRule, "level-1 destinations 3.1.1 before 3.1.0; the rule walks positions ascending");
    }

    private static List<String> routes(final String verb, final String mac, final String... prefixes) {
        final List<String> out = new ArrayList<>();
        for (final String p : prefixes) {
            out.add("ip netns exec entr03 ip route " + verb + " " + p + " table ntk_from_" + mac);
        }
        return out;
    }

    private Deviations() {
    }

    static Map<String, List<String>> applyTo(final String page, final Map<String, List<String>> bySystem) {
        final Map<String, List<String>> out = new LinkedHashMap<>();
        bySystem.forEach((k, v) -> out.put(k, new ArrayList<>(v)));
        for (final Deviation d : LIST) {
            if (!d.page().equals(page)) {
                continue;
            }
            final List<String> lines = out.get(d.system());
            if (lines == null) {
                throw new AssertionError("deviation for unknown system " + d.system() + " on " + page);
            }
            final int at = Collections.indexOfSubList(lines, d.onPage());
            if (at < 0 || Collections.indexOfSubList(lines.subList(at + 1, lines.size()), d.onPage()) >= 0) {
                throw new AssertionError("deviation not found exactly once on " + page + " " + d.system() + ": " + d.block());
            }
            final List<String> patched = new ArrayList<>(lines.subList(0, at));
            patched.addAll(d.byRule());
            patched.addAll(lines.subList(at + d.onPage().size(), lines.size()));
            out.put(d.system(), patched);
        }
        return out;
    }
}
