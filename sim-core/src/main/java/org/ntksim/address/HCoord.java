package org.ntksim.address;

/**
 * Hierarchical coordinate of a g-node as seen from an identity: the g-node of level {@code level} with
 * position {@code pos} inside the identity's own g-node of level {@code level + 1}.
 */
public record HCoord(int level, int pos) {
    public HCoord {
        if (level < 0 || pos < 0) {
            throw new IllegalArgumentException("HCoord needs level >= 0 and pos >= 0, was (" + level + ", " + pos + ")");
        }
    }

    @Override
    public String toString() {
        return "(" + level + "," + pos + ")";
    }
}
