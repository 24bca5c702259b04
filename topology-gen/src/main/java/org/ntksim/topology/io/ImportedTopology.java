package org.ntksim.topology.io;

import org.ntksim.topology.MeshGraph;

/**
 * The result of an import: the graph (node labels = node ids of the file, in file order) and how
 * many links were dropped as self-links or as duplicates of an earlier link between the same two
 * nodes (in either direction).
 */
public record ImportedTopology(MeshGraph graph, int ignoredSelfLinks, int ignoredDuplicateLinks) {
    /** Links read from the file: kept arcs plus ignored links. */
    public int linksRead() {
        return graph.arcCount() + ignoredSelfLinks + ignoredDuplicateLinks;
    }
}
