package org.ntksim.address;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the command lines of one block of a vector file in test resources (see vectors/README.md). */
final class VectorBlocks {
    private VectorBlocks() {
    }

    /** Lines of the first block under a heading equal to {@code heading} run by {@code system}. */
    static List<String> block(final String file, final String heading, final String system) throws IOException {
        try (InputStream in = VectorBlocks.class.getResourceAsStream("/vectors/" + file)) {
            if (in == null) {
                throw new IOException("missing test resource /vectors/" + file);
            }
            final String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1);
            String currentHeading = null;
            String currentSystem = null;
            final List<String> out = new ArrayList<>();
            for (final String line : lines) {
                if (line.startsWith("## ")) {
                    if (!out.isEmpty()) {
                        return out;
                    }
                    currentHeading = line.substring(3);
                    currentSystem = null;
                } else if (line.startsWith("# system ")) {
                    if (!out.isEmpty()) {
                        return out;
                    }
                    currentSystem = line.substring("# system ".length());
                } else if (line.isEmpty()) {
                    if (!out.isEmpty()) {
                        return out;
                    }
                } else if (heading.equals(currentHeading) && system.equals(currentSystem)) {
                    out.add(line);
                }
            }
            if (out.isEmpty()) {
                throw new IOException("no block '" + heading + "' for system " + system + " in " + file);
            }
            return out;
        }
    }
}
