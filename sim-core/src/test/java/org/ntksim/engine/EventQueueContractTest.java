package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The {@link EventQueue} contract; one subclass per implementation. */
abstract class EventQueueContractTest {

    abstract EventQueue newQueue();

    private static List<Integer> popTargets(final EventQueue q) {
        final EventCursor ev = new EventCursor();
        final List<Integer> out = new ArrayList<>();
        while (q.poll(ev)) {
            out.add(ev.target());
        }
        return out;
    }

    @Test
    void shouldPopEqualTimesInSchedulingOrder() {
        final EventQueue q = newQueue();
        for (int i = 0; i < 100; i++) {
            q.schedule(5, 1, i, 0);
        }
        final List<Integer> expected = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            expected.add(i);
        }
        assertEquals(expected, popTargets(q));
    }

    @Test
    void shouldPopInTimeOrderThenSchedulingOrder() {
        final EventQueue q = newQueue();
        q.schedule(30, 1, 0, 0);
        q.schedule(10, 1, 1, 0);
        q.schedule(20, 1, 2, 0);
        q.schedule(10, 1, 3, 0);
        q.schedule(0, 1, 4, 0);
        q.schedule(30, 1, 5, 0);
        q.schedule(20, 1, 6, 0);
        assertEquals(List.of(4, 1, 3, 2, 6, 0, 5), popTargets(q));
    }

    @Test
    void shouldCopyEveryFieldIntoTheCursor() {
        final EventQueue q = newQueue();
        q.schedule(1, 7, 8, 9);
        final long handle = q.schedule(Long.MAX_VALUE, Integer.MAX_VALUE, -1, Long.MIN_VALUE);
        final EventCursor ev = new EventCursor();
        assertTrue(q.poll(ev));
        assertEquals(1, ev.timeNs());
        assertEquals(7, ev.kind());
        assertEquals(8, ev.target());
        assertEquals(9, ev.arg());
        assertTrue(q.poll(ev));
        assertEquals(Long.MAX_VALUE, ev.timeNs());
        assertEquals(Integer.MAX_VALUE, ev.kind());
        assertEquals(-1, ev.target());
        assertEquals(Long.MIN_VALUE, ev.arg());
        assertEquals(handle, ev.handle());
        assertTrue(ev.seq() > 0);
    }

    @Test
    void shouldNeverPopCancelledEvents() {
        final EventQueue q = newQueue();
        final long[] handles = new long[10];
        for (int i = 0; i < 10; i++) {
            handles[i] = q.schedule(i % 3, 1, i, 0);
        }
        assertTrue(q.cancel(handles[0]));
        assertTrue(q.cancel(handles[4]));
        assertTrue(q.cancel(handles[9]));
        assertEquals(7, q.size());
        assertEquals(List.of(3, 6, 1, 7, 2, 5, 8), popTargets(q));
        assertTrue(q.isEmpty());
    }

    @Test
    void cancelShouldReturnFalseForPoppedCancelledOrUnknownHandles() {
        final EventQueue q = newQueue();
        final long a = q.schedule(1, 1, 0, 0);
        final long b = q.schedule(2, 1, 1, 0);
        assertTrue(q.cancel(b));
        assertFalse(q.cancel(b), "second cancel");
        final EventCursor ev = new EventCursor();
        assertTrue(q.poll(ev));
        assertEquals(a, ev.handle());
        assertFalse(q.cancel(a), "cancel after pop");
        assertFalse(q.cancel(EventQueue.NO_HANDLE));
        assertFalse(q.cancel(-1L));
        assertFalse(q.cancel(Long.MAX_VALUE));
        assertEquals(0, q.size());
        assertFalse(q.poll(ev));
    }

    @Test
    void staleHandleShouldNotCancelANewerEventReusingStorage() {
        final EventQueue q = newQueue();
        final long old = q.schedule(1, 1, 0, 0);
        final EventCursor ev = new EventCursor();
        assertTrue(q.poll(ev));
        final long fresh = q.schedule(2, 1, 1, 0);
        assertNotEquals(old, fresh);
        assertFalse(q.cancel(old));
        assertEquals(1, q.size());
        assertTrue(q.poll(ev));
        assertEquals(1, ev.target());
    }

    @Test
    void handlesShouldBePositiveAndDistinctAmongPendingEvents() {
        final EventQueue q = newQueue();
        final Set<Long> handles = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            final long h = q.schedule(i, 1, i, 0);
            assertTrue(h > 0);
            assertTrue(handles.add(h));
        }
    }

    @Test
    void sizeShouldCountOnlyPendingEvents() {
        final EventQueue q = newQueue();
        assertEquals(0, q.size());
        assertTrue(q.isEmpty());
        final long a = q.schedule(3, 1, 0, 0);
        q.schedule(4, 1, 1, 0);
        assertEquals(2, q.size());
        q.cancel(a);
        assertEquals(1, q.size());
        assertFalse(q.isEmpty());
        q.poll(new EventCursor());
        assertEquals(0, q.size());
        assertTrue(q.isEmpty());
    }

    @Test
    void pollShouldRespectTheLimitInclusively() {
        final EventQueue q = newQueue();
        q.schedule(10, 1, 0, 0);
        q.schedule(20, 1, 1, 0);
        final EventCursor ev = new EventCursor();
        assertFalse(q.poll(9, ev));
        assertTrue(q.poll(10, ev));
        assertEquals(10, ev.timeNs());
        assertFalse(q.poll(19, ev));
        assertEquals(10, ev.timeNs(), "cursor unchanged when nothing is polled");
        assertEquals(1, q.size());
    }

    @Test
    void peekShouldSkipCancelledEventsAndThrowWhenEmpty() {
        final EventQueue q = newQueue();
        assertThrows(NoSuchElementException.class, q::peekTimeNs);
        final long a = q.schedule(5, 1, 0, 0);
        q.schedule(7, 1, 1, 0);
        assertEquals(5, q.peekTimeNs());
        q.cancel(a);
        assertEquals(7, q.peekTimeNs());
        assertEquals(1, q.size());
    }

    @Test
    void shouldSupportInterleavedScheduleAndPoll() {
        final EventQueue q = newQueue();
        final EventCursor ev = new EventCursor();
        q.schedule(10, 1, 0, 0);
        q.schedule(5, 1, 1, 0);
        assertTrue(q.poll(ev));
        assertEquals(1, ev.target());
        q.schedule(7, 1, 2, 0);
        q.schedule(10, 1, 3, 0);
        assertTrue(q.poll(ev));
        assertEquals(2, ev.target());
        q.schedule(10, 1, 4, 0);
        assertEquals(List.of(0, 3, 4), popTargets(q));
    }

    @Test
    void shouldGrowPastItsInitialCapacity() {
        final EventQueue q = newQueue();
        final int n = 100_000;
        final long[] handles = new long[n];
        for (int i = 0; i < n; i++) {
            handles[i] = q.schedule((i * 7919L) % n, 1, i, i);
        }
        for (int i = 0; i < n; i += 2) {
            assertTrue(q.cancel(handles[i]));
        }
        assertEquals(n / 2, q.size());
        final EventCursor ev = new EventCursor();
        long lastTime = -1;
        int count = 0;
        while (q.poll(ev)) {
            assertTrue(ev.timeNs() >= lastTime);
            assertEquals(1, ev.target() & 1, "cancelled event popped");
            assertEquals(ev.target(), ev.arg());
            lastTime = ev.timeNs();
            count++;
        }
        assertEquals(n / 2, count);
    }

    @Test
    void clearShouldRemoveEverythingAndInvalidateHandles() {
        final EventQueue q = newQueue();
        final long a = q.schedule(1, 1, 0, 0);
        final long b = q.schedule(2, 1, 1, 0);
        q.cancel(b);
        q.clear();
        assertEquals(0, q.size());
        assertFalse(q.poll(new EventCursor()));
        assertFalse(q.cancel(a));
        q.schedule(3, 1, 2, 0);
        assertEquals(List.of(2), popTargets(q));
    }

    @Test
    void shouldRejectNegativeTimes() {
        final EventQueue q = newQueue();
        assertThrows(IllegalArgumentException.class, () -> q.schedule(-1, 1, 0, 0));
        assertEquals(0, q.size());
    }
}
