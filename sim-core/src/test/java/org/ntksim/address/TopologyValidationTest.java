package org.ntksim.address;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TopologyValidationTest {

    private static String error(final Runnable r) {
        return assertThrows(AddressFormatException.class, r::run).getMessage();
    }

    @Test
    void topologyIsWrittenTopLevelFirst() {
        final Topology t = Topology.parse("4.2.2.2");
        assertEquals(4, t.levels());
        assertEquals(4, t.gsize(3));
        assertEquals(2, t.gsize(0));
        assertEquals(5, t.addressBits());
        assertEquals(3, t.bitOffset(3));
        assertEquals("4.2.2.2", t.toString());
        assertEquals(t, Topology.parse("4·2·2·2"));
    }

    @Test
    void gsizeThatIsNotAPowerOfTwoIsRejectedNamingTheLevel() {
        final String msg = error(() -> Topology.parse("4.3.2.2"));
        assertTrue(msg.contains("gsize 3 at level 2 is not a power of two"), msg);
    }

    @Test
    void tooManyAddressBitsAreRejected() {
        final String msg = error(() -> Topology.parse("8.256.256.256"));
        assertTrue(msg.contains("needs 27 address bits; at most 22"), msg);
    }

    @Test
    void topGsizeMustNumberTheLevels() {
        final String msg = error(() -> Topology.parse("2.2.2.2"));
        assertTrue(msg.contains("top-level gsize 2 must be at least the number of levels (4)"), msg);
    }

    @Test
    void malformedTextIsRejectedWithWhatIsExpected() {
        assertTrue(error(() -> Topology.parse("4.x.2.2")).contains("'x' is not a non-negative decimal integer"));
        assertTrue(error(() -> Topology.parse("4..2")).contains("empty field"));
        assertTrue(error(() -> Topology.parse("")).contains("empty"));
        assertTrue(error(() -> Topology.parse("-4.2")).contains("not a non-negative decimal integer"));
    }

    @Test
    void addressWithWrongNumberOfPositionsIsRejected() {
        final Topology t = Topology.parse("4.2.2.2");
        final String msg = error(() -> NetsukukuAddress.parse(t, "3.1.0"));
        assertTrue(msg.contains("has 3 positions: expected 4 positions"), msg);
    }

    @Test
    void positionsAtOrAboveGsizeAreVirtual() {
        final NetsukukuAddress n = NetsukukuAddress.parse(Topology.parse("4.2.2.2"), "2.1.1.2");
        assertTrue(!n.isReal(0) && n.isReal(1) && n.isReal(2) && n.isReal(3));
        assertEquals(0, n.highestVirtualLevel());
        assertEquals("2.1.1.2", n.toString());
    }

    @Test
    void negativePositionIsOutOfRange() {
        final Topology t = Topology.parse("4.2.2.2");
        final String msg = error(() -> NetsukukuAddress.of(t, 3, -1, 0, 0));
        assertTrue(msg.contains("position -1 at level 2 is out of range"), msg);
    }

    @Test
    void largestTopologiesFit() {
        assertEquals(22, Topology.parse("4.16.256.256").addressBits());
        assertEquals(1, Topology.parse("2").levels());
    }
}
