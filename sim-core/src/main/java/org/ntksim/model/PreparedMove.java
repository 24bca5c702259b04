package org.ntksim.model;

import java.util.List;

/**
 * What {@code prepare_enter_net_phase_1} / {@code prepare_migrate_phase_1} told an identity: the level
 * of the g-node that moves with it (guest level), the level of the g-node that receives it (host level),
 * the host g-node's positions (top level first, levels l-1 .. hostLevel), the virtual, real and
 * connectivity positions, the arcs that become external qspn-arcs (entry only) and the operation ids.
 */
public record PreparedMove(boolean entry, int guestLevel, int hostLevel, List<Integer> hostPositionsTopFirst,
        int virtualPos, int realPos, int connectivityPos, List<Integer> externalArcIndices, long opId,
        Long previousOpId) {

    public PreparedMove {
        hostPositionsTopFirst = List.copyOf(hostPositionsTopFirst);
        externalArcIndices = List.copyOf(externalArcIndices);
    }
}
