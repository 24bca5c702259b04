package org.ntksim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceTest {

    private static String run(final Path dir, final String... cmd) throws IOException, InterruptedException {
        final Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
        final String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assumeTrue(p.waitFor() == 0, () -> "git not usable here: " + out);
        return out;
    }

    @Test
    void aCampaignWritingIntoResultsDoesNotMakeTheCommitDirtyButACodeChangeDoes(@TempDir final Path repo)
            throws IOException, InterruptedException {
        Files.createDirectories(repo.resolve("results/x"));
        Files.createDirectories(repo.resolve("cli/target"));
        Files.writeString(repo.resolve("Model.java"), "a");
        Files.writeString(repo.resolve("results/x/metrics.csv"), "1");
        run(repo, "git", "init", "-q");
        run(repo, "git", "add", "Model.java", "results");
        run(repo, "git", "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "c");
        final String head = run(repo, "git", "rev-parse", "HEAD");
        final Path jarDir = repo.resolve("cli/target");

        Files.writeString(repo.resolve("results/x/metrics.csv"), "2");
        assertEquals(head, Provenance.gitCommit(jarDir));

        Files.writeString(repo.resolve("Model.java"), "b");
        assertEquals(head + "-dirty", Provenance.gitCommit(jarDir));
    }
}
