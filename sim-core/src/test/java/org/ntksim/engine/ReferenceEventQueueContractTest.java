package org.ntksim.engine;

class ReferenceEventQueueContractTest extends EventQueueContractTest {

    @Override
    EventQueue newQueue() {
        return new ReferenceEventQueue();
    }
}
