package org.ntksim.experiment.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntksim.experiment.CampaignPlan;

/**
 * A campaign's output directory: {@code campaign.txt} (config hash, shard, name, model),
 * {@code experiment.toml} (the file the plan came from, so {@code merge} can rebuild it), and
 * {@code runs/}. A directory holds one campaign: opening it with another config hash or shard is
 * refused unless forced, in which case the old runs and outputs are deleted first.
 */
public final class CampaignDirectory {
    /** The marker file. */
    public static final String MARKER = "campaign.txt";
    /** The copy of the experiment file. */
    public static final String EXPERIMENT = "experiment.toml";
    /** Assembled outputs, deleted by a forced reuse. */
    static final List<String> OUTPUTS = List.of("metrics.csv", "series.csv", "summary.csv", "perf.csv",
            "metadata.json");

    private final Path dir;

    /** The campaign directory {@code dir} (not created yet). */
    public CampaignDirectory(final Path dir) {
        this.dir = dir;
    }

    /** The directory. */
    public Path path() {
        return dir;
    }

    /** The run-file directory. */
    public Path runs() {
        return dir.resolve(RunFiles.RUNS);
    }

    /** The marker's key=value lines, or null if there is no marker. */
    public Map<String, String> readMarker() throws IOException {
        final Path marker = dir.resolve(MARKER);
        if (!Files.isRegularFile(marker)) {
            return null;
        }
        final Map<String, String> kv = new LinkedHashMap<>();
        for (final String line : Files.readAllLines(marker, StandardCharsets.UTF_8)) {
            final int eq = line.indexOf('=');
            if (eq > 0) {
                kv.put(line.substring(0, eq), line.substring(eq + 1));
            }
        }
        return kv;
    }

    /**
     * Prepares the directory for {@code plan} as shard {@code shard} ("i/n"): creates it, or checks
     * that it holds the same campaign; writes the marker and the experiment file copy.
     *
     * @throws IllegalArgumentException if the directory holds another campaign and not {@code force}
     */
    public void open(final CampaignPlan plan, final String shard, final String experimentText, final boolean force)
            throws IOException {
        final Map<String, String> old = readMarker();
        final String hash = plan.configHash();
        if (old != null && (!hash.equals(old.get("config_hash")) || !shard.equals(old.get("shard")))) {
            if (!force) {
                throw new IllegalArgumentException(dir + " holds another campaign (config hash "
                        + abbreviate(old.get("config_hash")) + ", shard " + old.get("shard") + "; this one: "
                        + abbreviate(hash) + ", shard " + shard
                        + "): use a new output directory (--out DIR) or --force to delete its runs");
            }
            clear();
        }
        Files.createDirectories(runs());
        writeAtomically(dir.resolve(MARKER), "config_hash=" + hash + "\nshard=" + shard + "\nname=" + plan.name()
                + "\nmodel=" + plan.model().name() + "\nruns=" + plan.runCount() + "\n");
        writeAtomically(dir.resolve(EXPERIMENT), experimentText);
    }

    /** Deletes run files and snapshots (and temporaries), assembled outputs and plots. */
    void clear() throws IOException {
        if (Files.isDirectory(runs())) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(runs())) {
                for (final Path p : ds) {
                    final String n = p.getFileName().toString();
                    if (n.startsWith("run-") || n.startsWith(".run-") || n.startsWith("snapshot-")
                            || n.startsWith(".snapshot-")) {
                        Files.delete(p);
                    }
                }
            }
        }
        for (final String o : OUTPUTS) {
            Files.deleteIfExists(dir.resolve(o));
        }
        final Path plots = dir.resolve(Plots.DIRECTORY);
        if (Files.isDirectory(plots)) {
            try (DirectoryStream<Path> ds = Files.newDirectoryStream(plots, "*.png")) {
                for (final Path p : ds) {
                    Files.delete(p);
                }
            }
        }
    }

    /** Writes {@code text} to {@code target} through a temporary file and an atomic rename. */
    public static void writeAtomically(final Path target, final String text) throws IOException {
        final Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.writeString(tmp, text, StandardCharsets.UTF_8);
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String abbreviate(final String hash) {
        return hash == null ? "none" : hash.substring(0, Math.min(12, hash.length()));
    }
}
