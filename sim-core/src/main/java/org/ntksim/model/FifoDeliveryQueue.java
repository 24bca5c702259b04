package org.ntksim.model;

import java.util.ArrayDeque;
import java.util.Deque;

/** Deliveries in posting order, with no notion of time. */
public final class FifoDeliveryQueue implements DeliveryQueue {

    private final Deque<Runnable> pending = new ArrayDeque<>();

    @Override
    public void post(final Runnable delivery) {
        pending.addLast(delivery);
    }

    @Override
    public void drain() {
        while (!pending.isEmpty()) {
            pending.pollFirst().run();
        }
    }
}
