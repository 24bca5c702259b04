package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.ntksim.random.RandomStreams;

class MeshGeneratorsTest {

    private static RandomGenerator stream(final long seed) {
        return new RandomStreams(seed, 0).stream("topology");
    }

    static Stream<Arguments> randomGenerators() {
        return Stream.of(
                Arguments.of("unitDisk", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.unitDisk(300, 0.1, false, r).graph()),
                Arguments.of("gnp", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.gnp(150, 0.05, r)),
                Arguments.of("connectedGnp", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.connectedGnp(150, 0.05, r)),
                Arguments.of("gnpWithBridges", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.gnpWithBridges(150, 0.01, r)),
                Arguments.of("barabasiAlbert", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.barabasiAlbert(3, 2, 200, r)),
                Arguments.of("wattsStrogatz", (Function<RandomGenerator, MeshGraph>) r -> MeshGenerators.wattsStrogatz(200, 4, 0.2, r)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("randomGenerators")
    void sameSeedGivesSameGraphAndOtherSeedAnother(final String name, final Function<RandomGenerator, MeshGraph> gen) {
        final MeshGraph a = gen.apply(stream(7));
        final MeshGraph b = gen.apply(stream(7));
        final MeshGraph c = gen.apply(stream(8));
        assertEquals(a.fingerprint(), b.fingerprint(), name + ": same seed");
        assertNotEquals(a.arcListHash(), c.arcListHash(), name + ": different seed");
    }

    @Test
    void gridHasTwoRcMinusRMinusCArcsAndGridDegrees() {
        for (final int[] rc : new int[][] {{1, 1}, {1, 5}, {4, 1}, {3, 4}, {10, 17}}) {
            final int r = rc[0];
            final int c = rc[1];
            final MeshGraph g = MeshGenerators.grid(r, c);
            assertEquals(r * c, g.nodeCount());
            assertEquals(2 * r * c - r - c, g.arcCount(), r + "x" + c);
            assertTrue(g.isConnected());
        }
        final MeshGraph g = MeshGenerators.grid(3, 4);
        final int[] deg = g.degrees();
        assertEquals(2, deg[0], "corner");
        assertEquals(3, deg[1], "border");
        assertEquals(4, deg[5], "inner");
        assertEquals("1,2", g.label(6));
    }

    @Test
    void completeGraphHasAllPairs() {
        for (int n = 1; n <= 12; n++) {
            final MeshGraph g = MeshGenerators.complete(n);
            assertEquals(n * (n - 1) / 2, g.arcCount());
            for (final int d : g.degrees()) {
                assertEquals(n - 1, d);
            }
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42, 20240601})
    void unitDiskMatchesBruteForce(final long seed) {
        final GeometricMesh m = MeshGenerators.unitDisk(400, 0.07, false, stream(seed));
        final MeshGraph g = m.graph();
        final MeshGraph.Builder b = MeshGraph.builder().addNodes(400);
        for (int i = 0; i < 400; i++) {
            for (int j = i + 1; j < 400; j++) {
                final double dx = m.x()[i] - m.x()[j];
                final double dy = m.y()[i] - m.y()[j];
                if (dx * dx + dy * dy <= 0.07 * 0.07) {
                    b.addArc(i, j, 1);
                }
            }
        }
        assertEquals(b.build().arcListHash(), g.arcListHash(), "seed " + seed);
    }

    @Test
    void unitDiskGiantComponentIsConnectedAndKeepsPositions() {
        final GeometricMesh all = MeshGenerators.unitDisk(400, 0.06, false, stream(3));
        final GeometricMesh giant = MeshGenerators.unitDisk(400, 0.06, true, stream(3));
        assertTrue(all.graph().componentCount() > 1, "radius chosen so the full graph is disconnected");
        assertTrue(giant.graph().isConnected());
        for (int v = 0; v < giant.graph().nodeCount(); v++) {
            final int old = Integer.parseInt(giant.graph().label(v));
            assertEquals(all.x()[old], giant.x()[v]);
            assertEquals(all.y()[old], giant.y()[v]);
        }
        for (int e = 0; e < giant.graph().arcCount(); e++) {
            assertTrue(giant.distance(giant.graph().arcA(e), giant.graph().arcB(e)) <= 0.06);
        }
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void connectedGnpVariantsAreConnected(final long seed) {
        assertTrue(MeshGenerators.connectedGnp(100, 0.06, stream(seed)).isConnected());
        final MeshGraph sparse = MeshGenerators.gnp(100, 0.01, stream(seed));
        final MeshGraph bridged = MeshGenerators.gnpWithBridges(100, 0.01, stream(seed));
        assertTrue(bridged.isConnected());
        assertEquals(sparse.arcCount() + sparse.componentCount() - 1, bridged.arcCount(),
                "one bridge per extra component, seed " + seed);
    }

    @Test
    void connectedGnpGivesUpWithAClearMessage() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> MeshGenerators.connectedGnp(200, 0.001, stream(1)));
        assertTrue(e.getMessage().contains("gnpWithBridges"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void barabasiAlbertHasExpectedArcCountAndMinimumDegree(final long seed) {
        final int m0 = 5;
        final int m = 3;
        final int n = 400;
        final MeshGraph g = MeshGenerators.barabasiAlbert(m0, m, n, stream(seed));
        assertEquals(n, g.nodeCount());
        assertEquals(m0 * (m0 - 1) / 2 + (n - m0) * m, g.arcCount());
        assertTrue(g.isConnected());
        final int[] deg = g.degrees();
        for (int v = 0; v < n; v++) {
            assertTrue(deg[v] >= m, "node " + v + " degree " + deg[v]);
        }
        assertTrue(java.util.Arrays.stream(deg).max().getAsInt() > 5 * m, "preferential attachment makes hubs");
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3, 42})
    void wattsStrogatzKeepsNkOverTwoArcs(final long seed) {
        final MeshGraph g = MeshGenerators.wattsStrogatz(300, 6, 0.2, stream(seed));
        assertEquals(900, g.arcCount());
        final MeshGraph ring = MeshGenerators.wattsStrogatz(50, 4, 0.0, stream(seed));
        for (final int d : ring.degrees()) {
            assertEquals(4, d, "p = 0 is the ring lattice");
        }
    }

    @Test
    void badParametersAreRejectedWithTheirValues() {
        assertThrows(IllegalArgumentException.class, () -> MeshGenerators.grid(0, 3));
        assertThrows(IllegalArgumentException.class, () -> MeshGenerators.complete(0));
        assertThrows(IllegalArgumentException.class, () -> MeshGenerators.unitDisk(10, -1, false, stream(1)));
        assertThrows(IllegalArgumentException.class, () -> MeshGenerators.gnp(10, 1.5, stream(1)));
        assertThrows(IllegalArgumentException.class, () -> MeshGenerators.barabasiAlbert(2, 3, 10, stream(1)));
        final IllegalArgumentException ws = assertThrows(IllegalArgumentException.class,
                () -> MeshGenerators.wattsStrogatz(10, 3, 0.1, stream(1)));
        assertTrue(ws.getMessage().contains("k 3"), ws.getMessage());
    }

    @Test
    void streamIsConsumedOnlyThroughTheGivenGenerator() {
        // two generators from the same stream name give equal graphs: no hidden global state
        final RandomStreams s = new RandomStreams(5, 1);
        assertArrayEquals(MeshGenerators.barabasiAlbert(3, 2, 100, s.stream("t")).degrees(),
                MeshGenerators.barabasiAlbert(3, 2, 100, s.stream("t")).degrees());
    }
}
