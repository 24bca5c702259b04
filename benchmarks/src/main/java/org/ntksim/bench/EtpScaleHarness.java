package org.ntksim.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayDeque;
import java.util.Arrays;
import org.ntksim.engine.Simulation;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.qspn.EtpNetwork;
import org.ntksim.qspn.EtpParameters;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.GridNetworks;
import org.ntksim.topology.RandomGeometricNetworks;

/**
 * Scale harness of message-level QSPN ({@link EtpNetwork}, max_paths 5): builds a network whose g-nodes are
 * connected (a Z-order grid or a partitioned random geometric graph), lets ETPs flow to quiescence and prints
 * ETPs and paths sent, simulated convergence time, wall time, events/s and peak heap.
 *
 * <pre>
 * java -Xmx8g -cp benchmarks/target/benchmarks.jar org.ntksim.bench.EtpScaleHarness WORKLOAD [bulk|join] [maxPaths] [IMPL]
 *   WORKLOAD: grid&lt;side&gt;-&lt;gsizes&gt;   e.g. grid32-4.4.4.4.4 (1024), grid128-4.4.4.4.4.4.4 (16384)
 *             rgg&lt;n&gt;-&lt;gsizes&gt;      e.g. rgg10000-32.16.8.8 (mean degree 9)
 *   bulk: every identity and arc added at t = 0;  join: identities join one at a time in BFS order,
 *         each with its arcs to those already present, and the network runs to quiescence after each join
 *   IMPL: shortcuts (default, what the simulator runs); baseline ({@link EtpNetwork#withoutShortcuts});
 *         both: baseline then shortcuts in this JVM, the same counts required, CPU ratio printed
 * </pre>
 * Arc costs are 1..9 (seed 1); an ETP crosses an arc in cost × 1 ms.
 */
public final class EtpScaleHarness {
    private static final long MS = 1_000_000L;

    private EtpScaleHarness() {
    }

    public static void main(final String[] args) {
        if (args.length < 1) {
            System.err.println("usage: EtpScaleHarness grid<side>-<gsizes>|rgg<n>-<gsizes> [bulk|join] [maxPaths]"
                    + " [shortcuts|baseline|both]");
            System.exit(2);
        }
        final String workload = args[0];
        final String mode = args.length > 1 ? args[1] : "bulk";
        final int maxPaths = args.length > 2 ? Integer.parseInt(args[2]) : 5;
        final String impl = args.length > 3 ? args[3] : "shortcuts";
        if (!mode.equals("bulk") && !mode.equals("join")) {
            throw new IllegalArgumentException("mode must be bulk or join, was " + mode);
        }
        if (!impl.equals("shortcuts") && !impl.equals("baseline") && !impl.equals("both")) {
            throw new IllegalArgumentException("IMPL must be shortcuts, baseline or both, was " + impl);
        }
        final long g0 = System.nanoTime();
        final NetworkState s = build(workload);
        final long genNs = System.nanoTime() - g0;
        final int[] topFirst = new int[s.levels()];
        for (int level = 0; level < s.levels(); level++) {
            topFirst[s.levels() - 1 - level] = s.gsize(level);
        }
        System.out.printf("workload %s, mode %s, max_paths %d: identities %d, arcs %d, generate %.2f s%n", workload, mode,
                maxPaths, s.identityCount(), s.arcCount(), genNs / 1e9);
        if (impl.equals("both")) {
            // two rounds, so that the second compares both after the JIT has seen both (the first favours whichever
            // runs second)
            for (int round = 1; round <= 2; round++) {
                final long[] base = run(s, topFirst, mode, maxPaths, false);
                final long[] fast = run(s, topFirst, mode, maxPaths, true);
                for (int i = 1; i < base.length; i++) {
                    if (base[i] != fast[i]) {
                        throw new IllegalStateException("baseline and shortcuts differ: ETPs, paths sent, paths kept "
                                + Arrays.toString(Arrays.copyOfRange(base, 1, base.length)) + " vs "
                                + Arrays.toString(Arrays.copyOfRange(fast, 1, fast.length)));
                    }
                }
                System.out.printf("round %d: same ETPs, paths sent and paths kept; CPU baseline %.2f s, shortcuts %.2f s:"
                        + " %.2fx%n", round, base[0] / 1e9, fast[0] / 1e9, (double) base[0] / fast[0]);
            }
        } else {
            run(s, topFirst, mode, maxPaths, impl.equals("shortcuts"));
        }
    }

    /** Runs the workload once; prints its figures; returns {CPU ns, ETPs, paths sent, paths kept}. */
    private static long[] run(final NetworkState s, final int[] topFirst, final String mode, final int maxPaths,
            final boolean shortcuts) {
        final Simulation sim = new Simulation(new RandomStreams(1L, 0));
        final EtpParameters params = new EtpParameters(maxPaths, 0.6, true);
        final EtpNetwork etp = shortcuts ? new EtpNetwork(sim, topFirst, params)
                : EtpNetwork.withoutShortcuts(sim, topFirst, params, EtpNetwork.DEFAULT_HOLD_NS);
        final java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        final long cpu0 = threads.getCurrentThreadCpuTime();
        final long t0 = System.nanoTime();
        long joins = 0;
        long joinConvergenceSumNs = 0;
        long joinConvergenceMaxNs = 0;
        if (mode.equals("bulk")) {
            for (int i = 0; i < s.identityCount(); i++) {
                etp.addIdentity(positions(s, i));
            }
            for (int a = 0; a < s.arcCount(); a++) {
                etp.addArc(s.arcA(a), s.arcB(a), s.arcCost(a), s.arcCost(a) * MS);
            }
            sim.run();
        } else {
            final long[] j = joinOneByOne(s, sim, etp);
            joins = j[0];
            joinConvergenceSumNs = j[1];
            joinConvergenceMaxNs = j[2];
        }
        final long wallNs = System.nanoTime() - t0;
        final long cpuNs = threads.getCurrentThreadCpuTime() - cpu0;
        if (!etp.quiescent()) {
            throw new IllegalStateException("not quiescent after the run");
        }
        long destinations = 0;
        long maxEtps = 0;
        for (int i = 0; i < s.identityCount(); i++) {
            destinations += etp.destinationCount(i);
            maxEtps = Math.max(maxEtps, etp.etpsSent(i));
        }
        if (joins > 0) {
            System.out.printf("per join: convergence time mean %.1f ms, max %.1f ms; ETPs per join %.1f%n",
                    joinConvergenceSumNs / 1e6 / joins, joinConvergenceMaxNs / 1e6, (double) etp.etpsSent() / joins);
        }
        final Runtime rt = Runtime.getRuntime();
        final long used = rt.totalMemory() - rt.freeMemory();
        long peak = 0;
        for (final MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("%s: ETPs sent %d (%.1f per identity, max %d), paths sent %d (%.1f per ETP), kept paths %d"
                + " (%.1f per destination), destinations %d%n", shortcuts ? "shortcuts" : "baseline", etp.etpsSent(),
                (double) etp.etpsSent() / s.identityCount(), maxEtps, etp.pathsSent(),
                (double) etp.pathsSent() / Math.max(1, etp.etpsSent()), etp.keptPathCount(),
                (double) etp.keptPathCount() / Math.max(1, destinations), destinations);
        System.out.printf("simulated time to quiescence %.3f s%s, events %d, wall %.2f s, %.0f events/s,"
                + " CPU %.2f s (%.0f events per CPU second), heap used at end %d MiB, peak heap (sum of pool peaks) %d MiB%n",
                etp.lastActivityTimeNs() / 1e9, joins > 0 ? " (" + joins + " joins, each run to quiescence)" : "",
                sim.eventsExecuted(), wallNs / 1e9, sim.eventsExecuted() / (wallNs / 1e9), cpuNs / 1e9,
                sim.eventsExecuted() / (cpuNs / 1e9), used >> 20, Math.max(peak, used) >> 20);
        return new long[] {cpuNs, etp.etpsSent(), etp.pathsSent(), etp.keptPathCount()};
    }

    /** @return {joins, sum and max over joins of the time from the join to the last protocol event} */
    private static long[] joinOneByOne(final NetworkState s, final Simulation sim, final EtpNetwork etp) {
        final int n = s.identityCount();
        final int[][] adj = adjacency(s);
        final int[] idOf = new int[n];
        Arrays.fill(idOf, -1);
        final boolean[] queued = new boolean[n];
        final ArrayDeque<Integer> queue = new ArrayDeque<>();
        long joins = 0;
        long joinConvergenceSumNs = 0;
        long joinConvergenceMaxNs = 0;
        for (int root = 0; root < n; root++) {
            if (queued[root]) {
                continue;
            }
            queued[root] = true;
            queue.add(root);
            while (!queue.isEmpty()) {
                final int x = queue.poll();
                idOf[x] = etp.addIdentity(positions(s, x));
                for (final int a : adj[x]) {
                    final int y = s.arcA(a) == x ? s.arcB(a) : s.arcA(a);
                    if (idOf[y] >= 0) {
                        etp.addArc(idOf[x], idOf[y], s.arcCost(a), s.arcCost(a) * MS);
                    } else if (!queued[y]) {
                        queued[y] = true;
                        queue.add(y);
                    }
                }
                final long startNs = sim.nowNs();
                sim.run();
                final long convergenceNs = Math.max(0, etp.lastActivityTimeNs() - startNs);
                joinConvergenceSumNs += convergenceNs;
                joinConvergenceMaxNs = Math.max(joinConvergenceMaxNs, convergenceNs);
                joins++;
            }
        }
        return new long[] {joins, joinConvergenceSumNs, joinConvergenceMaxNs};
    }

    private static int[][] adjacency(final NetworkState s) {
        final int[] degree = new int[s.identityCount()];
        for (int a = 0; a < s.arcCount(); a++) {
            degree[s.arcA(a)]++;
            degree[s.arcB(a)]++;
        }
        final int[][] adj = new int[s.identityCount()][];
        for (int i = 0; i < adj.length; i++) {
            adj[i] = new int[degree[i]];
            degree[i] = 0;
        }
        for (int a = 0; a < s.arcCount(); a++) {
            adj[s.arcA(a)][degree[s.arcA(a)]++] = a;
            adj[s.arcB(a)][degree[s.arcB(a)]++] = a;
        }
        return adj;
    }

    private static int[] positions(final NetworkState s, final int id) {
        final int[] p = new int[s.levels()];
        for (int level = 0; level < p.length; level++) {
            p[level] = s.position(id, level);
        }
        return p;
    }

    static NetworkState build(final String workload) {
        final int dash = workload.indexOf('-');
        if (dash < 0) {
            throw new IllegalArgumentException("workload " + workload + ": expected grid<side>-<gsizes> or rgg<n>-<gsizes>");
        }
        final String[] g = workload.substring(dash + 1).split("\\.");
        final int[] gsizes = new int[g.length];
        for (int i = 0; i < g.length; i++) {
            gsizes[i] = Integer.parseInt(g[i]);
        }
        if (workload.startsWith("grid")) {
            return GridNetworks.grid(Integer.parseInt(workload.substring(4, dash)), gsizes, 9, 1L);
        }
        if (workload.startsWith("rgg")) {
            return RandomGeometricNetworks.generate(Integer.parseInt(workload.substring(3, dash)), 9.0, gsizes, 1L);
        }
        throw new IllegalArgumentException("workload " + workload + ": expected grid<side>-<gsizes> or rgg<n>-<gsizes>");
    }
}
