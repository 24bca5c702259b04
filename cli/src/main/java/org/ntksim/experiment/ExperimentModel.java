package org.ntksim.experiment;

import java.nio.file.Path;
import java.util.List;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * A model an experiment can run: declares its parameters, checks a point before any run starts,
 * estimates the memory of a run, and runs one replication of a point, reporting every measurement
 * through a {@link RunRecorder}.
 *
 * <p>Contract: {@link #run} must be a pure function of (point, streams): every random draw comes from
 * {@code streams}, no wall clock, no shared mutable state, so that the runner may run many points in
 * parallel and still produce bit-identical results. Implementations are stateless and thread-safe.
 */
public interface ExperimentModel {

    /** Name used in experiment files ({@code model = "..."}), e.g. {@code static-tables}. */
    String name();

    /** One line for listings and docs. */
    String description();

    /** The parameters, in canonical order. */
    ParameterSchema schema();

    /**
     * Cross-checks of a complete point that single-parameter ranges cannot express (e.g. "topology
     * too small for the node count"). Called for every point of a sweep before any run starts.
     *
     * @param baseDirectory directory of the experiment file, against which relative paths resolve
     * @throws InvalidParameterException naming the parameter to blame
     */
    void check(ParameterPoint point, Path baseDirectory);

    /** Rough peak heap of one run of {@code point}, in bytes, for the runner's memory pre-flight. */
    long memoryEstimateBytes(ParameterPoint point);

    /** Metrics worth a plot against the swept parameters, in order of importance. */
    List<String> mainMetrics();

    /**
     * Runs one replication.
     *
     * @param streams the run's random streams (seed derived by the runner)
     * @param recorder where every measurement goes
     * @param progress optional progress reports
     * @return the number of simulated events executed (0 for models without an event loop), for
     *     the runner's events/s figure
     * @throws Exception any failure; the runner reports it with the run id and point
     */
    long run(ParameterPoint point, Path baseDirectory, RandomStreams streams, RunRecorder recorder,
            RunProgress progress) throws Exception;

    /**
     * As {@link #run(ParameterPoint, Path, RandomStreams, RunRecorder, RunProgress)}, for a runner that keeps
     * snapshots of long runs: a model that can save its state between two steps resumes from {@code
     * snapshots.saved()} when there is one and offers its state whenever {@code snapshots.due()}. Models that
     * cannot ignore them (the default), and start over after a crash.
     */
    default long run(ParameterPoint point, Path baseDirectory, RandomStreams streams, RunRecorder recorder,
            RunProgress progress, RunSnapshots snapshots) throws Exception {
        return run(point, baseDirectory, streams, recorder, progress);
    }
}
