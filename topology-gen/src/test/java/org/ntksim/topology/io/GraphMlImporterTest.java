package org.ntksim.topology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.ntksim.topology.MeshGraph;

class GraphMlImporterTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n"
            + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>\n"
            + "<graph id=\"G\" edgedefault=\"undirected\">\n"
            + "<node id=\"a\"/><node id=\"b\"/>\n";

    private static String failure(final GraphMlImporter importer, final String xml) {
        return assertThrows(TopologyFormatException.class,
                () -> importer.read(new StringReader(xml), "t.graphml")).getMessage();
    }

    @Test
    void readsFixtureWithConfiguredCostAttributeAndDefault() throws IOException {
        // 5 nodes, 7 edges: c-c self-loop, b-a duplicates a-b, d-e has no latency
        final ImportedTopology t = new GraphMlImporter("latency", 1.0)
                .read(NetJsonImporterTest.resource("small.graphml"));
        final MeshGraph g = t.graph();
        assertEquals(5, g.nodeCount());
        assertEquals(5, g.arcCount());
        assertEquals(1, t.ignoredSelfLinks());
        assertEquals(1, t.ignoredDuplicateLinks());
        assertEquals("a", g.label(0));
        final double[][] expected = {{0, 1, 2.5}, {0, 4, 4.0}, {1, 2, 1.0}, {2, 3, 0.75}, {3, 4, 1.0}};
        for (int e = 0; e < expected.length; e++) {
            assertEquals((int) expected[e][0], g.arcA(e));
            assertEquals((int) expected[e][1], g.arcB(e));
            assertEquals(expected[e][2], g.arcCost(e), "arc " + e);
        }
        assertTrue(g.isConnected());
    }

    @Test
    void missingRequiredCostNamesEdgeAndAttribute() {
        final String msg = assertThrows(TopologyFormatException.class, () -> GraphMlImporter.requiringCost("latency")
                .read(NetJsonImporterTest.resource("small.graphml"))).getMessage();
        assertTrue(msg.endsWith("edge #5 (d -> e): expected attribute 'latency'"), msg);
    }

    @Test
    void nonNumericOrNonPositiveCostIsReported() {
        final GraphMlImporter imp = GraphMlImporter.requiringCost("weight");
        assertTrue(failure(imp, HEAD + "<edge source=\"a\" target=\"b\"><data key=\"w\">fast</data></edge></graph></graphml>")
                .equals("t.graphml: edge #0 (a -> b): attribute 'weight' is not a number: 'fast'"));
        assertTrue(failure(imp, HEAD + "<edge source=\"a\" target=\"b\"><data key=\"w\">-1</data></edge></graph></graphml>")
                .contains("must be positive and finite, was -1"));
    }

    @Test
    void malformedXmlIsReportedWithSource() {
        final String msg = failure(GraphMlImporter.requiringCost("weight"), HEAD + "<edge source=\"a\"");
        assertTrue(msg.startsWith("t.graphml: malformed GraphML: "), msg);
    }

    @Test
    void badConfigurationIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> new GraphMlImporter("w", 0));
        assertThrows(NullPointerException.class, () -> new GraphMlImporter(null, 1));
    }
}
