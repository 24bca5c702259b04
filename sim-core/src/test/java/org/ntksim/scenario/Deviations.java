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

    static final List<Deviation> LIST = List.of();

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
