package org.ntksim.bench;

import java.util.concurrent.TimeUnit;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
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
 * Incremental update after one arc cost change on the 64x64 grid (4·4·4·4·4·4), for an arc whose
 * endpoints first differ at {@code arcLevel} (0 = inside a level-1 block, 5 = between top-level
 * g-nodes), against the full rebuild measured in the same run. The cost alternates between two
 * values so that every operation is a real change.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class RouteTablesIncrementalBench {
    @Param({"0", "2", "5"})
    int arcLevel;

    FastPathRouter router;
    RouteTables tables;
    int arc;
    int low;
    boolean flip;

    @Setup
    public void setup() {
        final CsrNetwork net = CsrNetwork.freeze(RouteWorkloads.build("grid64-4.4.4.4.4.4"));
        router = new FastPathRouter(net);
        tables = router.computeAll();
        arc = -1;
        for (int a = 0; a < net.arcCount() && arc < 0; a++) {
            if (net.arcLevel(a) == arcLevel) {
                arc = a;
            }
        }
        low = net.arcCost(arc);
    }

    @Benchmark
    public long updateOneArc() {
        flip = !flip;
        router.updateArc(arc, flip ? low + 5 : low, tables);
        return router.searchCount();
    }

    @Benchmark
    public long fullRebuild() {
        router.computeAll(tables);
        return router.searchCount();
    }
}
