package org.ntksim.experiment.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntksim.experiment.FakeModel;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.TestExperiments;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.output.CampaignMerge;
import org.ntksim.experiment.output.Provenance;

class CampaignRunnerTest {
    private static final String CONFIG = "[experiment]\nname = \"t\"\nmodel = \"fake\"\nreplications = 3\n"
            + "base_seed = 7\n[parameters]\nb = 2.0\n[sweep]\na = [1, 2, 3, 4]\nlabel = [\"x\", \"y\"]\n";
    private static final List<String> DETERMINISTIC = List.of("metrics.csv", "series.csv", "summary.csv");
    private static final Provenance PROVENANCE = new Provenance("test", "unknown", "test-java");

    @TempDir
    Path tmp;

    private final FakeModel fake = new FakeModel();
    private final ModelRegistry registry = TestExperiments.registry(fake);
    private final StringWriter err = new StringWriter();

    private ExperimentFile config(final String text) throws IOException {
        return TestExperiments.read(registry, tmp, "t.toml", text);
    }

    private CampaignRunner.Outcome run(final ExperimentFile exp, final Path out, final int jobs, final Shard shard,
            final boolean force) throws Exception {
        return new CampaignRunner(PROVENANCE, new PrintWriter(err, true), new PrintStream(PrintStream.nullOutputStream()))
                .run(exp, new CampaignRunner.Options(out, jobs, shard, force, ProgressReporter.Mode.LINES));
    }

    /** The deterministic outputs of campaign directories {@code a} and {@code b} are byte-identical. */
    static void assertSameBytes(final Path a, final Path b) throws IOException {
        for (final String f : DETERMINISTIC) {
            assertEquals(-1L, Files.mismatch(a.resolve(f), b.resolve(f)), f + " differs between " + a + " and " + b);
        }
    }

    @Test
    void oneJobAndThreeJobsWriteIdenticalMetricsSeriesAndSummaryBytes() throws Exception {
        final ExperimentFile exp = config(CONFIG);
        run(exp, tmp.resolve("one"), 1, Shard.ALL, false);
        run(exp, tmp.resolve("three"), 3, Shard.ALL, false);
        assertSameBytes(tmp.resolve("one"), tmp.resolve("three"));
        // 8 points x 3 replications x 2 metrics (draws, value) + header
        assertEquals(1 + 24 * 2, Files.readAllLines(tmp.resolve("one/metrics.csv")).size());
        assertEquals(1 + 24 * 3, Files.readAllLines(tmp.resolve("one/series.csv")).size());
    }

    @Test
    void metricsRowsCarryParametersReplicationSeedAndTheModelsValue() throws Exception {
        final ExperimentFile exp = config(CONFIG);
        run(exp, tmp.resolve("o"), 2, Shard.ALL, false);
        final List<String> lines = Files.readAllLines(tmp.resolve("o/metrics.csv"));
        assertEquals("run_id,point,a,b,label,fail_when_a,capacity,replication,seed,metric,value", lines.get(0));
        // run 000005 = point 1 (a=1, label=y), replication 2; its value is a + b*u with u in [0,1)
        final String[] row = lines.stream().filter(l -> l.startsWith("000005,") && l.contains(",value,"))
                .findFirst().orElseThrow().split(",");
        assertEquals(List.of("000005", "1", "1", "2.0", "y", "-1", "1000", "2"), List.of(row).subList(0, 8));
        assertEquals(Long.toString(exp.plan().runs().get(5).seed()), row[8]);
        final double value = Double.parseDouble(row[10]);
        assertTrue(value >= 1 && value < 3, "value " + value);
    }

    @Test
    void rerunAfterACrashRunsOnlyTheMissingRunsAndIgnoresStaleTemporaries() throws Exception {
        final ExperimentFile exp = config(CONFIG);
        final Path full = tmp.resolve("full");
        run(exp, full, 2, Shard.ALL, false);
        final Path crashed = tmp.resolve("crashed");
        run(exp, crashed, 2, Shard.ALL, false);
        // simulate a campaign killed after some runs: delete 5 run files and the outputs, leave a half-written temp
        for (final int i : new int[] {0, 3, 7, 12, 23}) {
            Files.delete(crashed.resolve(String.format("runs/run-%06d.csv", i)));
        }
        for (final String f : DETERMINISTIC) {
            Files.delete(crashed.resolve(f));
        }
        Files.writeString(crashed.resolve("runs/.run-000003.csv.tmp"), "kind,name,time_ns,value\nmeta,se");
        fake.runs.set(0);
        final CampaignRunner.Outcome o = run(exp, crashed, 2, Shard.ALL, false);
        assertEquals(5, fake.runs.get());
        assertEquals(19, o.alreadyDone());
        assertEquals(5, o.executed());
        assertSameBytes(full, crashed);
        fake.runs.set(0);
        run(exp, crashed, 2, Shard.ALL, false);
        assertEquals(0, fake.runs.get(), "a complete campaign runs nothing again");
    }

    @Test
    void aChangedConfigInAnExistingDirectoryIsRefusedUnlessForced() throws Exception {
        final Path out = tmp.resolve("o");
        run(config(CONFIG), out, 2, Shard.ALL, false);
        final ExperimentFile changed = config(CONFIG.replace("b = 2.0", "b = 3.0"));
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> run(changed, out, 2, Shard.ALL, false));
        assertTrue(e.getMessage().contains("holds another campaign") && e.getMessage().contains("--force"),
                e.getMessage());
        fake.runs.set(0);
        run(changed, out, 2, Shard.ALL, true);
        assertEquals(24, fake.runs.get(), "forced: every run of the new config is executed");
        final Path fresh = tmp.resolve("fresh");
        run(changed, fresh, 1, Shard.ALL, false);
        assertSameBytes(fresh, out);
    }

    @Test
    void twoShardsMergedGiveTheSameBytesAsAnUnshardedRun() throws Exception {
        final ExperimentFile exp = config(CONFIG);
        run(exp, tmp.resolve("all"), 2, Shard.ALL, false);
        fake.runs.set(0);
        final CampaignRunner.Outcome s0 = run(exp, tmp.resolve("s0"), 1, new Shard(0, 2), false);
        final CampaignRunner.Outcome s1 = run(exp, tmp.resolve("s1"), 2, new Shard(1, 2), false);
        assertEquals(24, fake.runs.get());
        assertEquals(12, s0.executed());
        assertFalse(s0.assembled() || s1.assembled(), "a shard alone does not assemble outputs");
        CampaignMerge.merge(tmp.resolve("merged"), List.of(tmp.resolve("s1"), tmp.resolve("s0")), registry,
                PROVENANCE, new PrintWriter(err, true));
        assertSameBytes(tmp.resolve("all"), tmp.resolve("merged"));
    }

    @Test
    void mergeReportsMissingRunsAndRefusesShardsOfAnotherCampaign() throws Exception {
        final ExperimentFile exp = config(CONFIG);
        run(exp, tmp.resolve("s0"), 1, new Shard(0, 3), false);
        run(exp, tmp.resolve("s2"), 1, new Shard(2, 3), false);
        final IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
                () -> CampaignMerge.merge(tmp.resolve("m"), List.of(tmp.resolve("s0"), tmp.resolve("s2")), registry,
                        PROVENANCE, new PrintWriter(err, true)));
        assertEquals("missing 8 of 24 runs: 000001, 000004, 000007, 000010, 000013, 000016, 000019, 000022;"
                + " run the missing shards and merge again", missing.getMessage());
        run(config(CONFIG.replace("base_seed = 7", "base_seed = 8")), tmp.resolve("other"), 1, new Shard(1, 3), false);
        final IllegalArgumentException other = assertThrows(IllegalArgumentException.class,
                () -> CampaignMerge.merge(tmp.resolve("m"), List.of(tmp.resolve("s0"), tmp.resolve("other")), registry,
                        PROVENANCE, new PrintWriter(err, true)));
        assertTrue(other.getMessage().contains("holds another campaign than"), other.getMessage());
    }

    @Test
    void aFailingRunIsReportedWithItsIdPointAndSeedAndFinishedRunsAreKept() throws Exception {
        final ExperimentFile exp = config(CONFIG.replace("b = 2.0", "b = 2.0\nfail_when_a = 3"));
        final CampaignRunner.RunFailedException e = assertThrows(CampaignRunner.RunFailedException.class,
                () -> run(exp, tmp.resolve("o"), 1, Shard.ALL, false));
        assertTrue(e.getMessage().startsWith("run 000012 (point 4: a=3, label=x, replication 0, seed "), e.getMessage());
        assertTrue(e.getMessage().endsWith(") failed: IllegalStateException: boom"), e.getMessage());
        assertTrue(Files.exists(tmp.resolve("o/runs/run-000011.csv")));
    }

    @Test
    void aRunThatDiesLeavesItsSeriesSoFarInAPartialFileAndFinishedRunsLeaveNone() throws Exception {
        final ExperimentFile exp = config(CONFIG.replace("b = 2.0", "b = 2.0\nfail_when_a = 3"));
        final CampaignRunner runner = new CampaignRunner(PROVENANCE, new PrintWriter(err, true),
                new PrintStream(PrintStream.nullOutputStream()), java.time.Duration.ZERO, java.time.Duration.ZERO);
        assertThrows(CampaignRunner.RunFailedException.class, () -> runner.run(exp,
                new CampaignRunner.Options(tmp.resolve("p"), 1, Shard.ALL, false, ProgressReporter.Mode.NONE)));
        final List<String> partial = Files.readAllLines(tmp.resolve("p/runs/partial-000012.csv"));
        assertEquals("kind,name,time_ns,value", partial.get(0));
        assertTrue(partial.get(1).startsWith("meta,seed,,"), partial.get(1));
        assertEquals(3, partial.stream().filter(l -> l.startsWith("series,queue,")).count(), partial.toString());
        assertTrue(partial.get(partial.size() - 1).startsWith("perf,wall_ns,,"), partial.toString());
        assertTrue(Files.exists(tmp.resolve("p/runs/run-000011.csv")));
        assertFalse(Files.exists(tmp.resolve("p/runs/partial-000011.csv")), "a finished run keeps its partial file");
        // resuming ignores the partial file and reruns the failed run from scratch
        assertThrows(CampaignRunner.RunFailedException.class, () -> runner.run(exp,
                new CampaignRunner.Options(tmp.resolve("p"), 1, Shard.ALL, false, ProgressReporter.Mode.NONE)));
    }

    @Test
    void plotsArePngFilesForTheMainMetricAndEachSeries() throws Exception {
        run(config(CONFIG), tmp.resolve("o"), 2, Shard.ALL, false);
        for (final String png : List.of("value.png", "dist-value.png", "strip-value.png", "series-queue.png")) {
            final byte[] head = java.util.Arrays.copyOf(Files.readAllBytes(tmp.resolve("o/plots/" + png)), 8);
            assertEquals(List.of(0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A), toList(head), png);
        }
    }

    @Test
    void memoryPreflightWarnsWithTheNeedAndAJobCountThatFits() {
        final long mib = 1 << 20;
        assertEquals(null, MemoryPreflight.check(new long[] {100 * mib, 100 * mib}, 2, 1000 * mib, MemoryPreflight.USABLE));
        assertEquals("warning: memory: 2 concurrent run(s) may need about 1200 MiB (largest run 600 MiB) but the heap"
                + " may grow only to 1000 MiB; use --jobs 1 or give the JVM more heap, e.g. NTKSIM_JAVA_OPTS=-Xmx2g",
                MemoryPreflight.check(new long[] {600 * mib, 600 * mib, 10 * mib}, 2, 1000 * mib, MemoryPreflight.USABLE));
    }

    @Test
    void memoryPreflightLeavesLessRoomWithACollectorWhoseOldGenerationIsAFixedPartOfTheHeap() {
        final long mib = 1 << 20;
        final long[] oneRun = {706 * mib};
        final double g1 = MemoryPreflight.usableFraction(List.of("G1 Young Generation", "G1 Old Generation"));
        final double parallel = MemoryPreflight.usableFraction(List.of("PS Scavenge", "PS MarkSweep"));
        final double serial = MemoryPreflight.usableFraction(List.of("Copy", "MarkSweepCompact"));
        assertEquals(null, MemoryPreflight.check(oneRun, 1, 900 * mib, g1));
        assertEquals(parallel, serial);
        assertEquals("warning: memory: 1 concurrent run(s) may need about 706 MiB (largest run 706 MiB) but the heap"
                + " may grow only to 900 MiB (its collector keeps long-lived data in part of it); give the JVM more"
                + " heap, e.g. NTKSIM_JAVA_OPTS=-Xmx2g", MemoryPreflight.check(oneRun, 1, 900 * mib, parallel));
        assertEquals(null, MemoryPreflight.check(oneRun, 1, 1333 * mib, parallel));
    }

    private static List<Integer> toList(final byte[] b) {
        final java.util.ArrayList<Integer> l = new java.util.ArrayList<>();
        for (final byte x : b) {
            l.add(x & 0xFF);
        }
        return l;
    }
}
