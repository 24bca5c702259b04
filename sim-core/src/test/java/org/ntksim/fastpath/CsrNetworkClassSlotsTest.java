package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@code CsrNetwork.classSlots} (the slot range of each neighbour class of a node, which the router's
 * second labels relax) checked against the definition: the class of the slot x -> z is the g-node of z at
 * the highest level where the addresses of x and z differ, recomputed here from the positions.
 */
class CsrNetworkClassSlotsTest {

    @Test
    void everyClassRangeHoldsExactlyTheSlotsWhoseNeighbourIsInThatGnode() {
        for (long seed = 1; seed <= 30; seed++) {
            final CsrNetwork g = CsrNetwork.freeze(RandomNetworks.generate(seed, new int[] {4, 3, 4}, 40, 5));
            for (int x = 0; x < g.n; x++) {
                final int start = g.adjStart[x];
                final int end = g.adjStart[x + 1];
                final Set<Long> gnodes = new HashSet<>();
                for (int i = start; i < end; i++) {
                    gnodes.add(neighbourGnode(g, x, g.adjTarget[i]));
                }
                int covered = 0;
                final Set<Long> seen = new HashSet<>();
                for (int k = 0; k < gnodes.size(); k++) {
                    final long range = g.classSlots[start + k];
                    final int from = (int) range;
                    final int to = (int) (range >>> 32);
                    assertTrue(start <= from && from < to && to <= end, "seed " + seed + " node " + x + " class " + k);
                    final long gnode = neighbourGnode(g, x, g.adjTarget[from]);
                    assertTrue(seen.add(gnode), "seed " + seed + " node " + x + ": class " + k + " repeats a g-node");
                    for (int i = start; i < end; i++) {
                        final boolean inRange = i >= from && i < to;
                        assertEquals(inRange, neighbourGnode(g, x, g.adjTarget[i]) == gnode,
                                "seed " + seed + " node " + x + " slot " + i + " class " + k);
                    }
                    covered += to - from;
                }
                assertEquals(end - start, covered, "seed " + seed + " node " + x + ": the classes cover every slot once");
            }
        }
    }

    /** The g-node h_z(x) as (level, first position index of its range), from the addresses alone. */
    private static long neighbourGnode(final CsrNetwork g, final int x, final int z) {
        for (int l = g.levels - 1; l >= 0; l--) {
            if (g.pos[x * g.levels + l] != g.pos[z * g.levels + l]) {
                // z's g-node at level l: the nodes sharing z's positions at levels l and above
                int lo = z;
                while (lo > 0 && samePrefix(g, lo - 1, z, l)) {
                    lo--;
                }
                return ((long) l << 32) | lo;
            }
        }
        throw new AssertionError("two identities with the same address");
    }

    private static boolean samePrefix(final CsrNetwork g, final int a, final int b, final int level) {
        for (int l = level; l < g.levels; l++) {
            if (g.pos[a * g.levels + l] != g.pos[b * g.levels + l]) {
                return false;
            }
        }
        return true;
    }
}
