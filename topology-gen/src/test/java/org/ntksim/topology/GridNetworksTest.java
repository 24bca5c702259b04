package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.ntksim.fastpath.NetworkState;

/** Golden checks of the Morton-addressed grid. */
class GridNetworksTest {

    @Test
    void cellsAreAddressedByMortonCodeSplitIntoLevelFields() {
        final NetworkState s = GridNetworks.grid(4, new int[] {4, 4}, 5, 1L);
        // cell (x=3, y=2): morton = x0 y0 x1 y1 = 1,0,1,1 -> 0b1101 = 13 -> level0 = 1, level1 = 3
        final int id = 2 * 4 + 3;
        assertEquals(1, s.position(id, 0));
        assertEquals(3, s.position(id, 1));
        assertEquals(2 * 4 * 3, s.arcCount());
    }
}
