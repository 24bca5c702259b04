package org.ntksim.topology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.ntksim.topology.MeshGraph;

class NetJsonImporterTest {

    static Path resource(final String name) {
        try {
            return Path.of(NetJsonImporterTest.class.getResource("/topologies/" + name).toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ImportedTopology parse(final String json) throws IOException {
        return NetJsonImporter.read(new StringReader(json), "t.netjson");
    }

    private static String failure(final String json) {
        return assertThrows(TopologyFormatException.class, () -> parse(json)).getMessage();
    }

    private static String graph(final String nodes, final String links) {
        return "{\"type\": \"NetworkGraph\",\n \"nodes\": [" + nodes + "],\n \"links\": [\n" + links + "]}";
    }

    @Test
    void readsFixtureDroppingSelfLinksAndLaterDuplicates() throws IOException {
        // independent counts: python3 json: 6 nodes, 8 links, 1 self-link, 5 distinct pairs, 2 duplicates
        final ImportedTopology t = NetJsonImporter.read(resource("small.netjson"));
        final MeshGraph g = t.graph();
        assertEquals(6, g.nodeCount());
        assertEquals(5, g.arcCount());
        assertEquals(1, t.ignoredSelfLinks());
        assertEquals(2, t.ignoredDuplicateLinks());
        assertEquals(8, t.linksRead());
        assertEquals("10.0.0.1", g.label(0));
        assertEquals("10.0.0.6", g.label(5));
        // arcs sorted by (a, b); the first link of each pair gives the cost
        final double[][] expected = {{0, 1, 1.0}, {0, 3, 3.0}, {1, 2, 2.25}, {2, 3, 1.125}, {3, 4, 1.0}};
        for (int e = 0; e < expected.length; e++) {
            assertEquals((int) expected[e][0], g.arcA(e));
            assertEquals((int) expected[e][1], g.arcB(e));
            assertEquals(expected[e][2], g.arcCost(e), "arc " + e);
        }
        assertEquals(2, g.componentCount(), "10.0.0.6 is isolated");
    }

    @Test
    void linksMayComeBeforeNodes() throws IOException {
        final ImportedTopology t = parse("{\"links\": [{\"source\": \"b\", \"target\": \"a\", \"cost\": 2}],"
                + " \"nodes\": [{\"id\": \"a\"}, {\"id\": \"b\"}], \"type\": \"NetworkGraph\"}");
        assertEquals(1, t.graph().arcCount());
        assertEquals(2.0, t.graph().arcCost(0));
    }

    @Test
    void unknownTargetIsReportedWithFileLineAndLinkIndex() {
        final String msg = failure(graph("{\"id\": \"a\"}, {\"id\": \"b\"}",
                "{\"source\": \"a\", \"target\": \"b\", \"cost\": 1},\n{\"source\": \"a\", \"target\": \"x\", \"cost\": 1}"));
        assertEquals("t.netjson:5: links[1]: 'target' refers to unknown node 'x'", msg);
    }

    @Test
    void unknownSourceIsReported() {
        assertTrue(failure(graph("{\"id\": \"a\"}", "{\"source\": \"q\", \"target\": \"a\", \"cost\": 1}"))
                .endsWith("links[0]: 'source' refers to unknown node 'q'"));
    }

    @Test
    void missingOrBadCostIsReported() {
        assertTrue(failure(graph("{\"id\": \"a\"}, {\"id\": \"b\"}", "{\"source\": \"a\", \"target\": \"b\"}"))
                .contains("links[0]: expected a numeric 'cost', found none"));
        assertTrue(failure(graph("{\"id\": \"a\"}, {\"id\": \"b\"}",
                "{\"source\": \"a\", \"target\": \"b\", \"cost\": \"1\"}")).contains("expected a numeric 'cost'"));
        assertTrue(failure(graph("{\"id\": \"a\"}, {\"id\": \"b\"}",
                "{\"source\": \"a\", \"target\": \"b\", \"cost\": 0}")).contains("'cost' must be positive and finite"));
    }

    @Test
    void duplicateNodeIdIsReported() {
        assertTrue(failure(graph("{\"id\": \"a\"},\n{\"id\": \"a\"}", ""))
                .endsWith("nodes[1]: duplicate node id 'a' (first at nodes[0])"));
    }

    @Test
    void nonStringNodeIdIsReported() {
        assertTrue(failure(graph("{\"id\": 7}", "")).contains("nodes[0]: expected a string 'id', found 7"));
    }

    @Test
    void wrongTypeOrMissingMembersAreReported() {
        assertTrue(failure("{\"type\": \"NetworkCollection\", \"collection\": []}")
                .contains("type: expected \"NetworkGraph\", found 'NetworkCollection'"));
        assertTrue(failure("{\"nodes\": [], \"links\": []}").contains("found no 'type' member"));
        assertTrue(failure("{\"type\": \"NetworkGraph\", \"nodes\": []}").contains("missing 'links'"));
        assertTrue(failure("{\"type\": \"NetworkGraph\", \"nodes\": {}, \"links\": []}").contains("nodes: expected an array"));
        assertTrue(failure("[1, 2]").contains("top level: expected a JSON object"));
        assertTrue(failure(graph("1", "")).contains("nodes[0]: expected an object"));
    }

    @Test
    void malformedJsonIsReportedWithLineAndColumn() {
        final String msg = failure("{\"type\": \"NetworkGraph\",\n \"nodes\": [,]}");
        assertTrue(msg.startsWith("t.netjson:2:"), msg);
        assertTrue(msg.contains("malformed JSON"), msg);
    }

    @Test
    void emptyGraphIsAllowed() throws IOException {
        final ImportedTopology t = parse(graph("", ""));
        assertEquals(0, t.graph().nodeCount());
        assertFalse(t.graph().isConnected());
    }
}
