package org.ntksim.fastpath;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/** Zero allocation per rebuild once warm (counted with the JVM's per-thread allocation counter). */
class FastPathAllocationTest {

    @Test
    void rebuildingAllTablesAndUpdatingAnArcAllocateNothingAfterWarmUp() {
        final java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs com.sun.management.ThreadMXBean");
        final com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        final NetworkState s = RandomNetworks.generate(77L, new int[] {4, 4, 4}, 60, 9, true);
        final FastPathRouter router = new FastPathRouter(CsrNetwork.freeze(s));
        final RouteTables tables = router.computeAll();
        for (int i = 0; i < 200; i++) {
            router.computeAll(tables);                 // warm up: heap growth, JIT
            router.updateArc(i % s.arcCount(), 1 + i % 7, tables);
        }
        final long tid = Thread.currentThread().getId();
        final long before = threads.getThreadAllocatedBytes(tid);
        for (int i = 0; i < 20; i++) {
            router.computeAll(tables);
            router.updateArc(i % s.arcCount(), 2 + i % 5, tables);
        }
        final long allocated = threads.getThreadAllocatedBytes(tid) - before;
        // the measurement call itself may allocate a few bytes; anything per rebuild would be far more
        assertEquals(0, allocated / 1024, "bytes allocated by 20 rebuilds + 20 updates: " + allocated);
    }
}
