package org.ntksim.experiment.output;

import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.PlannedRun;

/** {@code metadata.json}: config hash, provenance, base seed and the seed of every run. Hand-written JSON. */
final class Metadata {
    private Metadata() {
    }

    static String json(final CampaignPlan plan, final Provenance prov) {
        final StringBuilder sb = new StringBuilder("{\n");
        field(sb, "name", plan.name());
        field(sb, "model", plan.model().name());
        field(sb, "config_hash", plan.configHash());
        field(sb, "git_commit", prov.gitCommit());
        field(sb, "ntksim_version", prov.ntksimVersion());
        field(sb, "java_version", prov.javaVersion());
        sb.append("  \"base_seed\": ").append(plan.baseSeed()).append(",\n");
        sb.append("  \"replications\": ").append(plan.replications()).append(",\n");
        sb.append("  \"points\": ").append(plan.points().size()).append(",\n");
        sb.append("  \"swept\": [");
        for (int i = 0; i < plan.swept().size(); i++) {
            sb.append(i > 0 ? ", " : "").append(quote(plan.swept().get(i)));
        }
        sb.append("],\n  \"runs\": [\n");
        final java.util.List<PlannedRun> runs = plan.runs();
        for (int i = 0; i < runs.size(); i++) {
            final PlannedRun r = runs.get(i);
            sb.append("    {\"run_id\": ").append(quote(r.id())).append(", \"point\": ").append(r.point())
                    .append(", \"replication\": ").append(r.replication()).append(", \"seed\": ").append(r.seed())
                    .append('}').append(i + 1 < runs.size() ? ",\n" : "\n");
        }
        sb.append("  ]\n}\n");
        return sb.toString();
    }

    private static void field(final StringBuilder sb, final String key, final String value) {
        sb.append("  ").append(quote(key)).append(": ").append(quote(value)).append(",\n");
    }

    static String quote(final String s) {
        final StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format(java.util.Locale.ROOT, "\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.append('"').toString();
    }
}
