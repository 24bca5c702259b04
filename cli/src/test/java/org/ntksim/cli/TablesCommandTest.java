package org.ntksim.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The tables command renders one identity's converged tables as ip route change lines. */
class TablesCommandTest {

    @TempDir
    Path dir;

    private String run(final String state, final String identity, final int expectedStatus) throws IOException {
        final Path f = dir.resolve("net.state");
        Files.writeString(f, state);
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final CommandLine cl = new CommandLine(new Main());
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        assertEquals(expectedStatus, cl.execute("tables", f.toString(), "--identity", identity), err.toString());
        return out.toString();
    }

    @Test
    void printsNtkThenOneTablePerNeighbourWithGatewaySourceAndBlackholes() throws IOException {
        final String out = run("topology 4.2.2.2\n"
                + "identity a 3.1.0.0 mac=00:16:3e:ec:a3:e1 ll=169.254.1.1\n"
                + "identity b 3.1.1.0 mac=00:16:3E:5B:78:D6 ll=169.254.2.2  # a comment\n"
                + "identity c 3.1.0.1 ll=169.254.3.3\n"
                + "arc a b 10\narc b c 10\n", "a", 0);
        final String[] lines = out.split("\n");
        // Every table holds all 18 destination prefixes of 3·1·0·0 (spec §3.2); of them only (1,1) = 3·1·1·
        // (4 prefixes, lines 9-12) and (0,1) = 3·1·0·1 (5 prefixes, lines 13-17) are non-empty g-nodes.
        assertEquals(36, lines.length, out);
        assertEquals("ip route change unreachable 10.0.0.0/29 table ntk", lines[0]);
        assertEquals("ip route change 10.0.0.30/31 table ntk via 169.254.2.2 dev eth1 src 10.0.0.28", lines[9]);
        // a-b-c leaves the level-1 g-node 3·1·0· that holds a and c: c is unreachable from a
        assertEquals("ip route change unreachable 10.0.0.41/32 table ntk", lines[17]);
        assertEquals("ip route change unreachable 10.0.0.30/31 table ntk_from_00:16:3E:5B:78:D6", lines[18 + 9]);
        assertEquals("ip route change unreachable 10.0.0.29/32 table ntk_from_00:16:3E:5B:78:D6", lines[18 + 13]);
        assertEquals("ip route change blackhole 10.0.0.41/32 table ntk_from_00:16:3E:5B:78:D6", lines[18 + 17]);
    }

    @Test
    void qspnIdealSemanticsDropsAPathThatReEntersTheSourcesOwnGnode() throws IOException {
        // topology 4.2: a = 0.0 and a2 = 0.1 share level-1 g-node 0 but have no arc between them; the only way
        // from a to g-node 3 (d) is a-b-c-a2-d, through g-nodes 1 and 2 and back into 0. The relaxed rule only
        // forbids going straight back into the g-node the packet came from, so it routes g-node 3 via b; QSPN's
        // acyclic rule drops any path whose hops contain the receiver's own g-node, so ideal QSPN has no route.
        final String state = "topology 4.2\n"
                + "identity a 0.0 ll=169.254.1.1\nidentity a2 0.1 ll=169.254.1.2\n"
                + "identity b 1.0 ll=169.254.2.2\nidentity c 2.0 ll=169.254.3.3\nidentity d 3.0 ll=169.254.4.4\n"
                + "arc a b 1\narc b c 1\narc c a2 1\narc a2 d 1\n";
        final Path f = dir.resolve("reentry.state");
        Files.writeString(f, state);
        final CliRun relaxed = CliRun.of("tables", f.toString(), "--identity", "a");
        final CliRun ideal = CliRun.of("tables", f.toString(), "--identity", "a", "--semantics", "qspn-ideal");
        assertEquals(0, relaxed.status(), relaxed.err());
        assertEquals(0, ideal.status(), ideal.err());
        final String[] r = relaxed.out().split("\n");
        final String[] i = ideal.out().split("\n");
        assertEquals(r.length, i.length);
        int differing = 0;
        for (int k = 0; k < r.length; k++) {
            if (!r[k].equals(i[k]) && r[k].contains("table ntk ")) {
                differing++;
                assertTrue(r[k].contains("via 169.254.2.2"), r[k]);
                assertTrue(i[k].startsWith("ip route change unreachable "), i[k]);
            }
        }
        assertTrue(differing > 0, relaxed.out() + "\n---\n" + ideal.out());
        // g-nodes 1 and 2 are reached the same way under both rules (a-b, a-b-c)
        assertEquals(count(r, "via 169.254.2.2 dev eth1 src"), count(i, "via 169.254.2.2 dev eth1 src") + differing);
    }

    private static long count(final String[] lines, final String part) {
        long n = 0;
        for (final String l : lines) {
            if (l.contains(part) && l.contains("table ntk ")) {
                n++;
            }
        }
        return n;
    }

    @Test
    void rejectsAnUnknownSemanticsWithStatusTwo() throws IOException {
        final Path f = dir.resolve("small2.state");
        Files.writeString(f, "topology 2.2\nidentity a 0.0\n");
        final CliRun r = CliRun.of("tables", f.toString(), "--identity", "a", "--semantics", "exact");
        assertEquals(2, r.status());
        assertTrue(r.err().contains("qspn-ideal"), r.err());
    }

    @Test
    void rejectsAnUnknownIdentityWithStatusTwoAndOneLine() throws IOException {
        final Path f = dir.resolve("small.state");
        Files.writeString(f, "topology 2.2\nidentity a 0.0\n");
        final CliRun r = CliRun.of("tables", f.toString(), "--identity", "zz");
        assertEquals(2, r.status());
        assertTrue(r.out().isEmpty());
        assertEquals(1, r.err().strip().lines().count(), r.err());
    }
}
