package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.ntksim.random.RandomStreams;

/**
 * Golden values for every generator and cost model with seed 42, run 0, stream "topology" (costs:
 * stream "costs"). The hashes are {@link MeshGraph#arcListHash()} (sorted arc list) and
 * {@link MeshGraph#fingerprint()} (arcs and cost bits). They were obtained once from this code with
 * jgrapht 1.5.3 and commons-math3 3.6.1; a change is a deliberate act to state in the commit.
 */
class MeshGeneratorsGoldenTest {
    private static final RandomStreams STREAMS = new RandomStreams(42, 0);

    private static RandomGenerator topology() {
        return STREAMS.stream("topology");
    }

    private static RandomGenerator costs() {
        return STREAMS.stream("costs");
    }

    private static void assertGolden(final MeshGraph g, final int nodes, final int arcs, final long arcListHash) {
        assertEquals(nodes, g.nodeCount(), "nodes");
        assertEquals(arcs, g.arcCount(), "arcs");
        assertEquals(arcListHash, g.arcListHash(), () -> String.format("arc list hash was 0x%016XL", g.arcListHash()));
    }

    private static void assertFingerprint(final MeshGraph g, final long fingerprint) {
        assertEquals(fingerprint, g.fingerprint(), () -> String.format("fingerprint was 0x%016XL", g.fingerprint()));
    }

    @Test
    void gridIsStable() {
        assertGolden(MeshGenerators.grid(7, 11), 77, 136, 0xE61BC726655F56FDL);
    }

    @Test
    void completeGraphIsStable() {
        assertGolden(MeshGenerators.complete(30), 30, 435, 0x7D87B5536FD78F61L);
    }

    @Test
    void unitDiskGraphIsStable() {
        assertGolden(MeshGenerators.unitDisk(500, 0.08, false, topology()).graph(), 500, 2396, 0x137B36427F9470B2L);
    }

    @Test
    void unitDiskGiantComponentIsStable() {
        assertGolden(MeshGenerators.unitDisk(500, 0.08, true, topology()).graph(), 492, 2387, 0x09A8B82D97F3931DL);
    }

    @Test
    void gnpIsStable() {
        assertGolden(MeshGenerators.gnp(200, 0.02, topology()), 200, 432, 0x4536E9525928128AL);
    }

    @Test
    void connectedGnpIsStable() {
        assertGolden(MeshGenerators.connectedGnp(200, 0.04, topology()), 200, 816, 0x49C8727E8C408B12L);
    }

    @Test
    void gnpWithBridgesIsStable() {
        assertGolden(MeshGenerators.gnpWithBridges(200, 0.01, topology()), 200, 243, 0xA1A3828716AAA653L);
    }

    @Test
    void barabasiAlbertIsStable() {
        assertGolden(MeshGenerators.barabasiAlbert(4, 3, 300, topology()), 300, 894, 0xC7AE02FBA73E5610L);
    }

    @Test
    void wattsStrogatzIsStable() {
        assertGolden(MeshGenerators.wattsStrogatz(300, 6, 0.1, topology()), 300, 900, 0x753410C5E7393941L);
    }

    @Test
    void costModelsAreStable() {
        final MeshGraph g = MeshGenerators.grid(10, 10);
        assertFingerprint(ArcCosts.constant(2.5).apply(g, costs()), 0xEC57EAFF3B4886A9L);
        assertFingerprint(ArcCosts.uniform(1, 10).apply(g, costs()), 0x94EA25789B64FC82L);
        assertFingerprint(ArcCosts.exponential(3).apply(g, costs()), 0x8E496842982F2876L);
        assertFingerprint(ArcCosts.logNormal(1, 0.5).apply(g, costs()), 0x7578836C8D5EFC87L);
        final GeometricMesh m = MeshGenerators.unitDisk(300, 0.1, true, topology());
        assertGolden(m.graph(), 299, 1369, 0x11FCD24EBF8888C7L);
        assertFingerprint(ArcCosts.proportionalToDistance(m, 100, 1).apply(m.graph(), costs()), 0x39FB5AA09838D7B8L);
    }
}
