package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;

/**
 * A g-node named absolutely: its level and the positions of its address from the top level down to
 * that level (a level-0 g-node is a single node).
 */
public record GNode(int level, List<Integer> positionsTopDown) {

    public GNode {
        positionsTopDown = List.copyOf(positionsTopDown);
    }

    /** The level-{@code level} g-node that contains {@code member}. */
    public static GNode containing(final NetsukukuAddress member, final int level) {
        final List<Integer> p = new ArrayList<>();
        for (int i = member.topology().levels() - 1; i >= level; i--) {
            p.add(member.position(i));
        }
        return new GNode(level, p);
    }

    /** The position of this g-node's ancestor (or itself) at {@code atLevel} >= level. */
    public int position(final int atLevel, final int levels) {
        return positionsTopDown.get(levels - 1 - atLevel);
    }

    /**
     * This g-node as seen from {@code viewer}: its maximum distinct g-node (highest level where they
     * differ), or empty when this g-node contains the viewer (a path through it would be a loop).
     */
    public Optional<HCoord> seenFrom(final NetsukukuAddress viewer) {
        final int levels = viewer.topology().levels();
        for (int i = levels - 1; i >= level; i--) {
            if (position(i, levels) != viewer.position(i)) {
                return Optional.of(new HCoord(i, position(i, levels)));
            }
        }
        return Optional.empty();
    }
}
