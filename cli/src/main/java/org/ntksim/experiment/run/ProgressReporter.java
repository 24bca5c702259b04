package org.ntksim.experiment.run;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * Progress of the runs of one invocation, with ETA, on stderr: an ASCII progress bar
 * (me.tongfei:progressbar) on a terminal, plain lines elsewhere (CI logs, files), at most one per
 * {@link #LINE_INTERVAL} or per tenth of the work, and none with {@link Mode#NONE}. Work is counted
 * in runs, plus the fractions unfinished runs report. The ETA extrapolates the recent pace
 * ({@link EtaEstimator}), not the average since the start: growth runs slow down as the network
 * grows, and an average-pace ETA kept promising too little. Thread-safe.
 */
public final class ProgressReporter implements AutoCloseable {
    /** How progress is shown. */
    public enum Mode {
        /** Bar on a terminal, lines otherwise. */
        AUTO,
        /** Always the bar. */
        BAR,
        /** Always plain lines. */
        LINES,
        /** Nothing. */
        NONE
    }

    static final Duration LINE_INTERVAL = Duration.ofSeconds(15);
    private static final long UNITS = 1000;

    private final int total;
    private final PrintWriter err;
    private final ProgressBar bar;
    private final boolean lines;
    private final long startNs = System.nanoTime();
    private final AtomicInteger done = new AtomicInteger();
    private final ConcurrentHashMap<Integer, Double> partial = new ConcurrentHashMap<>();
    private final java.util.concurrent.ScheduledExecutorService heartbeat;
    private final EtaEstimator etaEstimator = new EtaEstimator(startNs);
    private long lastLineNs = startNs;
    private int lastTenth;

    /**
     * @param total runs to do
     * @param mode how to show progress
     * @param err where lines go
     * @param terminal the process's stderr, for the bar
     */
    public ProgressReporter(final int total, final Mode mode, final PrintWriter err, final PrintStream terminal) {
        this.total = total;
        this.err = err;
        final Mode m = mode == Mode.AUTO ? (isInteractive() ? Mode.BAR : Mode.LINES) : mode;
        if (m == Mode.BAR && total > 0) {
            bar = new ProgressBarBuilder().setTaskName("runs").setInitialMax(total * UNITS).setUnit(" runs", UNITS)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(terminal))
                    .setUpdateIntervalMillis(500).build();
        } else {
            bar = null;
        }
        lines = m == Mode.LINES;
        if (lines && total > 0) {
            // long runs report rarely: a timer keeps lines (and the ETA) coming every LINE_INTERVAL
            heartbeat = java.util.concurrent.Executors.newSingleThreadScheduledExecutor(r -> {
                final Thread t = new Thread(r, "ntksim-progress");
                t.setDaemon(true);
                return t;
            });
            final long ms = LINE_INTERVAL.toMillis();
            heartbeat.scheduleAtFixedRate(() -> update(false), ms, ms, java.util.concurrent.TimeUnit.MILLISECONDS);
        } else {
            heartbeat = null;
        }
    }

    /** A terminal that is not a CI log: colour-free bar is fine there. */
    static boolean isInteractive() {
        return System.console() != null && System.getenv("CI") == null && !"dumb".equals(System.getenv("TERM"));
    }

    /** Run {@code run} reports {@code fraction} done. */
    public void partial(final int run, final double fraction) {
        partial.put(run, Math.max(0, Math.min(1, fraction)));
        update(false);
    }

    /**
     * Run {@code run} resumed from a snapshot with {@code fraction} done by an earlier process: counted as
     * done before this invocation started, so the ETA's pace is this process's own.
     */
    public void resumed(final int run, final double fraction) {
        final double f = Math.max(0, Math.min(1, fraction));
        synchronized (this) {
            final Double before = partial.put(run, f);
            etaEstimator.credit(f - (before == null ? 0 : before));
        }
        update(false);
    }

    /** Run {@code run} finished. */
    public void finished(final int run) {
        partial.remove(run);
        done.incrementAndGet();
        update(false);
    }

    private synchronized void update(final boolean force) {
        double work = done.get();
        for (final double f : partial.values()) {
            work += f;
        }
        if (bar != null) {
            bar.stepTo((long) (work * UNITS));
        }
        if (lines && total > 0) {
            final long now = System.nanoTime();
            etaEstimator.record(now, work);
            final int tenth = (int) (10 * done.get() / total);
            if (force || tenth > lastTenth || now - lastLineNs >= LINE_INTERVAL.toNanos()) {
                lastTenth = tenth;
                lastLineNs = now;
                final long etaNs = etaEstimator.remainingNs(now, work, total);
                err.println("ntksim run: " + done.get() + "/" + total + " runs (" + String.format("%.1f", 100 * work / total)
                        + "% of the work), elapsed " + clock(now - startNs) + ", ETA "
                        + (etaNs < 0 ? "unknown" : clock(etaNs)));
                err.flush();
            }
        }
    }

    static String clock(final long ns) {
        final long s = Math.max(0, ns / 1_000_000_000L);
        return s >= 3600 ? String.format("%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format("%d:%02d", s / 60, s % 60);
    }

    @Override
    public void close() {
        if (heartbeat != null) {
            heartbeat.shutdownNow();
        }
        if (bar != null) {
            bar.close();
        }
    }
}
