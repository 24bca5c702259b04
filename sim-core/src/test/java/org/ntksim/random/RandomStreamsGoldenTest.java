package org.ntksim.random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/**
 * Pins the derivation of stream seeds and the first values of one stream. If this test fails,
 * every seeded result of the project changes: only update the constants deliberately, and say
 * so in the commit message.
 */
class RandomStreamsGoldenTest {

    @Test
    void streamSeedDerivationIsPinned() {
        assertEquals(1882476751408948708L, RandomStreams.nameHash("phold"));
        assertEquals(-3236825773507328739L, RandomStreams.deriveSeed(42, 0, 1, 2));
        assertEquals(2052874519257720080L, new RandomStreams(42, 0).streamSeed("phold", 0));
    }

    @Test
    void firstValuesOfSeed42Run0ArePinned() {
        final RandomGenerator rng = new RandomStreams(42, 0).stream("golden");
        final long[] actual = {rng.nextLong(), rng.nextLong(), rng.nextLong(), rng.nextInt(1000), rng.nextInt(1000)};
        assertArrayEquals(new long[] {6862203587918310933L, 6501275135651286665L, 5516306543831540355L, 315L, 833L}, actual);
    }
}
