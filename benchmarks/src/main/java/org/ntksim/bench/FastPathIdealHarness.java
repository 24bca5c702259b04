package org.ntksim.bench;

import java.util.ArrayList;
import java.util.List;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;

/**
 * How far the relaxed fast path is from ideal QSPN on a benchmark workload, and what the exact variant
 * costs: computes all tables with {@code RELAXED} and with {@code QSPN_IDEAL} (one cold rebuild each)
 * and counts the entries whose costs differ. Run: {@code java -cp benchmarks/target/benchmarks.jar
 * org.ntksim.bench.FastPathIdealHarness grid32-4.4.4.4.4}.
 */
public final class FastPathIdealHarness {
    private FastPathIdealHarness() {
    }

    public static void main(final String[] args) {
        final String workload = args.length > 0 ? args[0] : "grid32-4.4.4.4.4";
        final NetworkState s = RouteWorkloads.build(workload);
        final CsrNetwork net = CsrNetwork.freeze(s);
        long t0 = System.nanoTime();
        final RouteTables relaxed = new FastPathRouter(net).computeAll();
        final long tRelaxed = System.nanoTime() - t0;
        final FastPathRouter idealRouter = new FastPathRouter(net, FastPathRouter.Semantics.QSPN_IDEAL);
        t0 = System.nanoTime();
        final RouteTables ideal = idealRouter.computeAll();
        final long tIdeal = System.nanoTime() - t0;
        final List<List<Integer>> arcsOf = new ArrayList<>();
        for (int i = 0; i < s.identityCount(); i++) {
            arcsOf.add(new ArrayList<>());
        }
        for (int a = 0; a < s.arcCount(); a++) {
            arcsOf.get(s.arcA(a)).add(a);
            arcsOf.get(s.arcB(a)).add(a);
        }
        final long[] ntk = new long[3];          // entries, differ, reachable only when relaxed
        final long[] neighbour = new long[3];
        for (int x = 0; x < s.identityCount(); x++) {
            final int[] d = relaxed.destinations(x);
            for (int k = 0; k < d.length; k += 2) {
                count(ntk, relaxed.cost(x, -1, d[k], d[k + 1]), ideal.cost(x, -1, d[k], d[k + 1]));
                for (final int arc : arcsOf.get(x)) {
                    count(neighbour, relaxed.cost(x, arc, d[k], d[k + 1]), ideal.cost(x, arc, d[k], d[k + 1]));
                }
            }
        }
        System.out.printf("workload %s, %d identities: relaxed %.3f s, QSPN_IDEAL %.3f s (one cold rebuild each),"
                + " %d partial paths expanded, %d exact searches given up%n", workload, s.identityCount(),
                tRelaxed / 1e9, tIdeal / 1e9, idealRouter.exactPathsExpanded(), idealRouter.exactSearchesGivenUp());
        System.out.printf("ntk: %d of %d entries differ (%d reachable only when relaxed); neighbour tables: %d of %d"
                + " differ (%d reachable only when relaxed)%n", ntk[1], ntk[0], ntk[2], neighbour[1], neighbour[0],
                neighbour[2]);
    }

    private static void count(final long[] c, final int relaxedCost, final int idealCost) {
        c[0]++;
        if (relaxedCost != idealCost) {
            c[1]++;
            if (idealCost < 0) {
                c[2]++;
            }
        }
    }
}
