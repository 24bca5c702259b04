package org.ntksim.experiment;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * A tiny test model: metric {@code value} = a + b * u with u uniform from stream "fake", a counter,
 * and a three-sample series; {@code fail_when_a} makes runs with that {@code a} throw after recording their series. Counts its
 * runs (per instance) so tests can see which runs a resume executed.
 */
public final class FakeModel implements ExperimentModel {
    public final AtomicInteger runs = new AtomicInteger();

    private static final ParameterSchema SCHEMA = new ParameterSchema(List.of(
            ParameterSpec.integer("a", 1, 0, 100, "offset"),
            ParameterSpec.real("b", 0.5, 0.0, 10.0, "scale"),
            ParameterSpec.choice("label", "x", List.of("x", "y", "zeta"), "a label"),
            ParameterSpec.integer("fail_when_a", -1, -1, 100, "runs with this a throw"),
            ParameterSpec.integer("capacity", 1000, 1, 1000, "must be >= a")));

    @Override
    public String name() {
        return "fake";
    }

    @Override
    public String description() {
        return "test model";
    }

    @Override
    public ParameterSchema schema() {
        return SCHEMA;
    }

    @Override
    public void check(final ParameterPoint point, final Path baseDirectory) {
        if (point.integer("a") > point.integer("capacity")) {
            throw new InvalidParameterException("a", "a " + point.integer("a") + " exceeds capacity "
                    + point.integer("capacity"));
        }
    }

    @Override
    public long memoryEstimateBytes(final ParameterPoint point) {
        return 1024L * point.integer("a");
    }

    @Override
    public List<String> mainMetrics() {
        return List.of("value");
    }

    @Override
    public long run(final ParameterPoint p, final Path baseDirectory, final RandomStreams streams,
            final RunRecorder recorder, final RunProgress progress) {
        runs.incrementAndGet();
        final RandomGenerator rnd = streams.stream("fake");
        recorder.scalar("value", p.integer("a") + p.real("b") * rnd.nextDouble());
        recorder.add("draws", 1);
        for (int t = 0; t < 3; t++) {
            recorder.sample("queue", t * 1_000_000_000L, rnd.nextInt(10));
            progress.update((t + 1) / 3.0);
        }
        if (p.integer("a") == p.integer("fail_when_a")) {
            throw new IllegalStateException("boom"); // after its series, as a run dying late would
        }
        return 10;
    }
}
