package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RadixEventQueueContractTest extends EventQueueContractTest {

    @Override
    EventQueue newQueue() {
        return new RadixEventQueue(4); // tiny, so that growth is exercised everywhere
    }

    @Test
    void shouldRejectTimesBeforeTheLastPolledEvent() {
        final EventQueue q = newQueue();
        q.schedule(10, 1, 0, 0);
        q.poll(new EventCursor());
        q.schedule(10, 1, 1, 0); // at the floor is fine
        assertThrows(IllegalArgumentException.class, () -> q.schedule(9, 1, 2, 0));
        q.clear();
        q.schedule(0, 1, 3, 0); // clear resets the floor
    }
}
