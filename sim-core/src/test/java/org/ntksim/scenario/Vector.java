package org.ntksim.scenario;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A vector file: a page of the proof of concept split into blocks ({@code ## heading},
 * {@code # system NAME}, command lines, blank line). Interface-table blocks are scenario inputs, not
 * commands, and are skipped.
 */
final class Vector {

    /** One block: its heading, its system and its lines. */
    record Block(String heading, String system, List<String> lines) { }

    private static final Pattern INTERFACE_LINE =
            Pattern.compile("\\S+\\s+[0-9A-F]{2}(:[0-9A-F]{2}){5}\\s+[0-9.]+");

    private final List<Block> blocks;

    private Vector(final List<Block> blocks) {
        this.blocks = blocks;
    }

    static Vector load(final String resource) throws IOException {
        try (InputStream in = Vector.class.getResourceAsStream("/vectors/" + resource)) {
            if (in == null) {
                throw new IOException("missing test resource /vectors/" + resource);
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    static Vector parse(final String text) {
        final List<Block> blocks = new ArrayList<>();
        String heading = "";
        String system = null;
        List<String> lines = null;
        for (final String line : text.split("\n", -1)) {
            if (line.startsWith("## ")) {
                heading = line.substring(3);
            } else if (line.startsWith("# system ")) {
                system = line.substring("# system ".length());
                lines = new ArrayList<>();
                blocks.add(new Block(heading, system, lines));
            } else if (line.isEmpty()) {
                continue; // blank lines separate blocks, and sometimes steps inside one block: never commands
            } else if (lines != null) {
                lines.add(line);
            }
        }
        blocks.removeIf(b -> !b.lines().isEmpty() && b.lines().stream().allMatch(l -> INTERFACE_LINE.matcher(l).matches()));
        return new Vector(blocks);
    }

    List<Block> blocks() {
        return blocks;
    }

    /** The command lines of each system, in page order. */
    Map<String, List<String>> linesBySystem() {
        final Map<String, List<String>> out = new LinkedHashMap<>();
        for (final Block b : blocks) {
            out.computeIfAbsent(b.system(), k -> new ArrayList<>()).addAll(b.lines());
        }
        return out;
    }
}
