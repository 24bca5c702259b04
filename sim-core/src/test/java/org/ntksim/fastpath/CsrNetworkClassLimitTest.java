package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A node's neighbour classes are packed in 16 bits per slot: more than 65 536 of them is refused by name. */
class CsrNetworkClassLimitTest {

    /** A star: the centre 0·0 linked to every other position of its level-1 g-node and to {@code others} top g-nodes. */
    private static NetworkState star(final int others) {
        final NetworkState.Builder b = NetworkState.builder(4, 65536);
        b.addIdentity(0, 0);
        for (int p = 1; p < 65536; p++) {
            b.addIdentity(0, p);
            b.addArc(0, p, 1);
        }
        for (int g = 1; g <= others; g++) {
            b.addIdentity(g, 0);
            b.addArc(0, 65535 + g, 1);
        }
        return b.build();
    }

    @Test
    void aNodeWithNeighboursInExactly65536ClassesFreezes() {
        assertDoesNotThrow(() -> CsrNetwork.freeze(star(1)));
    }

    @Test
    void aNodeWithNeighboursInMoreThan65536ClassesIsRefusedWithItsIdentity() {
        final IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> CsrNetwork.freeze(star(2)));
        assertTrue(e.getMessage().contains("identity 0 ") && e.getMessage().contains("65536"), e.getMessage());
    }
}
