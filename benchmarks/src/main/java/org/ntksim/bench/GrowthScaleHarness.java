package org.ntksim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Map;
import org.ntksim.growth.FastPathBackend;
import org.ntksim.growth.GrowthConfig;
import org.ntksim.growth.GrowthSimulation;
import org.ntksim.growth.RoutingBackend;
import org.ntksim.growth.Universe;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.GeometricMesh;
import org.ntksim.topology.MeshGenerators;
import org.ntksim.topology.MeshGraph;

/**
 * Scale harness for the growth-and-churn model: grows a random-geometric (mean degree 8, giant
 * component) or square-grid universe of N nodes in BFS arrival order (Poisson, N/100 per simulated
 * second), then 10 simulated seconds of churn (leaves 0.1 % of N per second, arc breaks and cost
 * changes 0.2 % of N per second each, down times 5 s mean), with fast-path route tables at a few
 * checkpoints, and prints wall time, events/s, the time spent in checkpoints, peak heap and the
 * headline metrics.
 *
 * <p>Run: {@code java -Xmx16g -cp benchmarks/target/benchmarks.jar org.ntksim.bench.GrowthScaleHarness
 * <nodes> [rgg|grid] [seed] [gsizes e.g. 16.16.16.16] [checkpoints] [fast|none]}.
 */
public final class GrowthScaleHarness {
    private GrowthScaleHarness() {
    }

    public static void main(final String[] args) {
        final int nodes = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        final String topology = args.length > 1 ? args[1] : "rgg";
        final long seed = args.length > 2 ? Long.parseLong(args[2]) : 1;
        final int[] gsizes = args.length > 3 ? parseGsizes(args[3]) : defaultGsizes(nodes);
        final int checkpoints = args.length > 4 ? Integer.parseInt(args[4]) : 3;
        final boolean fast = args.length <= 5 || args[5].equals("fast");
        long t0 = System.nanoTime();
        final Universe universe = universe(nodes, topology, seed);
        final long tUniverse = System.nanoTime() - t0;
        final int n = universe.nodeCount();
        final long growS = 100;
        final GrowthConfig config = GrowthConfig.builder(gsizes).poissonArrivals(n / (double) growS)
                .durationNs((growS + 20) * 1_000_000_000L).samples(checkpoints)
                .churn(n * 0.001, n * 0.002, n * 0.002, (growS + 5) * 1_000_000_000L, 10_000_000_000L)
                .downTimes(5_000_000_000L, 5_000_000_000L)
                .routingMode(fast ? GrowthConfig.RoutingMode.FAST_PATH : GrowthConfig.RoutingMode.NONE).build();
        final RandomStreams streams = new RandomStreams(seed, 0);
        final RunRecorder recorder = new RunRecorder();
        final RoutingBackend inner = fast ? new FastPathBackend(config, streams) : RoutingBackend.none();
        final long[] checkpointNs = new long[1];
        final RoutingBackend timed = new RoutingBackend() {
            @Override
            public int addIdentity(final int[] p) {
                return inner.addIdentity(p);
            }

            @Override
            public void removeIdentity(final int id) {
                inner.removeIdentity(id);
            }

            @Override
            public void changeAddress(final int id, final int[] p) {
                inner.changeAddress(id, p);
            }

            @Override
            public void addArc(final int a, final int b, final int cost, final long latencyNs) {
                inner.addArc(a, b, cost, latencyNs);
            }

            @Override
            public void removeArc(final int a, final int b) {
                inner.removeArc(a, b);
            }

            @Override
            public void changeArcCost(final int a, final int b, final int cost) {
                inner.changeArcCost(a, b, cost);
            }

            @Override
            public void checkpoint(final int index, final long nowNs, final RunRecorder r) {
                final long c0 = System.nanoTime();
                inner.checkpoint(index, nowNs, r);
                final long dt = System.nanoTime() - c0;
                checkpointNs[0] += dt;
                System.out.printf("  checkpoint %d at %.0f s simulated: %.2f s wall%n", index, nowNs / 1e9, dt / 1e9);
            }
        };
        t0 = System.nanoTime();
        final long cpu0 = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        final GrowthSimulation sim = new GrowthSimulation(universe, config, streams, recorder, timed);
        sim.run();
        final long tRun = System.nanoTime() - t0;
        final long cpuRun = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu0;
        final long tModel = tRun - checkpointNs[0];
        long peak = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        final Map<String, Double> res = recorder.results();
        System.out.printf("universe %s N=%d links=%d gsizes=%s seed=%d (built in %.2f s)%n", topology, n,
                universe.linkCount(), Arrays.toString(gsizes), seed, tUniverse / 1e9);
        System.out.printf("run %.2f s wall (%.2f s CPU of the main thread): model %.2f s, checkpoints %.2f s; events %d, "
                + "model events/s %.0f; peak heap %d MiB%n", tRun / 1e9, cpuRun / 1e9, tModel / 1e9, checkpointNs[0] / 1e9,
                sim.eventsExecuted(), sim.eventsExecuted() / (tModel / 1e9), peak >> 20);
        for (final String k : new String[] {"growth.arrivals", "growth.entries", "growth.merges", "growth.migrations",
            "growth.migration_path_length.mean", "growth.migration_path_length.max", "growth.splits",
            "growth.network_splits", "growth.virtual_addresses", "growth.leaves", "growth.arc_breaks",
            "growth.search_visits", "growth.search_truncated", "growth.search_relaxed", "growth.entry_degrades", "growth.partial_entries",
            "growth.entry_refused", "growth.returns", "nodes_present", "networks", "largest_network", "routes.ntk_mean", "routes.ntk_max",
            "routes.entries", "stretch.mean", "stretch.p95", "stretch.max", "stretch.pairs", "stretch.failures"}) {
            if (res.containsKey(k)) {
                System.out.printf("  %s = %s%n", k, res.get(k));
            }
        }
    }

    static int[] defaultGsizes(final int nodes) {
        // levels of 16 under a power-of-two top, capacity >= 2 N
        int levels = 1;
        long cap = 16;
        while (cap * 16 < 2L * nodes) {
            cap *= 16;
            levels++;
        }
        int top = 2;
        while (cap * top < 2L * nodes) {
            top *= 2;
        }
        final int[] g = new int[levels + 1];
        Arrays.fill(g, 16);
        g[0] = top;
        return g;
    }

    private static int[] parseGsizes(final String s) {
        return Arrays.stream(s.split("\\.")).mapToInt(Integer::parseInt).toArray();
    }

    static Universe universe(final int nodes, final String topology, final long seed) {
        final RandomStreams streams = new RandomStreams(seed, 0);
        if (topology.equals("grid")) {
            final int side = (int) Math.ceil(Math.sqrt(nodes));
            return fromMesh(MeshGenerators.grid(side, side), null, 0);
        }
        if (!topology.equals("rgg")) {
            throw new IllegalArgumentException("topology must be rgg or grid, was " + topology);
        }
        final double radius = Math.sqrt(8.0 / (Math.PI * nodes));
        final GeometricMesh mesh = MeshGenerators.unitDisk(nodes, radius, true, streams.stream("harness.universe"));
        return fromMesh(mesh.graph(), mesh, radius);
    }

    private static Universe fromMesh(final MeshGraph g, final GeometricMesh geo, final double radius) {
        final int m = g.arcCount();
        final int[] a = new int[m];
        final int[] b = new int[m];
        final int[] c = new int[m];
        for (int e = 0; e < m; e++) {
            a[e] = g.arcA(e);
            b[e] = g.arcB(e);
            // latency in µs: 1..1000 by distance for the geometric mesh, 10 on the grid
            c[e] = geo == null ? 10 : Math.max(1, (int) Math.round(1000 * geo.distance(a[e], b[e]) / radius));
        }
        return new Universe(g.nodeCount(), a, b, c);
    }
}
