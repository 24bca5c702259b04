package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Bad scenario input is reported as {@code file:line: message}, before anything runs. */
class ScenarioParserTest {

    private static final String BETA = "system beta eth1 00:16:3E:EC:A3:E1 169.254.96.141\n";

    private static String errorOf(final String text) {
        return assertThrows(ScenarioException.class, () -> Replay.run(ScenarioParser.parse("t.scn", text))).getMessage();
    }

    @Test
    void shouldReportUnknownSystemWithFileAndLine() {
        assertEquals("t.scn:2: unknown system 'gamma'", errorOf(BETA + "gamma: init -k 4.2.2.2 1.0.1.0\n"));
    }

    @Test
    void shouldRejectMalformedMac() {
        assertEquals("t.scn:1: malformed MAC address '00:16:3E:EC:A3'", errorOf("system beta eth1 00:16:3E:EC:A3 169.254.96.141\n"));
    }

    @Test
    void shouldRejectMalformedLinkLocal() {
        assertEquals("t.scn:1: malformed IPv4 address '169.254.96'", errorOf("system beta eth1 00:16:3E:EC:A3:E1 169.254.96\n"));
    }

    @Test
    void shouldRejectPositionOutOfRange() {
        assertEquals("t.scn:2: position 2 out of range 0..1 at level 2 in '1.2.1.0'",
                errorOf(BETA + "beta: init -k 4.2.2.2 1.2.1.0\n"));
    }

    @Test
    void shouldRejectNamesThatWouldNeedQuotingInAShell() {
        assertEquals("t.scn:1: system name 'be;ta' must match [A-Za-z0-9_.:-]+",
                errorOf("system be;ta eth1 00:16:3E:EC:A3:E1 169.254.96.141\n"));
        assertEquals("t.scn:2: netns name 'e$x' must match [A-Za-z0-9_.:-]+",
                errorOf(BETA + "netns beta e$x eth1 00:16:3E:8E:91:B9 169.254.215.29\n"));
    }

    @Test
    void shouldRejectCommandInTheWrongStateAtItsLine() {
        assertEquals("t.scn:3: system beta has no identity 1",
                errorOf(BETA + "beta: init -k 4.2.2.2 1.0.1.0\nbeta: make_real 1\n"));
        assertEquals("t.scn:2: system beta is not started (init first)",
                errorOf(BETA + "beta: add_real_arc 00:16:3E:EC:A3:E1 00:16:3E:5B:78:D5 10000\n"));
    }

    @Test
    void shouldCheckEveryLineBeforeRunningAny() throws Exception {
        // The bad line is last: the parser must fail without running the valid lines before it.
        assertThrows(ScenarioException.class,
                () -> ScenarioParser.parse("t.scn", BETA + "beta: init -k 4.2.2.2 1.0.1.0\nbogus\n"));
    }

    @Test
    void shouldRejectVirtualPositionThatIsReal() {
        assertEquals("t.scn:3: virtual position 1 must be >= 2 at level 0",
                errorOf(BETA + "beta: init -k 4.2.2.2 1.0.1.0\n"
                        + "beta: prepare_enter_net_phase_1 0 0 1 2.1.1 0.0.0 1 1 1 2 2 1 [0] 4379845 null\n"));
    }

    @Test
    void shouldRejectAnUnknownConnectivityLowerLevelsChoice() {
        assertEquals("t.scn:2: connectivity-lower-levels takes keep or drop, not 'maybe'",
                errorOf(BETA + "connectivity-lower-levels maybe\n"));
    }
}
