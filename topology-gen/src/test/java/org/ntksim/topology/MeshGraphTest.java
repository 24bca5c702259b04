package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultWeightedEdge;
import org.junit.jupiter.api.Test;
import org.ntksim.fastpath.NetworkState;

class MeshGraphTest {

    private static MeshGraph twoTriangles() {
        // 0-1-2 triangle, 3-4 pair, added out of order and reversed
        return MeshGraph.builder().addNodes(5)
                .addArc(2, 1, 3.0).addArc(4, 3, 1.0).addArc(0, 2, 2.0).addArc(1, 0, 1.5).build();
    }

    @Test
    void arcsAreCanonicalWhateverTheInsertionOrder() {
        final MeshGraph g = twoTriangles();
        assertEquals(4, g.arcCount());
        final int[][] expected = {{0, 1}, {0, 2}, {1, 2}, {3, 4}};
        final double[] costs = {1.5, 2.0, 3.0, 1.0};
        for (int e = 0; e < 4; e++) {
            assertEquals(expected[e][0], g.arcA(e));
            assertEquals(expected[e][1], g.arcB(e));
            assertEquals(costs[e], g.arcCost(e));
        }
        final MeshGraph same = MeshGraph.builder().addNodes(5)
                .addArc(0, 1, 1.5).addArc(0, 2, 2.0).addArc(1, 2, 3.0).addArc(3, 4, 1.0).build();
        assertEquals(same.fingerprint(), g.fingerprint());
    }

    @Test
    void builderRejectsParallelArcsSelfLoopsUnknownNodesAndBadCosts() {
        assertThrows(IllegalArgumentException.class,
                () -> MeshGraph.builder().addNodes(3).addArc(0, 1, 1).addArc(1, 0, 2).build());
        assertThrows(IllegalArgumentException.class, () -> MeshGraph.builder().addNodes(3).addArc(1, 1, 1));
        assertThrows(IllegalArgumentException.class, () -> MeshGraph.builder().addNodes(3).addArc(1, 3, 1));
        assertThrows(IllegalArgumentException.class, () -> MeshGraph.builder().addNodes(3).addArc(0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> MeshGraph.builder().addNodes(3).addArc(0, 1, Double.NaN));
        assertThrows(IllegalArgumentException.class,
                () -> MeshGraph.builder().addNodes(3).addArc(0, 1, Double.POSITIVE_INFINITY));
    }

    @Test
    void freezeGivesSortedCsrAdjacency() {
        final MeshGraph.Csr csr = twoTriangles().freeze();
        assertArrayEquals(new int[] {0, 2, 4, 6, 7, 8}, csr.start());
        assertArrayEquals(new int[] {1, 2, 0, 2, 0, 1, 4, 3}, csr.neighbour());
        assertArrayEquals(new int[] {0, 1, 0, 2, 1, 2, 3, 3}, csr.arcOf());
    }

    @Test
    void componentsAndLargestComponent() {
        final MeshGraph g = twoTriangles();
        assertArrayEquals(new int[] {0, 0, 0, 1, 1}, g.components());
        assertEquals(2, g.componentCount());
        assertFalse(g.isConnected());
        final MeshGraph giant = g.largestComponent();
        assertEquals(3, giant.nodeCount());
        assertEquals(3, giant.arcCount());
        assertTrue(giant.isConnected());
        assertSame(giant, giant.largestComponent());
    }

    @Test
    void jgraphtRoundTripKeepsArcsAndCosts() {
        final MeshGraph g = twoTriangles();
        final Graph<Integer, DefaultWeightedEdge> jg = g.toJGraphT();
        assertEquals(5, jg.vertexSet().size());
        assertEquals(4, jg.edgeSet().size());
        assertEquals(3.0, jg.getEdgeWeight(jg.getEdge(1, 2)));
        assertEquals(g.fingerprint(), MeshGraph.fromJGraphT(jg).fingerprint());
    }

    @Test
    void toNetworkStateAssignsAddressesAndRoundsCosts() {
        final MeshGraph g = ArcCosts.uniform(0.5, 4.5).apply(MeshGenerators.grid(8, 8),
                new org.ntksim.random.RandomStreams(1, 0).stream("c"));
        final NetworkState s = g.toNetworkState(new int[] {16, 4, 4}, 0.5);
        assertEquals(64, s.identityCount());
        assertEquals(g.arcCount(), s.arcCount());
        for (int e = 0; e < g.arcCount(); e++) {
            assertEquals(Math.max(1, Math.round(g.arcCost(e) / 0.5)), s.arcCost(e));
        }
        assertThrows(IllegalArgumentException.class, () -> twoTriangles().toNetworkState(new int[] {8}, 1));
    }
}
