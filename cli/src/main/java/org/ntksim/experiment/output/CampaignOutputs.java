package org.ntksim.experiment.output;

import it.unimi.dsi.fastutil.ints.IntSortedSet;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.commons.csv.CSVPrinter;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.metrics.RunRecorder;

/**
 * Builds a campaign's assembled outputs from its run files alone (so an unsharded run and a merge of
 * shards give the same bytes): {@code metrics.csv}, {@code series.csv}, {@code summary.csv},
 * {@code perf.csv}, {@code metadata.json} and {@code plots/}. Canonical row order: runs by index,
 * metrics by name, series by name then recording order, summary by point then metric.
 */
public final class CampaignOutputs {
    private CampaignOutputs() {
    }

    /**
     * Reads every run file of {@code plan} from {@code dir}/runs and writes the outputs into
     * {@code dir}.
     *
     * @throws IOException if a run file is missing, malformed or belongs to another campaign
     */
    public static void write(final CampaignPlan plan, final Path dir, final Provenance provenance) throws IOException {
        final CampaignDirectory cd = new CampaignDirectory(dir);
        final IntSortedSet present = RunFiles.existing(cd.runs());
        final List<RunResult> results = new ArrayList<>(plan.runCount());
        final List<PlannedRun> runs = plan.runs();
        for (final PlannedRun run : runs) {
            if (!present.contains(run.index())) {
                throw new IOException("run " + run.id() + " has no file in " + cd.runs());
            }
            final RunResult r = RunFiles.read(RunFiles.path(cd.runs(), run.index()), run.index());
            if (r.seed() != run.seed()) {
                throw new IOException(RunFiles.path(cd.runs(), run.index()) + ": seed " + r.seed()
                        + " is not this campaign's seed " + run.seed() + " for run " + run.id());
            }
            results.add(r);
        }
        final List<String> params = plan.schema().names();
        CampaignDirectory.writeAtomically(dir.resolve("metrics.csv"), metrics(plan, runs, results, params));
        CampaignDirectory.writeAtomically(dir.resolve("series.csv"), series(runs, results));
        CampaignDirectory.writeAtomically(dir.resolve("summary.csv"), summary(plan, results, params));
        CampaignDirectory.writeAtomically(dir.resolve("perf.csv"), perf(runs, results));
        CampaignDirectory.writeAtomically(dir.resolve("metadata.json"), Metadata.json(plan, provenance));
        Plots.write(plan, results, dir.resolve(Plots.DIRECTORY));
    }

    private static String metrics(final CampaignPlan plan, final List<PlannedRun> runs, final List<RunResult> results,
            final List<String> params) throws IOException {
        final StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, RunFiles.CSV)) {
            final List<String> header = new ArrayList<>(List.of("run_id", "point"));
            header.addAll(params);
            header.addAll(List.of("replication", "seed", "metric", "value"));
            out.printRecord(header);
            for (int i = 0; i < runs.size(); i++) {
                final PlannedRun run = runs.get(i);
                final ParameterPoint point = plan.points().get(run.point());
                for (final Map.Entry<String, Double> m : results.get(i).metrics().entrySet()) {
                    final List<String> row = new ArrayList<>(List.of(run.id(), Integer.toString(run.point())));
                    for (final String p : params) {
                        row.add(point.formatted(p));
                    }
                    row.addAll(List.of(Integer.toString(run.replication()), Long.toString(run.seed()), m.getKey(),
                            Numbers.format(m.getValue())));
                    out.printRecord(row);
                }
            }
        }
        return w.toString();
    }

    private static String series(final List<PlannedRun> runs, final List<RunResult> results) throws IOException {
        final StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, RunFiles.CSV)) {
            out.printRecord("run_id", "series", "time_ns", "value");
            for (int i = 0; i < runs.size(); i++) {
                final List<RunRecorder.Sample> samples = new ArrayList<>(results.get(i).samples());
                samples.sort(Comparator.comparing(RunRecorder.Sample::series)); // stable: keeps recording order
                for (final RunRecorder.Sample s : samples) {
                    out.printRecord(runs.get(i).id(), s.series(), Long.toString(s.timeNs()), Numbers.format(s.value()));
                }
            }
        }
        return w.toString();
    }

    private static String summary(final CampaignPlan plan, final List<RunResult> results, final List<String> params)
            throws IOException {
        final StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, RunFiles.CSV)) {
            final List<String> header = new ArrayList<>(List.of("point"));
            header.addAll(params);
            header.addAll(List.of("metric", "n", "mean", "sd", "ci95_low", "ci95_high"));
            out.printRecord(header);
            for (int p = 0; p < plan.points().size(); p++) {
                final ParameterPoint point = plan.points().get(p);
                for (final Map.Entry<String, Summary> e : summarize(plan, results, p).entrySet()) {
                    final Summary s = e.getValue();
                    final List<String> row = new ArrayList<>(List.of(Integer.toString(p)));
                    for (final String name : params) {
                        row.add(point.formatted(name));
                    }
                    row.addAll(List.of(e.getKey(), Integer.toString(s.n()), text(s.mean()), text(s.sd()),
                            text(s.ciLow()), text(s.ciHigh())));
                    out.printRecord(row);
                }
            }
        }
        return w.toString();
    }

    /** Summaries of every metric of point {@code p}, by metric name, over its replications in order. */
    static Map<String, Summary> summarize(final CampaignPlan plan, final List<RunResult> results, final int p) {
        final int reps = plan.replications();
        final TreeSet<String> names = new TreeSet<>();
        for (int r = 0; r < reps; r++) {
            names.addAll(results.get(p * reps + r).metrics().keySet());
        }
        final Map<String, Summary> out = new java.util.TreeMap<>();
        final double[] values = new double[reps];
        for (final String name : names) {
            int n = 0;
            for (int r = 0; r < reps; r++) {
                final Double v = results.get(p * reps + r).metrics().get(name);
                if (v != null) {
                    values[n++] = v;
                }
            }
            out.put(name, Summary.of(values, n));
        }
        return out;
    }

    private static String perf(final List<PlannedRun> runs, final List<RunResult> results) throws IOException {
        final StringWriter w = new StringWriter();
        try (CSVPrinter out = new CSVPrinter(w, RunFiles.CSV)) {
            out.printRecord("run_id", "wall_s", "peak_heap_bytes", "events", "events_per_s");
            for (int i = 0; i < runs.size(); i++) {
                final RunResult r = results.get(i);
                final double wallS = r.wallNs() / 1e9;
                out.printRecord(runs.get(i).id(), Numbers.format(wallS), Long.toString(r.peakHeapBytes()),
                        Long.toString(r.events()), r.wallNs() > 0 ? Numbers.format(Math.rint(r.events() / wallS)) : "");
            }
        }
        return w.toString();
    }

    private static String text(final double v) {
        return Double.isNaN(v) ? "" : Numbers.format(v);
    }
}
