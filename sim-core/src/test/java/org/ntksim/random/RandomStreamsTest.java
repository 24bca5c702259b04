package org.ntksim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HashSet;
import java.util.Set;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static long[] first(final RandomGenerator rng, final int n) {
        final long[] out = new long[n];
        for (int i = 0; i < n; i++) {
            out[i] = rng.nextLong();
        }
        return out;
    }

    @Test
    void sameSeedRunAndNameShouldGiveTheSameSequence() {
        assertArrayEquals(first(new RandomStreams(7, 3).stream("traffic.arrivals"), 100),
                first(new RandomStreams(7, 3).stream("traffic.arrivals"), 100));
        assertArrayEquals(first(new RandomStreams(7, 3).stream("x", 12), 100),
                first(new RandomStreams(7, 3).stream("x", 12), 100));
    }

    @Test
    void differentNamesRunsSeedsOrIndicesShouldGiveDifferentSequences() {
        final Set<Long> firsts = new HashSet<>();
        final RandomStreams base = new RandomStreams(7, 3);
        firsts.add(base.stream("a").nextLong());
        firsts.add(base.stream("b").nextLong());
        firsts.add(base.stream("a", 1).nextLong());
        firsts.add(base.withRun(4).stream("a").nextLong());
        firsts.add(new RandomStreams(8, 3).stream("a").nextLong());
        assertEquals(5, firsts.size());
    }

    @Test
    void addingAStreamShouldNotShiftTheOthers() {
        final RandomStreams streams = new RandomStreams(1, 0);
        final long[] alone = first(streams.stream("routing"), 10);
        final RandomStreams again = new RandomStreams(1, 0);
        again.stream("a.new.stream").nextLong();
        again.stream("another", 5).nextLong();
        assertArrayEquals(alone, first(again.stream("routing"), 10));
    }

    @Test
    void unnamedIndexShouldBeIndexZero() {
        final RandomStreams streams = new RandomStreams(1, 0);
        assertArrayEquals(first(streams.stream("s"), 5), first(streams.stream("s", 0), 5));
    }

    @Test
    void nameHashShouldNotInheritStringHashCodeCollisions() {
        assertEquals("Aa".hashCode(), "BB".hashCode());
        assertNotEquals(RandomStreams.nameHash("Aa"), RandomStreams.nameHash("BB"));
        assertNotEquals(RandomStreams.nameHash("é"), RandomStreams.nameHash("e"));
        assertThrows(IllegalArgumentException.class, () -> RandomStreams.nameHash(""));
        assertThrows(NullPointerException.class, () -> RandomStreams.nameHash(null));
    }

    @Test
    void deriveSeedShouldBePureAndOrderSensitive() {
        assertEquals(RandomStreams.deriveSeed(1, 2, 3), RandomStreams.deriveSeed(1, 2, 3));
        assertNotEquals(RandomStreams.deriveSeed(1, 2, 3), RandomStreams.deriveSeed(1, 3, 2));
        assertNotEquals(RandomStreams.deriveSeed(2, 1), RandomStreams.deriveSeed(1, 2));
        assertNotEquals(RandomStreams.deriveSeed(1), RandomStreams.deriveSeed(1, 0));
        final Set<Long> seeds = new HashSet<>();
        for (long part = 0; part < 10_000; part++) {
            seeds.add(RandomStreams.deriveSeed(42, part));
        }
        assertEquals(10_000, seeds.size());
        assertFalse(seeds.contains(42L));
    }
}
