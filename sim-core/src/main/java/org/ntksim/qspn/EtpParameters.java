package org.ntksim.qspn;

/**
 * The retention rules of {@link EtpNetwork} (spec §5.1).
 *
 * @param maxPaths how many least-cost disjoint paths a destination keeps besides the mandatory ones
 *     (5 in the proof of concept); {@link #UNLIMITED} disables retention: every loop-free path is kept
 *     (ideal QSPN, exponential: tens of identities at most)
 * @param maxCommonHopsRatio a path is not disjoint from a kept one when the weighted share of the kept
 *     path's hops and arcs it also uses exceeds this ratio (0.6 in the proof)
 * @param keepAdjacentGnodePaths keep, for every level below the destination's, the best path through each
 *     g-node adjacent to my own g-node of that level (mandatory paths of kind 3, used by check_connectivity)
 */
public record EtpParameters(int maxPaths, double maxCommonHopsRatio, boolean keepAdjacentGnodePaths) implements java.io.Serializable {

    /** {@link #maxPaths()} value that disables retention. */
    public static final int UNLIMITED = Integer.MAX_VALUE;

    public EtpParameters {
        if (maxPaths < 1) {
            throw new IllegalArgumentException("maxPaths must be >= 1, was " + maxPaths);
        }
        if (!(maxCommonHopsRatio >= 0.0 && maxCommonHopsRatio <= 1.0)) {
            throw new IllegalArgumentException("maxCommonHopsRatio must be in [0, 1], was " + maxCommonHopsRatio);
        }
    }

    /** The proof of concept's values: 5 paths, ratio 0.6, adjacent g-node paths kept. */
    public static EtpParameters proof() {
        return new EtpParameters(5, 0.6, true);
    }

    /** Retention disabled: every loop-free path is kept (ideal QSPN). */
    public static EtpParameters unlimited() {
        return new EtpParameters(UNLIMITED, 0.6, true);
    }

    public boolean retentionDisabled() {
        return maxPaths == UNLIMITED;
    }
}
