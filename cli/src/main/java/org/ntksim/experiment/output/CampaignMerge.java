package org.ntksim.experiment.output;

import it.unimi.dsi.fastutil.ints.IntSortedSet;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.experiment.config.ConfigException;
import org.ntksim.experiment.config.ExperimentReader;

/**
 * Joins shard directories into one campaign directory with the outputs an unsharded run would have
 * written. Every directory must hold the same campaign (same config hash); a run present in two
 * directories is kept once if the two files agree on everything deterministic and is an error
 * otherwise; missing runs are an error listing them. Stateless.
 */
public final class CampaignMerge {
    private static final int LISTED = 10;

    private CampaignMerge() {
    }

    /**
     * Merges {@code shards} into {@code out}.
     *
     * @return the number of runs merged
     * @throws IllegalArgumentException on mismatched, duplicate-and-different or missing runs
     */
    public static int merge(final Path out, final List<Path> shards, final ModelRegistry registry,
            final Provenance provenance, final PrintWriter err) throws IOException {
        if (shards.isEmpty()) {
            throw new IllegalArgumentException("merge needs at least one shard directory");
        }
        CampaignPlan plan = null;
        String text = null;
        Path first = null;
        for (final Path dir : shards) {
            final CampaignDirectory cd = new CampaignDirectory(dir);
            final Map<String, String> marker = cd.readMarker();
            if (marker == null) {
                throw new IllegalArgumentException(dir + " is not a campaign directory (no " + CampaignDirectory.MARKER + ")");
            }
            final Path exp = dir.resolve(CampaignDirectory.EXPERIMENT);
            final CampaignPlan p;
            final String t;
            try {
                t = Files.readString(exp, StandardCharsets.UTF_8);
                p = new ExperimentReader(registry).parse(t, exp.toString(), dir, false).plan();
            } catch (final ConfigException e) {
                throw new IllegalArgumentException(e.getMessage(), e);
            }
            if (!p.configHash().equals(marker.get("config_hash"))) {
                throw new IllegalArgumentException(exp + " does not match the config hash in "
                        + dir.resolve(CampaignDirectory.MARKER) + " (edited after the run?)");
            }
            if (plan == null) {
                plan = p;
                text = t;
                first = dir;
            } else if (!plan.configHash().equals(p.configHash())) {
                throw new IllegalArgumentException(dir + " holds another campaign than " + first + " (config hash "
                        + p.configHash().substring(0, 12) + " vs " + plan.configHash().substring(0, 12) + ")");
            }
        }
        final Map<Integer, Path> source = new HashMap<>();
        final List<String> duplicates = new ArrayList<>();
        for (final Path dir : shards) {
            final Path runs = dir.resolve(RunFiles.RUNS);
            final IntSortedSet present = RunFiles.existing(runs);
            for (final int index : present) {
                if (index >= plan.runCount()) {
                    throw new IllegalArgumentException(RunFiles.path(runs, index) + " is not a run of this campaign ("
                            + plan.runCount() + " runs)");
                }
                final Path file = RunFiles.path(runs, index);
                final Path seen = source.putIfAbsent(index, file);
                if (seen != null && !seen.equals(file)) {
                    if (!sameResults(seen, file, index)) {
                        throw new IllegalArgumentException("run " + PlannedRun.id(index) + " is in both " + seen + " and "
                                + file + " with different results");
                    }
                    duplicates.add(PlannedRun.id(index));
                }
            }
        }
        if (!duplicates.isEmpty()) {
            err.println("ntksim merge: " + duplicates.size() + " run(s) present in more than one directory with"
                    + " identical results, kept once: " + list(duplicates));
        }
        final List<String> missing = new ArrayList<>();
        for (int i = 0; i < plan.runCount(); i++) {
            if (!source.containsKey(i)) {
                missing.add(PlannedRun.id(i));
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing " + missing.size() + " of " + plan.runCount() + " runs: "
                    + list(missing) + "; run the missing shards and merge again");
        }
        final CampaignDirectory target = new CampaignDirectory(out);
        target.open(plan, "0/1", text, false);
        for (int i = 0; i < plan.runCount(); i++) {
            final Path to = RunFiles.path(target.runs(), i);
            final Path from = source.get(i);
            if (!Files.exists(to) || !Files.isSameFile(from, to)) {
                final Path tmp = target.runs().resolve("." + to.getFileName() + ".tmp");
                Files.copy(from, tmp, StandardCopyOption.REPLACE_EXISTING);
                Files.move(tmp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        CampaignOutputs.write(plan, out, provenance);
        return plan.runCount();
    }

    private static boolean sameResults(final Path a, final Path b, final int index) throws IOException {
        final RunResult x = RunFiles.read(a, index);
        final RunResult y = RunFiles.read(b, index);
        return x.seed() == y.seed() && x.metrics().equals(y.metrics()) && x.samples().equals(y.samples());
    }

    private static String list(final List<String> ids) {
        final List<String> head = ids.subList(0, Math.min(LISTED, ids.size()));
        return String.join(", ", head) + (ids.size() > LISTED ? ", ... (" + (ids.size() - LISTED) + " more)" : "");
    }
}
