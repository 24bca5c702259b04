package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * The other side of {@code remove_outer_arcs}: UseCases13 ("Rimozione arco beta1 - alfa") shows what alfa runs
 * when beta's connectivity identity of migr01 drops its arc to alfa, after alfa heard beta2's first ETP. The
 * scenario is pages 8-10 ({@code scenarios/poc/eventi8-10.scn}) in UseCases13's order (that ETP, the removal,
 * then beta2's virtual-to-real change); alfa's block must be in the replay byte for byte.
 */
class OuterArcRemovalOtherSideTest {

    @Test
    void neighbourRewritesItsOtherTablesThenDropsTheArcsTableThenTheDirectRoute() throws Exception {
        final Path file = Path.of("..", "scenarios", "poc", "eventi8-10.scn");
        final String original = Files.readString(file, StandardCharsets.UTF_8);
        // UseCases13's order: beta2's first ETP, the removal, and only then beta2's change of address.
        final String removal = "beta: remove_outer_arcs 1\n";
        final String makeReal = "beta: make_real 2\n";
        assertTrue(original.contains(removal) && original.contains(makeReal));
        final String text = original.replace(removal, "").replace(makeReal, "etp beta:2 -> alfa:1\n" + removal + makeReal);
        final List<String> alfa = Replay.run(ScenarioParser.parse(file.toString(), text)).commandsOf("alfa", new LinuxCommandRenderer());
        final List<String> expected = new ArrayList<>();
        try (InputStream in = getClass().getResourceAsStream("/dettagli/usecases13-alfa-removal-of-arc-beta1.txt")) {
            for (final String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    expected.add(line);
                }
            }
        }
        assertTrue(expected.size() > 40, "the page block was read");
        assertTrue(Collections.indexOfSubList(alfa, expected) >= 0,
                () -> "alfa never runs UseCases13's block:\n" + String.join("\n", expected) + "\n---- replay of alfa:\n"
                        + String.join("\n", alfa));
    }
}
