package org.ntksim.topology.io;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.ImportException;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.ntksim.topology.MeshGraph;

/**
 * Reads GraphML with jgrapht-io's {@link GraphMLImporter}. Node labels are the GraphML node ids,
 * in file order. The arc cost is the edge attribute named {@code costAttribute} (declared with a
 * {@code <key for="edge" attr.name="...">}), parsed as a double, positive and finite; an edge
 * without it gets {@code defaultCost}, or is an error if {@code defaultCost} is NaN (the
 * {@link #requiringCost} configuration). Edge direction is ignored; self-loops and later duplicates
 * are dropped and counted as for NetJSON.
 *
 * <p>Errors name the source, and either the line (from the XML parser) or the edge by number and
 * endpoints. Immutable and thread-safe.
 */
public record GraphMlImporter(String costAttribute, double defaultCost) {

    /** Validates the configuration. */
    public GraphMlImporter {
        Objects.requireNonNull(costAttribute, "costAttribute");
        if (!Double.isNaN(defaultCost) && (!(defaultCost > 0) || Double.isInfinite(defaultCost))) {
            throw new IllegalArgumentException("defaultCost must be positive and finite, or NaN for required, was "
                    + defaultCost);
        }
    }

    /** Cost from attribute {@code costAttribute}; edges without it are an error. */
    public static GraphMlImporter requiringCost(final String costAttribute) {
        return new GraphMlImporter(costAttribute, Double.NaN);
    }

    /** Reads a UTF-8 file; the source name in errors is the file name as given. */
    public ImportedTopology read(final Path file) throws IOException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(r, file.toString());
        }
    }

    /** Reads from {@code in}; {@code source} names the input in error messages. */
    public ImportedTopology read(final Reader in, final String source) throws IOException {
        final Graph<String, DefaultEdge> g = new DirectedPseudograph<>(null, SupplierUtil.DEFAULT_EDGE_SUPPLIER, false);
        final GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(Function.identity());
        final Map<DefaultEdge, String> costText = new HashMap<>();
        importer.addEdgeAttributeConsumer((pair, attr) -> {
            if (costAttribute.equals(pair.getSecond())) {
                costText.put(pair.getFirst(), valueOf(attr));
            }
        });
        try {
            importer.importGraph(g, in);
        } catch (ImportException e) {
            throw new TopologyFormatException(source + ": malformed GraphML: " + rootMessage(e), e);
        }
        final MeshGraph.Builder b = MeshGraph.builder();
        final Map<String, Integer> idOf = new HashMap<>();
        for (final String v : g.vertexSet()) {
            idOf.put(v, b.addNode(v));
        }
        final LinkCollector collector = new LinkCollector(b);
        int index = 0;
        for (final DefaultEdge e : g.edgeSet()) {
            final String s = g.getEdgeSource(e);
            final String t = g.getEdgeTarget(e);
            final String where = source + ": edge #" + index + " (" + s + " -> " + t + "): ";
            final String text = costText.get(e);
            final double cost;
            if (text == null) {
                if (Double.isNaN(defaultCost)) {
                    throw new TopologyFormatException(where + "expected attribute '" + costAttribute + "'");
                }
                cost = defaultCost;
            } else {
                try {
                    cost = Double.parseDouble(text.trim());
                } catch (NumberFormatException nfe) {
                    throw new TopologyFormatException(where + "attribute '" + costAttribute
                            + "' is not a number: '" + text + "'", nfe);
                }
                if (!(cost > 0) || Double.isInfinite(cost)) {
                    throw new TopologyFormatException(where + "attribute '" + costAttribute
                            + "' must be positive and finite, was " + text);
                }
            }
            collector.add(idOf.get(s), idOf.get(t), cost);
            index++;
        }
        return collector.build();
    }

    private static String valueOf(final Attribute attr) {
        return attr.getValue();
    }

    private static String rootMessage(final Throwable e) {
        Throwable t = e;
        String msg = e.getMessage();
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
            if (t.getMessage() != null) {
                msg = t.getMessage();
            }
        }
        return msg;
    }
}
