package org.ntksim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.experiment.RunSnapshots;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.config.ExperimentReader;
import org.ntksim.experiment.growth.GrowthModel;
import org.ntksim.experiment.output.Provenance;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;

/** A growth run killed after a snapshot is resumed from it by the next campaign run and ends as an uninterrupted one. */
class RunSnapshotResumeTest {
    private static final String CONFIG = "[experiment]\nname = \"s\"\nmodel = \"growth\"\nreplications = 1\n"
            + "base_seed = 5\n[parameters]\ngenerator = \"grid\"\nnodes = 120\ngsizes = \"4.4.4.4\"\n"
            + "costs = \"uniform\"\ncost_min = 1000.0\ncost_max = 10000.0\narrivals = \"poisson\"\n"
            + "arrival_rate = 40.0\nduration_s = 5.0\nsamples = 5\nrouting = \"qspn\"\n";
    private static final Provenance BUILD = new Provenance("test", "0123abc", "test-java");

    @TempDir
    Path tmp;

    private final StringWriter err = new StringWriter();

    private ExperimentFile config() throws IOException {
        final Path file = tmp.resolve("s.toml");
        Files.writeString(file, CONFIG);
        return new ExperimentReader(new ModelRegistry(List.of(new GrowthModel()))).read(file, true);
    }

    private CampaignRunner runner(final Provenance build, final Duration snapshots) {
        return new CampaignRunner(build, new PrintWriter(err, true), new PrintStream(PrintStream.nullOutputStream()),
                Duration.ofHours(1), snapshots);
    }

    private static CampaignRunner.Options options(final Path out) {
        return new CampaignRunner.Options(out, 1, Shard.ALL, false, ProgressReporter.Mode.NONE);
    }

    /**
     * Runs the growth model into {@code out}'s runs directory until its first snapshot, then "dies".
     *
     * @return the fraction of the work it had reported when the snapshot was saved
     */
    private double killAfterFirstSnapshot(final ExperimentFile exp, final Path out, final String build) throws Exception {
        return killAfterFirstSnapshot(exp, out, build, 1, 0);
    }

    /**
     * As above, in a process whose clock advances {@code tick} ns each time it is read and whose heap peaked at
     * {@code peakHeapBytes}.
     */
    private double killAfterFirstSnapshot(final ExperimentFile exp, final Path out, final String build,
            final long tick, final long peakHeapBytes) throws Exception {
        final Path runs = out.resolve("runs");
        Files.createDirectories(runs);
        final PlannedRun run = exp.plan().runs().get(0);
        final long[] clock = {0};
        final FileRunSnapshots files = new FileRunSnapshots(runs, run.index(), build, run.seed(), 400 * tick,
                () -> clock[0] += tick, () -> peakHeapBytes, note -> { });
        final List<Double> savedAt = new ArrayList<>();
        final double[] lastFraction = {0};
        final RunSnapshots dying = new RunSnapshots() {
            @Override
            public InputStream saved() throws IOException {
                return files.saved();
            }

            @Override
            public boolean due() {
                return files.due();
            }

            @Override
            public void save(final Writer writer) throws IOException {
                files.save(writer);
                savedAt.add(lastFraction[0]);
                throw new IllegalStateException("killed");
            }

            @Override
            public void unreadable(final IOException why) throws IOException {
                files.unreadable(why);
            }
        };
        assertThrows(IllegalStateException.class, () -> new GrowthModel().run(exp.plan().points().get(0),
                tmp, new RandomStreams(run.seed(), 0), new RunRecorder(), f -> lastFraction[0] = f, dying));
        assertEquals(1, savedAt.size());
        assertTrue(savedAt.get(0) > 0.1 && savedAt.get(0) < 0.9, "snapshot in the middle of the run: " + savedAt);
        assertTrue(Files.exists(FileRunSnapshots.path(runs, run.index())));
        return savedAt.get(0);
    }

    /**
     * Runs the campaign uninterrupted into {@code whole}, then kills it into {@code out} after a first snapshot
     * headed with {@code snapshotBuild}, reruns it there with snapshots on and requires the same CSV bytes.
     */
    private Path killRerunAndCompare(final String out, final String snapshotBuild) throws Exception {
        final ExperimentFile exp = config();
        runner(BUILD, Duration.ZERO).run(exp, options(tmp.resolve("whole")));
        final Path dir = tmp.resolve(out);
        Files.createDirectories(dir);
        killAfterFirstSnapshot(exp, dir, snapshotBuild == null ? CampaignRunner.snapshotBuild(BUILD, exp.plan())
                : snapshotBuild);
        runner(BUILD, Duration.ofHours(1)).run(exp, options(dir));
        CampaignRunnerTest.assertSameBytes(tmp.resolve("whole"), dir);
        return dir;
    }

    @Test
    void aRunKilledAfterASnapshotResumesFromItAndWritesTheSameCsvAsAnUninterruptedCampaign() throws Exception {
        final Path out = killRerunAndCompare("killed", null);
        assertTrue(err.toString().contains("run 000000: resuming from "), err.toString());
        assertFalse(Files.exists(FileRunSnapshots.path(out.resolve("runs"), 0)), "a finished run keeps its snapshot");
    }

    @Test
    void aResumedRunReportsTheWorkItsSnapshotHadDoneAsResumedNotAsProgress() throws Exception {
        final ExperimentFile exp = config();
        final Path runs = tmp.resolve("r/runs");
        final double savedAt = killAfterFirstSnapshot(exp, tmp.resolve("r"), "b");
        final PlannedRun run = exp.plan().runs().get(0);
        final List<String> reports = new ArrayList<>();
        new GrowthModel().run(exp.plan().points().get(0), tmp, new RandomStreams(run.seed(), 0), new RunRecorder(),
                new org.ntksim.experiment.RunProgress() {
                    @Override
                    public void update(final double fraction) {
                        reports.add("update " + fraction);
                    }

                    @Override
                    public void resumed(final double fraction) {
                        reports.add("resumed " + fraction);
                    }
                }, new FileRunSnapshots(runs, run.index(), "b", run.seed(), Long.MAX_VALUE, () -> 0, () -> 0, note -> { }));
        assertEquals("resumed " + savedAt, reports.get(0));
        assertEquals(1, reports.stream().filter(r -> r.startsWith("resumed")).count(), reports.toString());
        assertEquals("update 1.0", reports.get(reports.size() - 1));
    }

    @Test
    void aResumedRunCountsTheWallTimeAndPeakHeapOfTheProcessBeforeItUpToTheSnapshot() throws Exception {
        final ExperimentFile exp = config();
        final Path dir = tmp.resolve("costly");
        final long hour = 3_600_000_000_000L;
        final long hugeHeap = 1L << 50;
        // the first process's clock runs an hour per reading: its snapshot comes 400 hours in
        killAfterFirstSnapshot(exp, dir, CampaignRunner.snapshotBuild(BUILD, exp.plan()), hour, hugeHeap);

        runner(BUILD, Duration.ofHours(1)).run(exp, options(dir));

        final List<String> perf = Files.readAllLines(dir.resolve("runs/run-000000.csv")).stream()
                .filter(l -> l.startsWith("perf,")).toList();
        final long wall = Long.parseLong(perf.get(0).replace("perf,wall_ns,,", ""));
        assertTrue(wall >= 400 * hour && wall < 402 * hour, perf.toString());
        assertEquals("perf,peak_heap_bytes,," + hugeHeap, perf.get(1));
    }

    @Test
    void aRunWhoseSnapshotCannotBeReadCountsOnlyItsOwnWallTime() throws Exception {
        final ExperimentFile exp = config();
        final Path runs = tmp.resolve("g/runs");
        Files.createDirectories(runs);
        final PlannedRun run = exp.plan().runs().get(0);
        final long hour = 3_600_000_000_000L;
        final long[] clock = {0};
        new FileRunSnapshots(runs, run.index(), "b", run.seed(), 1, () -> clock[0] += hour, () -> 1L << 50,
                note -> { }).save(out -> out.write("not a serialized run".getBytes()));
        final FileRunSnapshots again = new FileRunSnapshots(runs, run.index(), "b", run.seed(), Long.MAX_VALUE,
                () -> clock[0], () -> 7, note -> { });
        new GrowthModel().run(exp.plan().points().get(0), tmp, new RandomStreams(run.seed(), 0), new RunRecorder(),
                f -> { }, again);
        assertEquals(0, again.wallNs());
        assertEquals(7, again.peakHeapBytes());
    }

    @Test
    void aSnapshotOfAnotherBuildIsNotResumedAndTheRunStartsOver() throws Exception {
        killRerunAndCompare("other", "test 9999999");
        assertTrue(err.toString().contains("written by test 9999999 for seed "), err.toString());
        assertTrue(err.toString().contains("not resumed, the run starts over"), err.toString());
        assertFalse(err.toString().contains("resuming from"), err.toString());
    }

    @Test
    void aSnapshotWithTheRightHeaderButABodyThisBuildCannotReadIsDroppedAndTheRunStartsOver() throws Exception {
        final ExperimentFile exp = config();
        runner(BUILD, Duration.ZERO).run(exp, options(tmp.resolve("whole")));
        final Path dir = tmp.resolve("garbled");
        final Path runs = dir.resolve("runs");
        Files.createDirectories(runs);
        final PlannedRun run = exp.plan().runs().get(0);
        final long[] clock = {0};
        new FileRunSnapshots(runs, run.index(), CampaignRunner.snapshotBuild(BUILD, exp.plan()), run.seed(), 1,
                () -> clock[0]++, () -> 0, note -> { }).save(out -> out.write("not a serialized run".getBytes()));
        assertTrue(Files.exists(FileRunSnapshots.path(runs, run.index())));

        runner(BUILD, Duration.ofHours(1)).run(exp, options(dir));

        CampaignRunnerTest.assertSameBytes(tmp.resolve("whole"), dir);
        assertTrue(err.toString().contains("unreadable ("), err.toString());
        assertTrue(err.toString().contains("not resumed, the run starts over"), err.toString());
    }

    @Test
    void aBuildFromAModifiedTreeSavesNoSnapshot() throws Exception {
        final ExperimentFile exp = config();
        final Provenance dirty = new Provenance("test", "0123abc-dirty", "test-java");
        final CampaignRunner.Outcome o = runner(dirty, Duration.ofNanos(1)).run(exp, options(tmp.resolve("d")));
        assertEquals(1, o.executed());
        try (var files = Files.list(tmp.resolve("d/runs"))) {
            assertEquals(List.of("run-000000.csv"), files.map(p -> p.getFileName().toString()).toList());
        }
    }

    @Test
    void aSnapshotThatCannotBeWrittenIsReportedAndTheRunGoesOnWithoutSnapshots() throws Exception {
        final List<String> notes = new ArrayList<>();
        final long[] clock = {0};
        final Path runs = tmp.resolve("r");
        Files.createDirectories(runs);
        final FileRunSnapshots files = new FileRunSnapshots(runs, 0, "b", 1, 10, () -> clock[0] += 10, () -> 0,
                notes::add);
        assertTrue(files.due());
        files.save(out -> {
            throw new java.io.NotSerializableException("SomeState");
        });
        assertEquals(1, notes.size(), notes.toString());
        assertTrue(notes.get(0).contains("failed (java.io.NotSerializableException: SomeState); the run goes on without"
                + " snapshots"), notes.get(0));
        assertFalse(files.due());
        try (var left = Files.list(runs)) {
            assertEquals(0, left.count(), "no snapshot nor temporary file left");
        }
    }
}
