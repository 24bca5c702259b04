package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * Replays each committed scenario of {@code scenarios/poc/} and compares, system by system, the command
 * lines with the vectors of the proof-of-concept pages (test resources {@code /vectors/}): byte-identical
 * and in order, after applying the explicit {@link Deviations#LIST} of slips of the pen.
 */
class PocPagesReplayGoldenTest {

    private static final Path SCENARIOS = Path.of("..", "scenarios", "poc");

    @Test
    void page1StartOfALoneNodeReplaysByteForByte() throws Exception {
        assertPageReplays("eventi1");
    }

    @Test
    void page2EntryOfALoneNodeIntoAnotherNetworkReplaysByteForByte() throws Exception {
        assertPageReplays("eventi2");
    }

    @Test
    void pages3To5EntryOfALevel1GNodeIntoAnotherNetworkReplayByteForByte() throws Exception {
        assertPagesReplay("eventi3-5", "eventi3", "eventi4", "eventi5");
    }

    @Test
    void page6EntryOfALoneNodeAsANewLevel2GNodeReplaysByteForByte() throws Exception {
        assertPageReplays("eventi6");
    }

    @Test
    void page7EntryIntoAFullGNodeWaitingForAMigrationReplaysByteForByte() throws Exception {
        assertPageReplays("eventi7");
    }

    @Test
    void seedPage7Of2016ConnectivityIdentityKeepsNtkReplaysByteForByte() throws Exception {
        assertPageReplays("seed-eventi7-2016-09");
    }

    @Test
    void pages8To10MigrationOfASingleNodeThenPhase2OfTheEntryReplayByteForByte() throws Exception {
        assertPagesReplay("eventi8-10", "eventi8", "eventi9", "eventi10");
    }

    static void assertPageReplays(final String page) throws Exception {
        assertPagesReplay(page, page);
    }

    /** One scenario whose replay, per system, is the pages' lines one page after the other. */
    static void assertPagesReplay(final String scenarioName, final String... pages) throws Exception {
        final Path file = SCENARIOS.resolve(scenarioName + ".scn");
        final Scenario scenario = ScenarioParser.parse(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        final CommandLog log = Replay.run(scenario);
        final Map<String, List<String>> expected = new java.util.LinkedHashMap<>();
        for (final String page : pages) {
            Deviations.applyTo(page, Vector.load(page + ".txt").linesBySystem())
                    .forEach((system, lines) -> expected.computeIfAbsent(system, k -> new ArrayList<>()).addAll(lines));
        }
        final String page = scenarioName;
        final LinuxCommandRenderer renderer = new LinuxCommandRenderer();
        assertTrue(!expected.isEmpty(), "vector " + page + " has no command");
        for (final Map.Entry<String, List<String>> e : expected.entrySet()) {
            assertEquals(String.join("\n", e.getValue()), String.join("\n", log.commandsOf(e.getKey(), renderer)),
                    page + ", system " + e.getKey());
        }
        final List<String> extra = new ArrayList<>();
        for (final CommandLog.Entry en : log.entries()) {
            if (!expected.containsKey(en.system())) {
                extra.add(en.system() + ": " + renderer.render(en.op()));
            }
        }
        assertEquals(Collections.emptyList(), extra, page + ": commands of systems the page does not show");
    }
}
