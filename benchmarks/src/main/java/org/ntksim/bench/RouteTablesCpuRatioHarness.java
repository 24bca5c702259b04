package org.ntksim.bench;

import java.lang.management.ManagementFactory;
import java.util.Arrays;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;

/**
 * The {@link RouteTablesGridBench} operations timed with the <em>process</em> CPU time (all threads,
 * so the garbage collector's work for JGraphT's allocations counts against it), interleaved round by
 * round: fast path, N × array Dijkstra, N × JGraphT Dijkstra. On a shared host the wall-clock JMH
 * scores are dominated by the load; CPU time leaves out the time the process waits for a core (it
 * still includes cache interference), and interleaving spreads the load's swings over the three.
 * Not a replacement for JMH: one JVM, no forks; the fast path is timed over batches of rebuilds so
 * that one sample is about as long as the baselines'.
 *
 * <p>Usage: {@code java -cp benchmarks.jar org.ntksim.bench.RouteTablesCpuRatioHarness [workload [rounds]]}
 * (defaults grid64-64.64, 7). Prints each round and the medians and their ratios.
 */
public final class RouteTablesCpuRatioHarness {
    private static final int FAST_PATH_BATCH = 20;

    private RouteTablesCpuRatioHarness() {
    }

    public static void main(final String[] args) {
        final String workload = args.length > 0 ? args[0] : "grid64-64.64";
        final int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        final NetworkState s = RouteWorkloads.build(workload);
        final FastPathRouter router = new FastPathRouter(CsrNetwork.freeze(s));
        final RouteTables tables = RouteTables.allocate(router.network());
        final ArrayDijkstraBaseline array = new ArrayDijkstraBaseline(s);
        final JGraphTDijkstraBaseline jgrapht = new JGraphTDijkstraBaseline(s);
        final com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long sink = 0;
        // warm-up: JIT of all three
        for (int i = 0; i < 3 * FAST_PATH_BATCH; i++) {
            router.computeAll(tables);
        }
        sink += array.run() + jgrapht.run();
        final double[] fast = new double[rounds];
        final double[] arr = new double[rounds];
        final double[] jg = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = os.getProcessCpuTime();
            for (int i = 0; i < FAST_PATH_BATCH; i++) {
                router.computeAll(tables);
            }
            fast[r] = (os.getProcessCpuTime() - t0) / 1e6 / FAST_PATH_BATCH;
            t0 = os.getProcessCpuTime();
            sink += array.run();
            arr[r] = (os.getProcessCpuTime() - t0) / 1e6;
            t0 = os.getProcessCpuTime();
            sink += jgrapht.run();
            jg[r] = (os.getProcessCpuTime() - t0) / 1e6;
            System.out.printf("round %d: fast path %.1f ms, array Dijkstra %.0f ms, JGraphT %.0f ms (process CPU)%n", r,
                    fast[r], arr[r], jg[r]);
        }
        final double f = median(fast);
        final double a = median(arr);
        final double j = median(jg);
        System.out.printf("%s medians of %d rounds (process CPU ms): fast path %.1f, array %.0f, JGraphT %.0f;"
                + " fast path %.1fx faster than array, %.1fx faster than JGraphT (checksum %x, sink %d)%n", workload, rounds,
                f, a, j, a / f, j / f, tables.checksum(), sink);
    }

    private static double median(final double[] v) {
        final double[] c = v.clone();
        Arrays.sort(c);
        return c.length % 2 == 1 ? c[c.length / 2] : (c[c.length / 2 - 1] + c[c.length / 2]) / 2;
    }
}
