package org.ntksim.bench;

import org.ntksim.engine.EventQueue;
import org.ntksim.engine.HeapEventQueue;
import org.ntksim.engine.RadixEventQueue;
import org.ntksim.engine.ReferenceEventQueue;

/** Maps the {@code impl} benchmark parameter to an {@link EventQueue}. */
final class Queues {

    private Queues() {
    }

    static EventQueue create(final String impl, final int expectedSize) {
        switch (impl) {
            case "reference":
                return new ReferenceEventQueue();
            case "heap":
                return new HeapEventQueue(Math.max(16, expectedSize));
            case "radix":
                return new RadixEventQueue(Math.max(16, expectedSize));
            default:
                throw new IllegalArgumentException("unknown impl '" + impl + "' (reference, heap, radix)");
        }
    }
}
