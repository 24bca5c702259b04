package org.ntksim.experiment.output;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Where results came from, for {@code metadata.json}: ntksim version, git commit of the source
 * tree ({@code git rev-parse HEAD} in the checkout the jar was built in, or in the working
 * directory; {@code -dirty} appended when the tree has uncommitted changes outside {@code results/}, the
 * directory the reference campaigns write into while they run; {@code unknown} when neither is a git
 * checkout) and Java version.
 */
public record Provenance(String ntksimVersion, String gitCommit, String javaVersion) {

    /** Detects the commit and Java version; {@code ntksimVersion} comes from the caller. */
    public static Provenance detect(final String ntksimVersion, final Class<?> anchor) {
        String commit = null;
        try {
            final Path code = Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            commit = gitCommit(Files.isDirectory(code) ? code : code.getParent());
        } catch (final Exception e) {
            commit = null;
        }
        if (commit == null) {
            commit = gitCommit(Path.of("").toAbsolutePath());
        }
        return new Provenance(ntksimVersion, commit != null ? commit : "unknown",
                System.getProperty("java.vendor", "?") + " " + System.getProperty("java.version", "?"));
    }

    /** The commit of the checkout containing {@code dir}, with {@code -dirty} as above; null outside one. */
    static String gitCommit(final Path dir) {
        final String head = git(dir, "rev-parse", "HEAD");
        if (head == null || !head.matches("[0-9a-f]{40}")) {
            return null;
        }
        final String status = git(dir, "status", "--porcelain", "--untracked-files=no", "--", ":(top)",
                ":(top,exclude)results");
        return status != null && !status.isEmpty() ? head + "-dirty" : head;
    }

    private static String git(final Path dir, final String... args) {
        try {
            final String[] cmd = new String[args.length + 3];
            cmd[0] = "git";
            cmd[1] = "-C";
            cmd[2] = dir.toString();
            System.arraycopy(args, 0, cmd, 3, args.length);
            final Process p = new ProcessBuilder(cmd).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            final String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
            }
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            return p.exitValue() == 0 ? out : null;
        } catch (final IOException e) {
            return null;
        } catch (final InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
