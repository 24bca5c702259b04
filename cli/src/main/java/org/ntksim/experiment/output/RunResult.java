package org.ntksim.experiment.output;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ntksim.metrics.RunRecorder;

/**
 * Everything one run produced: the deterministic part (metrics by name, time-series samples in
 * recording order) and the machine-dependent part (wall time, process heap peak, events).
 *
 * @param index the run's canonical index
 * @param seed the run's seed (checked against the plan when files are read back)
 * @param metrics scalars and counters, sorted by name
 * @param samples time-series samples in recording order
 * @param wallNs wall-clock duration of the run
 * @param peakHeapBytes peak heap of the whole JVM observed when the run ended (with several jobs
 *     this covers the concurrent runs too)
 * @param events simulated events executed (0 for models without an event loop)
 */
public record RunResult(int index, long seed, Map<String, Double> metrics, List<RunRecorder.Sample> samples,
        long wallNs, long peakHeapBytes, long events) {

    /** Copies the collections. */
    public RunResult {
        metrics = new TreeMap<>(metrics);
        samples = List.copyOf(samples);
    }
}
