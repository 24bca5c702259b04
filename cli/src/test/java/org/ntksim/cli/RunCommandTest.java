package org.ntksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {
    private static final String TINY = "[experiment]\nname = \"tiny\"\nmodel = \"static-tables\"\nreplications = 2\n"
            + "[parameters]\ngenerator = \"grid\"\ngsizes = \"*.4\"\nstretch_pairs = 20\n[sweep]\nnodes = [16, 36]\n";

    @TempDir
    Path tmp;

    private Path write(final String text) throws Exception {
        final Path f = tmp.resolve("e.toml");
        Files.writeString(f, text);
        return f;
    }

    @Test
    void aBadExperimentFileEndsWithOneLineAndStatus2BeforeAnyRun() throws Exception {
        final Path f = write(TINY.replace("stretch_pairs", "strech_pairs"));
        final CliRun r = CliRun.of("run", f.toString(), "--out", tmp.resolve("o").toString());
        assertEquals(2, r.status());
        assertEquals(f + ":8: key 'parameters.strech_pairs': unknown parameter of model, did you mean 'stretch_pairs'?\n",
                r.err());
        assertTrue(Files.notExists(tmp.resolve("o")), "nothing written");
    }

    @Test
    void badOptionsAreRejectedWithStatus2() throws Exception {
        final Path f = write(TINY);
        assertEquals(2, CliRun.of("run", f.toString(), "--shard", "2/2").status());
        assertEquals(2, CliRun.of("run", f.toString(), "--jobs", "0").status());
        assertEquals(2, CliRun.of("run", f.toString(), "--progress", "fancy").status());
        assertEquals(2, CliRun.of("run", f.toString(), "--snapshot-every", "-1").status());
        assertEquals(2, CliRun.of("run", f.toString(), "--snapshot-every", "often").status());
        assertEquals(2, CliRun.of("run", tmp.resolve("missing.toml").toString()).status());
    }

    @Test
    void dryRunPrintsThePlanAndRunsNothing() throws Exception {
        final CliRun r = CliRun.of("run", write(TINY).toString(), "--dry-run", "--out", tmp.resolve("o").toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().contains("2 point(s) x 2 replication(s) = 4 runs"), r.out());
        assertTrue(r.out().contains("point 1: nodes=36"), r.out());
        assertTrue(Files.notExists(tmp.resolve("o")));
    }

    @Test
    void shardsRunFromTheCommandLineMergeIntoTheUnshardedResult() throws Exception {
        final Path f = write(TINY);
        final String all = tmp.resolve("all").toString();
        assertEquals(0, CliRun.of("run", f.toString(), "--out", all, "--jobs", "2", "--progress", "none").status());
        for (final String shard : new String[] {"0/2", "1/2"}) {
            final CliRun r = CliRun.of("run", f.toString(), "--out", tmp.resolve("s" + shard.charAt(0)).toString(),
                    "--shard", shard, "--jobs", "1", "--progress", "lines");
            assertEquals(0, r.status(), r.err());
            assertTrue(r.err().contains("shard " + shard + " complete"), r.err());
        }
        final CliRun m = CliRun.of("merge", tmp.resolve("m").toString(), tmp.resolve("s0").toString(),
                tmp.resolve("s1").toString());
        assertEquals(0, m.status(), m.err());
        for (final String file : new String[] {"metrics.csv", "series.csv", "summary.csv"}) {
            assertEquals(-1L, Files.mismatch(tmp.resolve("all").resolve(file), tmp.resolve("m").resolve(file)), file);
        }
        final CliRun missing = CliRun.of("merge", tmp.resolve("m2").toString(), tmp.resolve("s0").toString());
        assertEquals(2, missing.status());
        assertTrue(missing.err().startsWith("ntksim merge: missing 2 of 4 runs: 000001, 000003;"), missing.err());
    }
}
