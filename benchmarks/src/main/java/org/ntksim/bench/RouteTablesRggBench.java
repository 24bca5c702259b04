package org.ntksim.bench;

import java.util.concurrent.TimeUnit;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * All tables of all identities of random geometric graphs (2^14 and 2^16 points, giant component,
 * partitioned into connected g-nodes), streamed to a checksum sink. The N-Dijkstra baselines are
 * not run at these sizes (minutes per operation); see RouteTablesGridBench for the ratios.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RouteTablesRggBench {
    @Param({"rgg16k-32.16.16.16", "rgg64k-128.16.16.16"})
    String workload;

    FastPathRouter router;
    ChecksumSink sink;

    @Setup
    public void setup() {
        router = new FastPathRouter(CsrNetwork.freeze(RouteWorkloads.build(workload)));
        sink = new ChecksumSink();
    }

    @Benchmark
    public long allTablesStreamed() {
        router.computeAll(sink);
        return sink.hash;
    }
}
