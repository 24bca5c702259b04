package org.ntksim.topology.io;

import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import org.ntksim.topology.MeshGraph;

/** Adds links to a builder, dropping self-links and later duplicates (either direction). */
final class LinkCollector {
    private final MeshGraph.Builder builder;
    private final LongOpenHashSet seen = new LongOpenHashSet();
    private int selfLinks;
    private int duplicates;

    LinkCollector(final MeshGraph.Builder builder) {
        this.builder = builder;
    }

    void add(final int u, final int v, final double cost) {
        if (u == v) {
            selfLinks++;
            return;
        }
        final long key = ((long) Math.min(u, v) << 32) | Math.max(u, v);
        if (!seen.add(key)) {
            duplicates++;
            return;
        }
        builder.addArc(u, v, cost);
    }

    ImportedTopology build() {
        return new ImportedTopology(builder.build(), selfLinks, duplicates);
    }
}
