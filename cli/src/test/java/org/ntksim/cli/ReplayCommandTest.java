package org.ntksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The replay subcommand: blocks per system, --system filter, file:line errors with exit status 2. */
class ReplayCommandTest {

    @TempDir
    Path dir;

    private record Run(int status, String out, String err) { }

    private Run run(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        final int status = cl.execute(args);
        return new Run(status, out.toString(), err.toString());
    }

    @Test
    void shouldPrintOneBlockPerContiguousRunOfOneSystem() throws Exception {
        final Path f = dir.resolve("two.scn");
        Files.writeString(f, "system a eth1 00:16:3E:00:00:01 169.254.0.1\n"
                + "system b eth1 00:16:3E:00:00:02 169.254.0.2\n"
                + "a: init 2.2 0.0\nb: init 2.2 1.1\n");
        final Run r = run("replay", f.toString());
        assertEquals(0, r.status(), r.err());
        assertTrue(r.out().startsWith("# system a\nsysctl net.ipv4.ip_forward=1\n"), r.out());
        assertTrue(r.out().contains("\n\n# system b\nsysctl net.ipv4.ip_forward=1\n"), r.out());
        final Run onlyB = run("replay", f.toString(), "--system", "b");
        assertTrue(onlyB.out().startsWith("# system b\n") && !onlyB.out().contains("# system a"), onlyB.out());
    }

    @Test
    void shouldExitWithStatus2AndFileLineMessageOnBadInput() throws Exception {
        final Path f = dir.resolve("bad.scn");
        Files.writeString(f, "system a eth1 00:16:3E:00:00:01 169.254.0.1\na: init 2.2 0.2\n");
        final Run r = run("replay", f.toString());
        assertEquals(2, r.status());
        assertEquals("", r.out());
        assertEquals(f + ":2: position 2 out of range 0..1 at level 0 in '0.2'\n", r.err().replace("\r", ""));
    }

    @Test
    void shouldRejectUnknownSystemFilter() throws Exception {
        final Path f = dir.resolve("one.scn");
        Files.writeString(f, "system a eth1 00:16:3E:00:00:01 169.254.0.1\na: init 2.2 0.0\n");
        final Run r = run("replay", f.toString(), "--system", "zz");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("unknown system 'zz'"), r.err());
    }
}
