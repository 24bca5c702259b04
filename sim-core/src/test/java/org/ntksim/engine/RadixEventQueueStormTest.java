package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The workload of message-level QSPN: a few events far apart, then each delivered message sends
 * messages that arrive milliseconds later, so that thousands of events fall inside the window of a
 * run formed from a small high-level bucket. The radix queue must still deliver exactly the order of
 * {@link ReferenceEventQueue}, ties in scheduling order included, while it narrows its run.
 */
class RadixEventQueueStormTest {

    private static final long MS = 1_000_000L;

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 7, 2026, 0xC0FFEEL})
    void radixShouldMatchReferenceQueueInAMillisecondMessageStorm(final long seed) {
        final SplittableRandom rng = new SplittableRandom(seed);
        final ReferenceEventQueue expected = new ReferenceEventQueue();
        final RadixEventQueue actual = new RadixEventQueue(4);
        final EventCursor e = new EventCursor();
        final EventCursor a = new EventCursor();
        final long[] expectedHandles = new long[400_000];
        final long[] actualHandles = new long[400_000];
        int scheduled = 0;
        // a few sparse seeds of storms, seconds apart, each at the start of a 2^24 ns digit: it forms a
        // run whose window spans the next 16.7 ms, where the storm's first generations land; 40 events
        // share each seed's time (every neighbour of a change reacts at once)
        for (int i = 0; i < 5 * 40; i++) {
            final long t = (200L * (i / 40 + 1) << 24) + 1_000L * (i / 40);
            expectedHandles[scheduled] = expected.schedule(t, 0, scheduled, 0);
            actualHandles[scheduled] = actual.schedule(t, 0, scheduled, 0);
            scheduled++;
        }
        int polls = 0;
        while (expected.poll(e)) {
            final String where = "seed " + seed + ", poll " + polls;
            assertTrue(actual.poll(a), where);
            assertEquals(e.toString(), a.toString(), where);
            polls++;
            // fan-out 4 (a node answering its neighbours) while the storm grows, then 0 or 1 so that it
            // dies out; latencies 1-10 ms in steps of 250 µs so that many deliveries tie
            final int fanOut = polls < 40_000 ? 4 : rng.nextInt(2);
            for (int k = 0; k < fanOut && scheduled < expectedHandles.length; k++) {
                final long t = e.timeNs() + MS + 250_000L * rng.nextInt(37);
                expectedHandles[scheduled] = expected.schedule(t, 1 + k, scheduled, polls);
                actualHandles[scheduled] = actual.schedule(t, 1 + k, scheduled, polls);
                scheduled++;
            }
            if (rng.nextInt(10) == 0) { // some messages are superseded before delivery
                final int victim = rng.nextInt(scheduled);
                assertEquals(expected.cancel(expectedHandles[victim]), actual.cancel(actualHandles[victim]),
                        where + ": cancel of " + victim);
            }
            assertEquals(expected.size(), actual.size(), where + ": size");
        }
        assertTrue(actual.isEmpty(), "seed " + seed + ": radix queue has events the reference has not");
        assertTrue(actual.runSpills() > 0, "the storm did not exercise the run narrowing");
    }
}
