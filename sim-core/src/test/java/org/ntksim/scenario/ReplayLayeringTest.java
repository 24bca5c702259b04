package org.ntksim.scenario;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The replay's layering: only {@code kernel} knows the command syntax, and the lower layers
 * ({@code kernel}, {@code routes}, {@code qspn}) know nothing of the model or of scenarios.
 */
class ReplayLayeringTest {

    private static final Path MAIN = Path.of("src", "main", "java", "org", "ntksim");
    /** A string literal that starts a Linux command of the proof of concept. */
    private static final Pattern COMMAND_LITERAL = Pattern.compile("\"(ip |iptables|sysctl|sed -i|\\(echo)");

    private static List<Path> sources(final String pkg) {
        try (Stream<Path> s = Files.walk(MAIN.resolve(pkg))) {
            return s.filter(p -> p.toString().endsWith(".java")).toList();
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> offenders(final List<Path> files, final Pattern forbidden) throws IOException {
        final List<String> out = new java.util.ArrayList<>();
        for (final Path f : files) {
            if (forbidden.matcher(Files.readString(f)).find()) {
                out.add(f.toString());
            }
        }
        return out;
    }

    @Test
    void networkModelBuildsNoCommandString() throws IOException {
        for (final String pkg : List.of("model", "qspn", "routes", "scenario")) {
            assertEquals(List.of(), offenders(sources(pkg), COMMAND_LITERAL), pkg);
        }
    }

    @Test
    void lowerLayersDoNotImportTheModelOrScenarios() throws IOException {
        final Pattern upward = Pattern.compile("import org\\.ntksim\\.(model|scenario)\\.");
        for (final String pkg : List.of("kernel", "routes", "qspn")) {
            assertEquals(List.of(), offenders(sources(pkg), upward), pkg);
        }
    }
}
