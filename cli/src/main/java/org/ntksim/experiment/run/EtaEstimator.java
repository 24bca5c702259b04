package org.ntksim.experiment.run;

import java.util.ArrayDeque;
import java.util.Iterator;

/**
 * Time left, from the pace of the recent past: the work done over the last quarter of the elapsed
 * time (at least {@link #MIN_WINDOW_NS}), extrapolated to the work left. Runs whose steps get costlier
 * as they go (a growing network) make an average-since-start ETA too optimistic all along; the recent
 * pace is closer, and equals the average for steady work. When nothing moved within the window, the
 * pace is that of the window that ended at the last progress, stretched over the stall since. Not thread-safe
 * (the reporter locks).
 */
final class EtaEstimator {
    /** Shortest pace window: below it, single updates would make the ETA jump. */
    static final long MIN_WINDOW_NS = 30_000_000_000L;

    private record Sample(long timeNs, double work) {
    }

    private final long startNs;
    /**
     * Samples oldest first, one per change of the work (at the time it changed), pruned to one at or
     * before the start of the window that the estimate may need.
     */
    private final ArrayDeque<Sample> samples = new ArrayDeque<>();

    EtaEstimator(final long startNs) {
        this.startNs = startNs;
        samples.add(new Sample(startNs, 0));
    }

    /**
     * Counts {@code work} (in runs) as done before this estimator's start, e.g. by an earlier process
     * whose snapshot a run resumed from: it raises every sample, so it is never taken for pace.
     */
    void credit(final double work) {
        final ArrayDeque<Sample> raised = new ArrayDeque<>(samples.size());
        for (final Sample s : samples) {
            raised.addLast(new Sample(s.timeNs(), s.work() + work));
        }
        samples.clear();
        samples.addAll(raised);
    }

    /** Notes that {@code work} (in runs) was done at {@code nowNs}. */
    void record(final long nowNs, final double work) {
        if (work > samples.peekLast().work()) {
            samples.addLast(new Sample(nowNs, work));
        }
        final long lastProgressNs = samples.peekLast().timeNs();
        final long keepFrom = Math.min(nowNs - window(nowNs), lastProgressNs - window(lastProgressNs));
        while (samples.size() > 2 && second().timeNs() <= keepFrom) {
            samples.removeFirst();
        }
    }

    private Sample second() {
        final Iterator<Sample> it = samples.iterator();
        it.next();
        return it.next();
    }

    private long window(final long nowNs) {
        return Math.max(MIN_WINDOW_NS, (nowNs - startNs) / 4);
    }

    /** The latest sample at or before {@code timeNs} (the oldest kept if none). */
    private Sample atOrBefore(final long timeNs) {
        Sample base = samples.peekFirst();
        for (final Sample s : samples) {
            if (s.timeNs() > timeNs) {
                break;
            }
            base = s;
        }
        return base;
    }

    /**
     * @return nanoseconds until {@code total} runs are done at the recent pace, or -1 when no work
     *     has been seen yet
     */
    long remainingNs(final long nowNs, final double work, final int total) {
        if (work <= 0) {
            return -1;
        }
        Sample base = atOrBefore(nowNs - window(nowNs));
        if (work - base.work() <= 0) {
            // a stall longer than the window: the pace of the window that ended at the last progress,
            // stretched over the time since
            final long lastProgressNs = samples.peekLast().timeNs();
            base = atOrBefore(lastProgressNs - window(lastProgressNs));
        }
        final double done = work - base.work();
        final long span = nowNs - base.timeNs();
        if (done <= 0 || span <= 0) {
            return (long) ((nowNs - startNs) * (total - work) / work);
        }
        return (long) (span * (total - work) / done);
    }
}
