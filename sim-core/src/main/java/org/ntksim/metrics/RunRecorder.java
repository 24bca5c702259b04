package org.ntksim.metrics;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Collects the metrics of one run: scalars (one value per name), counters (summed, reported as
 * scalars) and time series samples (simulated time in ns, value). Not thread-safe: one run, one
 * recorder, one thread.
 *
 * <p>Metric names are {@code [a-z0-9_.]+} so that they can be CSV values and file names without
 * quoting; a bad name is a programming error and throws at once.
 */
public final class RunRecorder implements java.io.Serializable {

    private static final Pattern NAME = Pattern.compile("[a-z0-9_.]+");

    /** One time-series point. */
    public record Sample(String series, long timeNs, double value) implements java.io.Serializable {
    }

    private final Map<String, Double> scalars = new TreeMap<>();
    private final Map<String, Long> counters = new TreeMap<>();
    private final List<Sample> samples = new ArrayList<>();

    /** Replaces everything recorded here by what {@code other} recorded (a run read back from a snapshot). */
    public void copyFrom(final RunRecorder other) {
        if (other == this) {
            return;
        }
        scalars.clear();
        scalars.putAll(other.scalars);
        counters.clear();
        counters.putAll(other.counters);
        samples.clear();
        samples.addAll(other.samples);
    }

    /** Sets scalar {@code metric}; setting the same name twice keeps the last value. */
    public void scalar(final String metric, final double value) {
        scalars.put(checkName(metric), value);
    }

    /** Adds {@code delta} to counter {@code metric} (created at 0). */
    public void add(final String metric, final long delta) {
        counters.merge(checkName(metric), delta, Long::sum);
    }

    /** Increments counter {@code metric}. */
    public void increment(final String metric) {
        add(metric, 1L);
    }

    /** Appends a point of series {@code series} at simulated time {@code timeNs}. */
    public void sample(final String series, final long timeNs, final double value) {
        samples.add(new Sample(checkName(series), timeNs, value));
    }

    /**
     * Appends a point of series {@code name} and sets scalar {@code name} to the same value, so that
     * the run's results hold the state at its last sample.
     */
    public void sampleAndKeep(final String name, final long timeNs, final double value) {
        sample(name, timeNs, value);
        scalar(name, value);
    }

    /** Current value of counter {@code metric}, 0 if never touched. */
    public long counter(final String metric) {
        return counters.getOrDefault(metric, 0L);
    }

    /**
     * Scalars and counters together, sorted by name. A name used both as scalar and as counter is
     * a programming error.
     */
    public Map<String, Double> results() {
        final Map<String, Double> all = new TreeMap<>(scalars);
        for (final Map.Entry<String, Long> c : counters.entrySet()) {
            if (all.put(c.getKey(), c.getValue().doubleValue()) != null) {
                throw new IllegalStateException("metric used as scalar and counter: " + c.getKey());
            }
        }
        return Collections.unmodifiableMap(all);
    }

    /** Time-series samples in the order they were recorded. */
    public List<Sample> samples() {
        return Collections.unmodifiableList(samples);
    }

    private static String checkName(final String name) {
        Objects.requireNonNull(name, "metric name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("metric name must match [a-z0-9_.]+: " + name);
        }
        return name;
    }
}
