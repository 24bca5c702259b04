package org.ntksim.experiment.run;

import it.unimi.dsi.fastutil.ints.IntSortedSet;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletionService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.experiment.RunProgress;
import org.ntksim.experiment.RunSnapshots;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.config.ExperimentReader;
import org.ntksim.experiment.output.CampaignDirectory;
import org.ntksim.experiment.output.CampaignOutputs;
import org.ntksim.experiment.output.Provenance;
import org.ntksim.experiment.output.RunFiles;
import org.ntksim.experiment.output.RunResult;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/**
 * Runs the missing runs of one shard of a campaign (see the package comment). The wall clock and
 * the heap are read here, around model runs, never inside them. One instance per invocation.
 */
public final class CampaignRunner {

    /**
     * How to run.
     *
     * @param outputDirectory where the campaign lives (for a shard: that shard's own directory)
     * @param jobs worker threads (>= 1)
     * @param shard which slice to run
     * @param force reuse a directory that holds another campaign, deleting its runs
     * @param progress how to show progress
     */
    public record Options(Path outputDirectory, int jobs, Shard shard, boolean force, ProgressReporter.Mode progress) {
        /** Validates. */
        public Options {
            if (jobs < 1) {
                throw new IllegalArgumentException("--jobs must be >= 1, was " + jobs);
            }
        }
    }

    /** What happened. */
    public record Outcome(int planned, int alreadyDone, int executed, boolean assembled, Path directory) {
    }

    /** A run that threw; the message names the run and its point. */
    public static final class RunFailedException extends Exception {
        private static final long serialVersionUID = 1L;

        RunFailedException(final String message, final Throwable cause) {
            super(message, cause);
        }
    }

    /**
     * How often an unfinished run's series so far are rewritten to its partial file: a run of hours that
     * is killed keeps what it recorded (a run's own file is written only when it ends).
     */
    public static final Duration PARTIAL_INTERVAL = Duration.ofMinutes(1);

    /**
     * How often a long run that can save its state does so ({@code runs/snapshot-<id>.bin}): a campaign
     * killed after hours resumes that run from its last snapshot.
     */
    public static final Duration SNAPSHOT_INTERVAL = Duration.ofMinutes(30);

    private final long partialIntervalNs;
    private final long snapshotIntervalNs;
    private final Provenance provenance;
    private final PrintWriter err;
    private final PrintStream terminal;

    /**
     * @param provenance versions for metadata.json
     * @param err where warnings and progress lines go
     * @param terminal the process stderr, for the progress bar
     */
    public CampaignRunner(final Provenance provenance, final PrintWriter err, final PrintStream terminal) {
        this(provenance, err, terminal, PARTIAL_INTERVAL, SNAPSHOT_INTERVAL);
    }

    /**
     * As above, rewriting the partial file of an unfinished run at most once per {@code partialInterval} and
     * saving a snapshot of it once per {@code snapshotInterval} (zero: never). Builds from a modified or
     * unknown tree save none: their snapshots could not be told apart from another build's.
     */
    public CampaignRunner(final Provenance provenance, final PrintWriter err, final PrintStream terminal,
            final Duration partialInterval, final Duration snapshotInterval) {
        this.provenance = provenance;
        this.err = err;
        this.terminal = terminal;
        this.partialIntervalNs = partialInterval.toNanos();
        final String commit = provenance.gitCommit();
        this.snapshotIntervalNs = commit == null || commit.contains("dirty") || commit.contains("unknown")
                ? 0 : snapshotInterval.toNanos();
    }

    /** Runs {@code exp} with {@code options}. */
    public Outcome run(final ExperimentFile exp, final Options options) throws IOException, RunFailedException {
        final CampaignPlan plan = exp.plan();
        final CampaignDirectory dir = new CampaignDirectory(options.outputDirectory());
        dir.open(plan, options.shard().toString(), exp.text(), options.force());
        final IntSortedSet present = RunFiles.existing(dir.runs());
        final List<PlannedRun> mine = new ArrayList<>();
        final List<PlannedRun> todo = new ArrayList<>();
        for (final PlannedRun r : plan.runs()) {
            if (options.shard().contains(r.index())) {
                mine.add(r);
                if (!present.contains(r.index())) {
                    todo.add(r);
                }
            }
        }
        final int jobs = Math.min(options.jobs(), Math.max(1, todo.size()));
        err.println("ntksim run: " + plan.name() + ": " + plan.points().size() + " point(s) x " + plan.replications()
                + " replication(s) = " + plan.runCount() + " runs" + (options.shard().isAll() ? "" : ", shard "
                + options.shard() + " has " + mine.size()) + "; " + (mine.size() - todo.size()) + " already done, "
                + todo.size() + " to run with " + jobs + " job(s) into " + dir.path());
        final long[] estimates = new long[todo.size()];
        for (int i = 0; i < estimates.length; i++) {
            estimates[i] = plan.model().memoryEstimateBytes(plan.points().get(todo.get(i).point()));
        }
        final List<String> collectors = new ArrayList<>();
        for (final GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            collectors.add(gc.getName());
        }
        final String warning = MemoryPreflight.check(estimates, jobs, Runtime.getRuntime().maxMemory(),
                MemoryPreflight.usableFraction(collectors));
        if (warning != null) {
            err.println("ntksim run: " + warning);
        }
        err.flush();
        execute(exp, dir, todo, jobs, options.progress());
        boolean assembled = false;
        if (options.shard().isAll()) {
            CampaignOutputs.write(plan, dir.path(), provenance);
            assembled = true;
            err.println("ntksim run: wrote " + dir.path().resolve("metrics.csv") + ", summary.csv, series.csv,"
                    + " perf.csv, metadata.json and plots/");
        } else {
            err.println("ntksim run: shard " + options.shard() + " complete in " + dir.path()
                    + "; join the shards with: ntksim merge OUT DIR...");
        }
        err.flush();
        return new Outcome(mine.size(), mine.size() - todo.size(), todo.size(), assembled, dir.path());
    }

    private void execute(final ExperimentFile exp, final CampaignDirectory dir, final List<PlannedRun> todo,
            final int jobs, final ProgressReporter.Mode mode) throws IOException, RunFailedException {
        if (todo.isEmpty()) {
            return;
        }
        final ExecutorService pool = Executors.newFixedThreadPool(jobs, threads());
        try (ProgressReporter progress = new ProgressReporter(todo.size(), mode, err, terminal)) {
            final CompletionService<PlannedRun> cs = new ExecutorCompletionService<>(pool);
            for (final PlannedRun run : todo) {
                cs.submit(() -> {
                    RunFiles.write(dir.runs(), runOne(exp, run, progress, dir.runs()));
                    Files.deleteIfExists(RunFiles.partialPath(dir.runs(), run.index()));
                    Files.deleteIfExists(FileRunSnapshots.path(dir.runs(), run.index()));
                    return run;
                });
            }
            for (int i = 0; i < todo.size(); i++) {
                try {
                    progress.finished(cs.take().get().index());
                } catch (final ExecutionException e) {
                    throw failure(exp.plan(), e.getCause());
                }
            }
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            // runs still going stop at their next progress report (see runOne); wait for them so that none
            // writes into the campaign directory after the campaign has returned
            pool.shutdownNow();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (final InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private RunResult runOne(final ExperimentFile exp, final PlannedRun run, final ProgressReporter progress,
            final Path runsDir) throws Exception {
        final CampaignPlan plan = exp.plan();
        final ParameterPoint point = plan.points().get(run.point());
        final RunRecorder recorder = new RunRecorder();
        final long t0 = System.nanoTime();
        final long[] lastPartial = {t0};
        final FileRunSnapshots files = snapshotIntervalNs <= 0 ? null : new FileRunSnapshots(runsDir, run.index(),
                snapshotBuild(provenance, plan), run.seed(), snapshotIntervalNs, System::nanoTime,
                CampaignRunner::peakHeapBytes, note -> {
                    err.println("ntksim run: run " + run.id() + ": " + note);
                    err.flush();
                });
        final RunSnapshots snapshots = files == null ? RunSnapshots.NONE : files;
        // a resumed run's cost includes that of the processes before it, up to the snapshot it resumed
        final LongSupplier runWallNs = files == null ? () -> System.nanoTime() - t0 : files::wallNs;
        final long events;
        try {
            // progress comes from the run's own thread, between its steps: the recorder is quiet there
            events = plan.model().run(point, exp.baseDirectory(), new RandomStreams(run.seed(), 0), recorder,
                    new RunProgress() {
                        @Override
                        public void update(final double f) {
                            if (Thread.currentThread().isInterrupted()) {
                                throw new CancellationException(
                                        "campaign stopped: another run failed or the runner was interrupted");
                            }
                            progress.partial(run.index(), f);
                            final long now = System.nanoTime();
                            if (now - lastPartial[0] >= partialIntervalNs && !recorder.samples().isEmpty()) {
                                lastPartial[0] = now;
                                try {
                                    RunFiles.writePartial(runsDir, run.index(), run.seed(), recorder.samples(),
                                            runWallNs.getAsLong());
                                } catch (final IOException e) {
                                    throw new UncheckedIOException(
                                            "writing " + RunFiles.partialPath(runsDir, run.index()), e);
                                }
                            }
                        }

                        @Override
                        public void resumed(final double f) {
                            progress.resumed(run.index(), f);
                        }
                    }, snapshots);
        } catch (final Exception | Error e) {
            throw new RunException(run, e);
        }
        return new RunResult(run.index(), run.seed(), recorder.results(), recorder.samples(), runWallNs.getAsLong(),
                files == null ? peakHeapBytes() : files.peakHeapBytes(), events);
    }

    /** What a snapshot must have been written by to be resumed: this build, for this campaign's configuration. */
    static String snapshotBuild(final Provenance provenance, final CampaignPlan plan) {
        return provenance.ntksimVersion() + " " + provenance.gitCommit() + " config " + plan.configHash();
    }

    /** Sum of the peak usage of the heap pools since the JVM started (an upper bound of the peak heap). */
    static long peakHeapBytes() {
        long sum = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    private static RunFailedException failure(final CampaignPlan plan, final Throwable cause) {
        if (cause instanceof RunException) {
            final RunException re = (RunException) cause;
            final PlannedRun run = re.run;
            final ParameterPoint point = plan.points().get(run.point());
            final Throwable c = re.getCause();
            return new RunFailedException("run " + run.id() + " (point " + run.point() + ": "
                    + (plan.swept().isEmpty() ? "no sweep" : ExperimentReader.describe(point, plan.swept()))
                    + ", replication " + run.replication() + ", seed " + run.seed() + ") failed: "
                    + c.getClass().getSimpleName() + (c.getMessage() != null ? ": " + c.getMessage() : ""), c);
        }
        return new RunFailedException("writing a run file failed: " + cause, cause);
    }

    /** Carries the failed run to the collecting thread. */
    private static final class RunException extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient PlannedRun run;

        RunException(final PlannedRun run, final Throwable cause) {
            super(cause);
            this.run = run;
        }
    }

    private static ThreadFactory threads() {
        final AtomicInteger n = new AtomicInteger();
        return r -> {
            final Thread t = new Thread(r, "ntksim-run-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
