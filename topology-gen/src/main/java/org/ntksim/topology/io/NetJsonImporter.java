package org.ntksim.topology.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntksim.topology.MeshGraph;

/**
 * Reads a NetJSON {@code NetworkGraph}
 * (<a href="https://netjson.org/rfc.html">netjson.org</a>): {@code "type": "NetworkGraph"}, an array
 * {@code nodes} of objects with a string {@code id}, and an array {@code links} of objects with
 * string {@code source} and {@code target} (node ids) and a numeric {@code cost} (ETX, latency, ...)
 * which becomes the arc cost and must be positive and finite. Other members are ignored.
 *
 * <p>Links are undirected here: self-links are dropped, and of several links joining the same two
 * nodes (either direction, as routing daemons often publish both) the first in file order is kept
 * and the others dropped, whatever their cost; the counts are in the {@link ImportedTopology}.
 * Nodes keep file order; labels are their ids. The graph may be disconnected
 * ({@link MeshGraph#largestComponent()}).
 *
 * <p>Errors name the source, the line and the element, e.g.
 * {@code graz.netjson:1204: links[12]: 'target' refers to unknown node 'x'}. Stateless and
 * thread-safe.
 */
public final class NetJsonImporter {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private NetJsonImporter() {
    }

    /** Reads a UTF-8 file; the source name in errors is the file name as given. */
    public static ImportedTopology read(final Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads from {@code in} (not closed); {@code source} names the input in error messages. */
    public static ImportedTopology read(final Reader in, final String source) throws IOException {
        final List<Element> nodes = new ArrayList<>();
        final List<Element> links = new ArrayList<>();
        String type = null;
        boolean sawNodes = false;
        boolean sawLinks = false;
        try (JsonParser p = new JsonFactory(MAPPER).createParser(in)) {
            p.disable(JsonParser.Feature.AUTO_CLOSE_SOURCE);
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw error(source, p.currentTokenLocation().getLineNr(), "top level", "expected a JSON object");
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                final String field = p.currentName();
                final JsonToken value = p.nextToken();
                switch (field) {
                    case "type" -> {
                        if (value != JsonToken.VALUE_STRING) {
                            throw error(source, p.currentTokenLocation().getLineNr(), "type", "expected a string");
                        }
                        type = p.getText();
                    }
                    case "nodes" -> {
                        sawNodes = true;
                        readArray(p, source, "nodes", nodes);
                    }
                    case "links" -> {
                        sawLinks = true;
                        readArray(p, source, "links", links);
                    }
                    default -> p.skipChildren();
                }
            }
        } catch (JsonParseException e) {
            final String at = e.getLocation() == null ? ""
                    : e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr() + ":";
            throw new TopologyFormatException(source + ":" + at + " malformed JSON: " + e.getOriginalMessage(), e);
        }
        if (!"NetworkGraph".equals(type)) {
            throw error(source, 1, "type", "expected \"NetworkGraph\", found "
                    + (type == null ? "no 'type' member" : "'" + type + "'"));
        }
        if (!sawNodes || !sawLinks) {
            throw error(source, 1, "top level", "expected members 'nodes' and 'links', missing "
                    + (sawNodes ? "'links'" : "'nodes'"));
        }
        return build(source, nodes, links);
    }

    private static ImportedTopology build(final String source, final List<Element> nodes, final List<Element> links)
            throws TopologyFormatException {
        final MeshGraph.Builder b = MeshGraph.builder();
        final Map<String, Integer> idOf = new HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            final Element el = nodes.get(i);
            final String where = "nodes[" + i + "]";
            final String id = text(source, el, where, "id");
            final Integer earlier = idOf.putIfAbsent(id, b.nodeCount());
            if (earlier != null) {
                throw error(source, el.line, where, "duplicate node id '" + id + "' (first at nodes[" + earlier + "])");
            }
            b.addNode(id);
        }
        final LinkCollector collector = new LinkCollector(b);
        for (int i = 0; i < links.size(); i++) {
            final Element el = links.get(i);
            final String where = "links[" + i + "]";
            final int u = node(source, el, where, "source", idOf);
            final int v = node(source, el, where, "target", idOf);
            final JsonNode cost = el.json.get("cost");
            if (cost == null || !cost.isNumber()) {
                throw error(source, el.line, where, "expected a numeric 'cost', found "
                        + (cost == null ? "none" : cost.toString()));
            }
            final double c = cost.doubleValue();
            if (!(c > 0) || Double.isInfinite(c)) {
                throw error(source, el.line, where, "'cost' must be positive and finite, was " + cost);
            }
            collector.add(u, v, c);
        }
        return collector.build();
    }

    private static int node(final String source, final Element el, final String where, final String field,
            final Map<String, Integer> idOf) throws TopologyFormatException {
        final String id = text(source, el, where, field);
        final Integer v = idOf.get(id);
        if (v == null) {
            throw error(source, el.line, where, "'" + field + "' refers to unknown node '" + id + "'");
        }
        return v;
    }

    private static String text(final String source, final Element el, final String where, final String field)
            throws TopologyFormatException {
        final JsonNode n = el.json.get(field);
        if (n == null || !n.isTextual()) {
            throw error(source, el.line, where, "expected a string '" + field + "', found "
                    + (n == null ? "none" : n.toString()));
        }
        return n.textValue();
    }

    private static void readArray(final JsonParser p, final String source, final String name, final List<Element> out)
            throws IOException {
        if (p.currentToken() != JsonToken.START_ARRAY) {
            throw error(source, p.currentTokenLocation().getLineNr(), name, "expected an array");
        }
        while (p.nextToken() != JsonToken.END_ARRAY) {
            final int line = p.currentTokenLocation().getLineNr();
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw error(source, line, name + "[" + out.size() + "]", "expected an object");
            }
            out.add(new Element(MAPPER.readTree(p), line));
        }
    }

    private static TopologyFormatException error(final String source, final int line, final String where,
            final String what) {
        return new TopologyFormatException(source + ":" + line + ": " + where + ": " + what);
    }

    private record Element(JsonNode json, int line) {
    }
}
