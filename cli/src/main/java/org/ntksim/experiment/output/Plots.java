package org.ntksim.experiment.output;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BoxChart;
import org.knowm.xchart.BoxChartBuilder;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.internal.chartpart.IChart;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.metrics.RunRecorder;

/**
 * PNG plots (XChart, headless): for each main metric of the model, its mean with 95% CI error bars
 * against the first numeric swept parameter (one line per combination of the other swept
 * parameters; the point index when no swept parameter is numeric); for each main metric, its
 * distribution over the replications of each point, as a box plot ({@code dist-<metric>.png}: median,
 * quartiles, whiskers) and a strip plot ({@code strip-<metric>.png}: every replication's value, so
 * that a handful of replications is not hidden behind a box); for each time series, its mean over the
 * replications of each parameter point against simulated time.
 */
final class Plots {
    /** Plot directory inside a campaign directory. */
    static final String DIRECTORY = "plots";
    private static final int WIDTH = 900;
    private static final int HEIGHT = 560;
    private static final int MAX_LABELLED_BOXES = 8;

    private Plots() {
    }

    static void write(final CampaignPlan plan, final List<RunResult> results, final Path dir) throws IOException {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true"); // plots are files; never open a display
        }
        Files.createDirectories(dir);
        final List<Map<String, Summary>> summaries = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            summaries.add(CampaignOutputs.summarize(plan, results, p));
        }
        for (final String metric : plan.model().mainMetrics()) {
            final XYChart chart = metricChart(plan, summaries, metric);
            if (chart != null) {
                save(chart, dir.resolve(metric + ".png"));
            }
            final List<double[]> values = new ArrayList<>();
            for (int p = 0; p < plan.points().size(); p++) {
                values.add(replicationValues(plan, results, p, metric));
            }
            if (values.stream().anyMatch(v -> v.length > 0)) {
                save(boxChart(plan, values, metric), dir.resolve("dist-" + metric + ".png"));
                save(stripChart(plan, values, metric), dir.resolve("strip-" + metric + ".png"));
            }
        }
        final TreeSet<String> seriesNames = new TreeSet<>();
        for (final RunResult r : results) {
            for (final RunRecorder.Sample s : r.samples()) {
                seriesNames.add(s.series());
            }
        }
        for (final String name : seriesNames) {
            save(seriesChart(plan, results, name), dir.resolve("series-" + name + ".png"));
        }
    }

    private static XYChart metricChart(final CampaignPlan plan, final List<Map<String, Summary>> summaries,
            final String metric) {
        String xParam = null;
        for (final String s : plan.swept()) {
            if (plan.schema().get(s).numeric()) {
                xParam = s;
                break;
            }
        }
        final List<String> others = new ArrayList<>(plan.swept());
        others.remove(xParam);
        // group points by the values of the other swept parameters
        Map<String, List<Integer>> groups = new LinkedHashMap<>();
        for (int p = 0; p < plan.points().size(); p++) {
            if (summaries.get(p).get(metric) == null || Double.isNaN(summaries.get(p).get(metric).mean())) {
                continue;
            }
            groups.computeIfAbsent(label(plan.points().get(p), others), k -> new ArrayList<>()).add(p);
        }
        if (groups.isEmpty()) {
            return null;
        }
        if (xParam != null && groups.values().stream().allMatch(g -> g.size() == 1) && groups.size() > 1) {
            // the others vary with x (zipped): one line through all points
            final List<Integer> all = new ArrayList<>();
            groups.values().forEach(all::addAll);
            groups = new LinkedHashMap<>();
            groups.put(metric, all);
        }
        final XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(plan.name() + ": " + metric + " (mean, 95% CI)")
                .xAxisTitle(xParam != null ? xParam : "point").yAxisTitle(metric).build();
        chart.getStyler().setMarkerSize(7);
        for (final Map.Entry<String, List<Integer>> g : groups.entrySet()) {
            final List<Integer> pts = new ArrayList<>(g.getValue());
            final String xp = xParam;
            if (xp != null) {
                pts.sort((a, b) -> Double.compare(x(plan.points().get(a), xp), x(plan.points().get(b), xp)));
            }
            final double[] xs = new double[pts.size()];
            final double[] ys = new double[pts.size()];
            final double[] err = new double[pts.size()];
            for (int i = 0; i < pts.size(); i++) {
                final Summary s = summaries.get(pts.get(i)).get(metric);
                xs[i] = xp != null ? x(plan.points().get(pts.get(i)), xp) : pts.get(i);
                ys[i] = s.mean();
                err[i] = Double.isNaN(s.ciHigh()) ? 0 : s.ciHigh() - s.mean();
            }
            chart.addSeries(g.getKey().isEmpty() ? metric : g.getKey(), xs, ys, err).setMarker(SeriesMarkers.CIRCLE);
        }
        return chart;
    }

    /** The finite values of {@code metric} in the replications of point {@code p} that have it. */
    static double[] replicationValues(final CampaignPlan plan, final List<RunResult> results, final int p,
            final String metric) {
        final int reps = plan.replications();
        final double[] out = new double[reps];
        int n = 0;
        for (int r = 0; r < reps; r++) {
            final Double v = results.get(p * reps + r).metrics().get(metric);
            if (v != null && Double.isFinite(v)) {
                out[n++] = v;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    /** One box per parameter point (points without the metric are left out). */
    private static BoxChart boxChart(final CampaignPlan plan, final List<double[]> values, final String metric) {
        // category labels sit side by side under the boxes: values only, and only the index when many
        final boolean compact = values.size() > MAX_LABELLED_BOXES;
        final BoxChart chart = new BoxChartBuilder().width(WIDTH).height(HEIGHT)
                .title(plan.name() + ": " + metric + " over " + plan.replications() + " replications")
                .xAxisTitle(compact ? "point (legend: strip-" + metric + ".png)" : "point: " + String.join(", ", plan.swept()))
                .yAxisTitle(metric).build();
        chart.getStyler().setXAxisLabelRotation(compact ? 0 : 20);
        for (int p = 0; p < values.size(); p++) {
            if (values.get(p).length > 0) {
                chart.addSeries(compact ? Integer.toString(p) : pointValues(plan, p), values.get(p));
            }
        }
        return chart;
    }

    /**
     * Every replication's value against the point index, replications spread a little sideways
     * (a fixed offset per replication, so the picture is the same on every run), and the point's mean
     * as a horizontal tick.
     */
    private static XYChart stripChart(final CampaignPlan plan, final List<double[]> values, final String metric) {
        final XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT)
                .title(plan.name() + ": " + metric + " per replication (bar: mean)")
                .xAxisTitle("point").yAxisTitle(metric).build();
        chart.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
        chart.getStyler().setMarkerSize(6);
        for (int p = 0; p < values.size(); p++) {
            final double[] v = values.get(p);
            if (v.length == 0) {
                continue;
            }
            final double[] xs = new double[v.length];
            double sum = 0;
            for (int r = 0; r < v.length; r++) {
                xs[r] = p + (v.length == 1 ? 0 : 0.3 * (r / (v.length - 1.0) - 0.5));
                sum += v[r];
            }
            final String label = pointLabel(plan, p);
            chart.addSeries(label, xs, v).setMarker(SeriesMarkers.CIRCLE);
            final double mean = sum / v.length;
            chart.addSeries(label + " mean", new double[] {p - 0.25, p + 0.25}, new double[] {mean, mean})
                    .setXYSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Line).setMarker(SeriesMarkers.NONE)
                    .setLineColor(java.awt.Color.DARK_GRAY).setShowInLegend(false);
        }
        return chart;
    }

    /** {@code <index>: name=value, ...} of the swept parameters, file paths cut to their file name. */
    private static String pointLabel(final CampaignPlan plan, final int p) {
        final StringBuilder sb = new StringBuilder().append(p);
        String sep = ": ";
        for (final String n : plan.swept()) {
            sb.append(sep).append(n).append('=').append(shortValue(plan, p, n));
            sep = ", ";
        }
        return sb.toString();
    }

    /** {@code <index> value value ...} of the swept parameters (a box's category label). */
    private static String pointValues(final CampaignPlan plan, final int p) {
        final StringBuilder sb = new StringBuilder().append(p);
        for (final String n : plan.swept()) {
            sb.append(' ').append(shortValue(plan, p, n));
        }
        return sb.toString();
    }

    private static String shortValue(final CampaignPlan plan, final int p, final String name) {
        final String v = plan.points().get(p).formatted(name);
        final int slash = Math.max(v.lastIndexOf('/'), v.lastIndexOf('\\'));
        return slash >= 0 ? v.substring(slash + 1) : v;
    }

    /**
     * One line per parameter point: at each sample time, the mean of the series over the point's
     * replications that have a sample there (replications sample at the same checkpoints).
     */
    private static XYChart seriesChart(final CampaignPlan plan, final List<RunResult> results, final String name) {
        final String title = plan.replications() > 1 ? name + " (mean over " + plan.replications() + " replications)"
                : name;
        final XYChart chart = new XYChartBuilder().width(WIDTH).height(HEIGHT).title(title)
                .xAxisTitle("simulated time (s)").yAxisTitle(name).build();
        chart.getStyler().setMarkerSize(0);
        final List<PlannedRun> runs = plan.runs();
        final List<TreeMap<Long, double[]>> perPoint = new ArrayList<>();
        for (int p = 0; p < plan.points().size(); p++) {
            perPoint.add(new TreeMap<>());
        }
        for (final RunResult r : results) {
            final TreeMap<Long, double[]> sums = perPoint.get(runs.get(r.index()).point());
            for (final RunRecorder.Sample s : r.samples()) {
                if (s.series().equals(name)) {
                    final double[] sumCount = sums.computeIfAbsent(s.timeNs(), t -> new double[2]);
                    sumCount[0] += s.value();
                    sumCount[1]++;
                }
            }
        }
        for (int p = 0; p < perPoint.size(); p++) {
            final TreeMap<Long, double[]> sums = perPoint.get(p);
            if (sums.isEmpty()) {
                continue;
            }
            final double[] xs = new double[sums.size()];
            final double[] ys = new double[sums.size()];
            int i = 0;
            for (final Map.Entry<Long, double[]> e : sums.entrySet()) {
                xs[i] = e.getKey() / 1e9;
                ys[i] = e.getValue()[0] / e.getValue()[1];
                i++;
            }
            final String label = plan.swept().isEmpty() ? name : label(plan.points().get(p), plan.swept());
            chart.addSeries(label, xs, ys);
        }
        return chart;
    }

    private static double x(final ParameterPoint p, final String param) {
        return ((Number) p.get(param)).doubleValue();
    }

    private static String label(final ParameterPoint p, final List<String> names) {
        final StringBuilder sb = new StringBuilder();
        for (final String n : names) {
            sb.append(sb.length() > 0 ? ", " : "").append(n).append('=').append(p.formatted(n));
        }
        return sb.toString();
    }

    private static void save(final IChart chart, final Path target) throws IOException {
        final Path tmp = target.resolveSibling("." + target.getFileName() + ".tmp");
        try (OutputStream out = Files.newOutputStream(tmp)) {
            BitmapEncoder.saveBitmap(chart, out, BitmapEncoder.BitmapFormat.PNG);
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}
