package org.ntksim.fastpath;

import org.ntksim.fastpath.RandomConnectedNetworks.Virtual;

/**
 * Seeded random connected networks with random (partial, sometimes virtual) addresses, parallel arcs
 * allowed, as fast-path {@link NetworkState}s ({@link RandomConnectedNetworks} generates them).
 */
final class RandomNetworks {
    private RandomNetworks() {
    }

    /**
     * {@code n} identities with distinct random addresses in {@code gsizesTopFirst} (about 1 in 20
     * with one virtual position), a random spanning tree plus extra arcs biased towards the same
     * level-1 g-node, costs 1..maxCost (ties are frequent on purpose), a few parallel arcs.
     */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost) {
        return generate(seed, gsizesTopFirst, n, maxCost, false);
    }

    /** As above; with {@code connectGnodes} every g-node of every level is also connected inside. */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost,
            final boolean connectGnodes) {
        return generate(seed, gsizesTopFirst, n, maxCost, connectGnodes, true);
    }

    /**
     * As above; without {@code allowVirtual} every address is fully real (the same random draws are made,
     * so a seed gives the same network shape either way).
     */
    static NetworkState generate(final long seed, final int[] gsizesTopFirst, final int n, final int maxCost,
            final boolean connectGnodes, final boolean allowVirtual) {
        return RandomConnectedNetworks.generate(seed, gsizesTopFirst, n, maxCost, connectGnodes,
                allowVirtual ? Virtual.APPLIED : Virtual.DRAWN_NOT_APPLIED, true).state(gsizesTopFirst);
    }
}
