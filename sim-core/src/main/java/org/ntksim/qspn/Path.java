package org.ntksim.qspn;

import java.util.List;

/**
 * A path known by an identity: the identity arc it leaves by (a key chosen by the owner), the
 * g-nodes it crosses in order (the last one is the destination) and its total cost in microseconds.
 */
public record Path(int arcKey, List<GNode> hops, long costMicros) {

    public Path {
        hops = List.copyOf(hops);
    }
}
