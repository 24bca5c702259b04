package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Randomized invariant: under random mixes of schedule, cancel, poll (with and without limit)
 * and peek, including many equal times, every implementation behaves exactly like
 * {@link ReferenceEventQueue}. The seed is in every failure message; rerun a failing seed alone.
 */
class EventQueueRandomizedTest {

    private static final int OPS = 20_000;
    /** Time spans of the phases: tie-heavy, clustered within a few radix digits, sparse. */
    private static final long[] SPANS = {4, 1_000_000, 300, 70_000};

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1337, 20240601, 0xDEADBEEFL, 987654321987L})
    void heapShouldMatchReferenceQueue(final long seed) {
        compare(seed, () -> new HeapEventQueue(2), false);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {5, 6, 7, 99})
    void heapShouldMatchReferenceQueueWhenTimesAreMonotone(final long seed) {
        compare(seed, () -> new HeapEventQueue(2), true);
    }

    @ParameterizedTest(name = "seed {0}")
    @ValueSource(longs = {1, 2, 3, 42, 1337, 20240601, 0xDEADBEEFL, 987654321987L})
    void radixShouldMatchReferenceQueueWhenTimesAreMonotone(final long seed) {
        compare(seed, () -> new RadixEventQueue(2), true);
    }

    /**
     * @param monotone if set, new times are never earlier than the last polled time, as in a
     *     simulation
     */
    static void compare(final long seed, final Supplier<EventQueue> factory, final boolean monotone) {
        final SplittableRandom rng = new SplittableRandom(seed);
        final EventQueue expected = new ReferenceEventQueue();
        final EventQueue actual = factory.get();
        final EventCursor e = new EventCursor();
        final EventCursor a = new EventCursor();
        final long[] expectedHandles = new long[OPS];
        final long[] actualHandles = new long[OPS];
        int scheduled = 0;
        long lastPolledNs = 0;
        // Phases alternate between growing and shrinking, and between tie-heavy and sparse times.
        for (int op = 0; op < OPS; op++) {
            final String where = "seed " + seed + ", op " + op;
            final boolean growing = (op / 2000) % 2 == 0;
            final long span = SPANS[(op / 1000) % SPANS.length];
            final int dice = rng.nextInt(100);
            if (dice < (growing ? 55 : 30)) {
                final long base = monotone ? lastPolledNs : 0;
                final long timeNs = base + rng.nextLong(span);
                final int kind = rng.nextInt(5);
                final long arg = rng.nextLong();
                expectedHandles[scheduled] = expected.schedule(timeNs, kind, scheduled, arg);
                actualHandles[scheduled] = actual.schedule(timeNs, kind, scheduled, arg);
                scheduled++;
            } else if (dice < 70 && scheduled > 0) {
                final int victim = rng.nextInt(scheduled);
                assertEquals(expected.cancel(expectedHandles[victim]), actual.cancel(actualHandles[victim]),
                        where + ": cancel of event " + victim);
            } else if (dice < 95) {
                final long limitNs = rng.nextInt(4) == 0 ? lastPolledNs + rng.nextLong(span) : Long.MAX_VALUE;
                final boolean polled = expected.poll(limitNs, e);
                assertEquals(polled, actual.poll(limitNs, a), where + ": poll(" + limitNs + ")");
                if (polled) {
                    assertEquals(e.toString(), a.toString(), where);
                    assertEquals(actualHandles[e.target()], a.handle(), where + ": handle");
                    lastPolledNs = e.timeNs();
                }
            } else {
                assertEquals(peek(expected), peek(actual), where + ": peek");
            }
            assertEquals(expected.size(), actual.size(), where + ": size");
        }
        while (expected.poll(e)) {
            assertEquals(true, actual.poll(a), "seed " + seed + ": drain");
            assertEquals(e.toString(), a.toString(), "seed " + seed + ": drain");
        }
        assertEquals(0, actual.size(), "seed " + seed + ": size after drain");
    }

    private static long peek(final EventQueue q) {
        try {
            return q.peekTimeNs();
        } catch (final NoSuchElementException empty) {
            return -1;
        }
    }
}
