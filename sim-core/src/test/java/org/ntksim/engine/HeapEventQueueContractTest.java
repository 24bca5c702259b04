package org.ntksim.engine;

class HeapEventQueueContractTest extends EventQueueContractTest {

    @Override
    EventQueue newQueue() {
        return new HeapEventQueue(4); // tiny, so that growth is exercised everywhere
    }
}
