package org.ntksim.topology.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.ntksim.topology.MeshGraph;

/**
 * Imports the three real community mesh networks (Funkfeuer Graz and Wien, Ninux Rome) from
 * {@code shared/data/topologies/} beside the repository. Their source states no licence, so they
 * are not copied into the project: when the folder is absent the tests are skipped, loudly. Set
 * {@code -Dntksim.topologies.dir=...} to point elsewhere.
 *
 * <p>Expected counts were made independently with Python's json module: raw entries of
 * {@code nodes} and {@code links}, links with source == target, distinct unordered pairs, and
 * connected components (union-find).
 */
class RealMeshTopologiesTest {

    static Path topologiesDir() {
        final String prop = System.getProperty("ntksim.topologies.dir");
        if (prop != null) {
            return Path.of(prop);
        }
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            final Path candidate = dir.resolve("shared/data/topologies");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // file,          nodes, links, selfLinks, pairs, components, largest
        "FFGraz.netjson,  244,   457,   62,        395,   2,          242",
        "FFWien.netjson,  246,   453,   58,        395,   1,          246",
        "ninux.netjson,   182,   202,   2,         200,   8,          134",
    })
    void realNetworkImportsWithIndependentlyCountedSizes(final String file, final int nodes, final int links,
            final int selfLinks, final int pairs, final int components, final int largest) throws IOException {
        final Path dir = topologiesDir();
        if (dir == null || !Files.isRegularFile(dir.resolve(file))) {
            System.err.println("SKIPPED: real topology " + file + " not found (looked for shared/data/topologies "
                    + "above " + Path.of("").toAbsolutePath() + "; set -Dntksim.topologies.dir)");
        }
        Assumptions.assumeTrue(dir != null && Files.isRegularFile(dir.resolve(file)),
                "shared/data/topologies/" + file + " absent: real-topology import not checked");
        final ImportedTopology t = NetJsonImporter.read(dir.resolve(file));
        final MeshGraph g = t.graph();
        assertEquals(nodes, g.nodeCount(), "nodes");
        assertEquals(links, t.linksRead(), "links read");
        assertEquals(selfLinks, t.ignoredSelfLinks(), "self-links");
        assertEquals(pairs, g.arcCount(), "arcs (distinct node pairs)");
        assertEquals(links - selfLinks - pairs, t.ignoredDuplicateLinks(), "duplicates");
        assertEquals(components, g.componentCount(), "components");
        assertEquals(largest, g.largestComponent().nodeCount(), "largest component");
        for (int e = 0; e < g.arcCount(); e++) {
            assertTrue(g.arcCost(e) > 0);
        }
        // the largest component is ready for the route code: addresses assigned, arcs kept
        final MeshGraph giant = g.largestComponent();
        final org.ntksim.fastpath.NetworkState state = giant.toNetworkState(new int[] {64, 8, 8}, 1.0);
        assertEquals(largest, state.identityCount(), "identities");
        assertEquals(giant.arcCount(), state.arcCount(), "arcs of the largest component");
    }
}
