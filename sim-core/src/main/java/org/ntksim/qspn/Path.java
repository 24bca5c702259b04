package org.ntksim.qspn;

import java.util.List;
import org.ntksim.address.HCoord;

/**
 * A path known by an identity: the identity arc it leaves by (a key chosen by the owner), the g-nodes
 * it crosses in order as the owner sees them (the last one is the destination) and its total cost in
 * microseconds. Hops are hierarchical coordinates, as QSPN keeps them: they stay valid when the owner's
 * whole g-node moves, and a change of the owner's own position never renames a sibling.
 */
public record Path(int arcKey, List<HCoord> hops, long costMicros) {

    public Path {
        hops = List.copyOf(hops);
    }

    public HCoord destination() {
        return hops.get(hops.size() - 1);
    }
}
