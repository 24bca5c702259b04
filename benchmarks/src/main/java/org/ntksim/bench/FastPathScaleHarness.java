package org.ntksim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;

/**
 * Scale harness: computes all tables of all identities of a large workload (default the 1024x1024
 * grid with 4^10, 2^20 identities), streaming entries to a checksum, and prints times and the peak
 * heap. Run: {@code java -Xmx8g -cp benchmarks/target/benchmarks.jar org.ntksim.bench.FastPathScaleHarness
 * [workload [repeats [relaxed|qspn-ideal]]]}.
 */
public final class FastPathScaleHarness {
    private FastPathScaleHarness() {
    }

    public static void main(final String[] args) {
        final String workload = args.length > 0 ? args[0] : "grid1024-4x10";
        long t0 = System.nanoTime();
        final NetworkState s = RouteWorkloads.build(workload);
        final long tGen = System.nanoTime() - t0;
        t0 = System.nanoTime();
        final CsrNetwork net = CsrNetwork.freeze(s);
        final long tFreeze = System.nanoTime() - t0;
        final FastPathRouter.Semantics semantics = args.length > 2 && args[2].equals("qspn-ideal")
                ? FastPathRouter.Semantics.QSPN_IDEAL : FastPathRouter.Semantics.RELAXED;
        final FastPathRouter router = new FastPathRouter(net, semantics);
        final ChecksumSink sink = new ChecksumSink();
        final int repeats = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        long tCompute = Long.MAX_VALUE;
        for (int r = 0; r < repeats; r++) {
            t0 = System.nanoTime();
            router.computeAll(sink);
            tCompute = Math.min(tCompute, System.nanoTime() - t0);
        }
        final Runtime rt = Runtime.getRuntime();
        final long usedAtEnd = rt.totalMemory() - rt.freeMemory();
        long peak = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("workload %s: identities %d, arcs %d, searches %d, entries %d, checksum %x%n", workload,
                s.identityCount(), s.arcCount(), router.searchCount(), sink.count, sink.hash);
        if (semantics == FastPathRouter.Semantics.QSPN_IDEAL) {
            System.out.printf("QSPN_IDEAL: partial paths expanded %d, exact searches given up %d%n",
                    router.exactPathsExpanded(), router.exactSearchesGivenUp());
        }
        System.out.printf("generate %.2f s, freeze %.2f s, all tables %.3f s (best of repeats), heap used at end %d MiB, "
                + "peak heap (sum of pool peaks) %d MiB, heap committed %d MiB%n",
                tGen / 1e9, tFreeze / 1e9, tCompute / 1e9, usedAtEnd >> 20, Math.max(peak, usedAtEnd) >> 20,
                rt.totalMemory() >> 20);
    }
}
