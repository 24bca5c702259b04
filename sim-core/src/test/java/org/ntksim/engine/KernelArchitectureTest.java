package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The discrete-event kernel ({@code org.ntksim.engine}, {@code .time}, {@code .random}) knows
 * nothing of networks: its sources mention no other {@code org.ntksim} package, and no jgrapht.
 * Scans {@code src/main/java} (Surefire runs with the module directory as working directory).
 */
class KernelArchitectureTest {

    private static final Set<String> KERNEL = Set.of("engine", "time", "random");
    private static final Path SOURCES = Path.of("src/main/java/org/ntksim");
    private static final Pattern NTKSIM_REFERENCE = Pattern.compile("\\borg\\.ntksim\\.(\\w+)");

    @Test
    void kernelPackagesShouldReferenceOnlyKernelPackages() throws IOException {
        final List<String> violations = new ArrayList<>();
        int files = 0;
        for (final String pkg : KERNEL) {
            final Path dir = SOURCES.resolve(pkg);
            assertTrue(Files.isDirectory(dir), "missing source directory " + dir.toAbsolutePath());
            try (Stream<Path> paths = Files.walk(dir)) {
                for (final Path file : (Iterable<Path>) paths.filter(p -> p.toString().endsWith(".java"))::iterator) {
                    files++;
                    violations.addAll(violationsIn(file));
                }
            }
        }
        assertTrue(files >= 10, "scanned suspiciously few files: " + files);
        assertEquals(List.of(), violations);
    }

    private static List<String> violationsIn(final Path file) {
        final List<String> out = new ArrayList<>();
        final List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
        for (int i = 0; i < lines.size(); i++) {
            final String line = lines.get(i);
            if (line.contains("org.jgrapht")) {
                out.add(file + ":" + (i + 1) + " uses jgrapht: " + line.strip());
            }
            final Matcher m = NTKSIM_REFERENCE.matcher(line);
            while (m.find()) {
                if (!KERNEL.contains(m.group(1))) {
                    out.add(file + ":" + (i + 1) + " references org.ntksim." + m.group(1) + ": " + line.strip());
                }
            }
        }
        return out;
    }
}
