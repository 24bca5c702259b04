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
            levelOneOrderInConnectivityTable("mu", "change unreachable", "00:16:3E:B9:77:80"));

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
