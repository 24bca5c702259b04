package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;

/**
 * Scenarios with no page to compare with (a whole g-node migrating, with a connectivity identity among
 * its members) must still keep the kernel state coherent: every fwmark rule points at a mark that the
 * same namespace sets, no namespace is created twice, every table named in a rule is in rt_tables.
 */
class DerivedScenarioInvariantTest {

    private static final Pattern RULE = Pattern.compile("^(ip netns exec (\\S+) )?ip rule add fwmark (\\d+) table (\\S+)$");
    private static final Pattern MARK = Pattern.compile("^(ip netns exec (\\S+) )?iptables -t mangle -A PREROUTING .* --set-mark (\\d+)$");
    private static final Pattern TEE = Pattern.compile("^\\(echo; echo \"(\\d+) (\\S+) # .*");
    private static final Pattern SED = Pattern.compile("^sed -i '/xxx_table_(\\S+)_xxx/d' .*");

    @ParameterizedTest
    @ValueSource(strings = {"derived/migr02-gnode-migration.scn", "derived/migr02-entr06.scn", "poc/eventi2.scn", "poc/eventi3-5.scn",
        "poc/eventi6.scn", "poc/eventi7.scn", "poc/seed-eventi7-2016-09.scn", "poc/eventi8-10.scn"})
    void replayKeepsRulesMarksAndTableNamesCoherent(final String scenario) throws Exception {
        final Path file = Path.of("..", "scenarios").resolve(scenario);
        // Every command counts here, also those of the set-up the script does not print.
        final String text = Files.readString(file, StandardCharsets.UTF_8).replaceAll("(?m)^record (on|off)$", "");
        final CommandLog log = Replay.run(ScenarioParser.parse(file.toString(), text));
        final LinuxCommandRenderer r = new LinuxCommandRenderer();
        for (final String system : ScenarioParser.parse(file.toString(), text).systems()) {
            final Set<String> marks = new HashSet<>();
            final Set<String> names = new HashSet<>();
            final Set<String> namespaces = new HashSet<>();
            for (final String line : log.commandsOf(system, r)) {
                Matcher m = MARK.matcher(line);
                if (m.matches()) {
                    marks.add(m.group(2) + "/" + m.group(3));
                }
                m = TEE.matcher(line);
                if (m.matches()) {
                    assertTrue(names.add(m.group(2)), system + ": " + m.group(2) + " appended twice to rt_tables");
                }
                m = SED.matcher(line);
                if (m.matches()) {
                    assertTrue(names.remove(m.group(1)), system + ": " + m.group(1) + " removed but not there");
                }
                m = RULE.matcher(line);
                if (m.matches()) {
                    assertTrue(marks.contains(m.group(2) + "/" + m.group(3)), system + ": rule without its mark: " + line);
                    assertTrue(names.contains(m.group(4)), system + ": rule on a table not in rt_tables: " + line);
                }
                if (line.startsWith("ip netns add ")) {
                    assertTrue(namespaces.add(line), system + ": " + line + " twice");
                }
            }
        }
    }
}
