package org.ntksim.bench;

import java.util.concurrent.TimeUnit;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All tables of all identities on grids, against the baselines measured in the same run:
 * {@code fastpath} (ntk + one table per neighbour, stored packed), {@code array-dijkstra} and
 * {@code jgrapht-dijkstra} (N single-source Dijkstras aggregated to g-node destinations, which
 * compute only the unconstrained ntk costs). One operation = one full rebuild.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteTablesGridBench {
    @Param({"grid32-4.4.4.4.4", "grid64-4.4.4.4.4.4", "grid64-64.64"})
    String workload;

    @Param({"fastpath", "array-dijkstra", "jgrapht-dijkstra"})
    String impl;

    FastPathRouter router;
    RouteTables tables;
    ArrayDijkstraBaseline array;
    JGraphTDijkstraBaseline jgrapht;

    @Setup
    public void setup() {
        final NetworkState s = RouteWorkloads.build(workload);
        switch (impl) {
            case "fastpath":
                router = new FastPathRouter(CsrNetwork.freeze(s));
                tables = RouteTables.allocate(router.network());
                break;
            case "array-dijkstra":
                array = new ArrayDijkstraBaseline(s);
                break;
            case "jgrapht-dijkstra":
                jgrapht = new JGraphTDijkstraBaseline(s);
                break;
            default:
                throw new IllegalArgumentException(impl);
        }
    }

    @Benchmark
    public long allTables() {
        switch (impl) {
            case "fastpath":
                router.computeAll(tables);
                return router.searchCount();
            case "array-dijkstra":
                return array.run();
            default:
                return jgrapht.run();
        }
    }
}
