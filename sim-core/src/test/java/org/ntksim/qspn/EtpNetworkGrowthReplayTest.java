package org.ntksim.qspn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.ntksim.engine.Simulation;
import org.ntksim.random.RandomStreams;

/**
 * Regression for the ETP storm of the growth model: the calls the growth model made on a 100-node random
 * geometric graph (seed 7, costs 1000..10000 µs, topology 8·8·8, Poisson arrivals 20/s; 94 identities
 * join, each as an addIdentity, a changeAddress and its arcs at one instant) are replayed at their
 * simulated times with ETPs in flight. Before the announcement hold, the last arrival alone made the
 * identities explore transient paths to one level-2 destination and send 13.5 million ETPs.
 */
class EtpNetworkGrowthReplayTest {

    static final String TRACE = "growth-100-seed7.trace";
    static final int[] TOPOLOGY = {8, 8, 8};

    /**
     * Budget: if every arrival changed every destination of an identity (8 + 8 + 8 − 3 = 21 here) and the
     * identity announced each change once to each neighbour, it would send degree × 21 ETPs per arrival it
     * witnessed. Announcing the same destination again and again for one arrival (path exploration) is what
     * exceeds it; the replay before the fix exceeded it by two orders of magnitude.
     */
    private static long budget(final int degree, final int arrivalsWitnessed, final int destinations) {
        return (long) degree * destinations * arrivalsWitnessed;
    }

    @Test
    void growthReplayConvergesToAFreshBuildWithinTheEtpBudget() throws IOException {
        final List<String[]> calls = readTrace();
        final Simulation sim = new Simulation(new RandomStreams(7, 0));
        final EtpNetwork etp = new EtpNetwork(sim, TOPOLOGY, EtpParameters.proof());
        final List<int[]> addresses = new ArrayList<>();
        final List<long[]> arcs = new ArrayList<>();       // {a, b, cost, latency}
        final List<Integer> joinedAtArrival = new ArrayList<>();
        int arrivals = 0;
        for (final String[] c : calls) {
            final long at = Long.parseLong(c[0]);
            switch (c[1]) {
                case "add" -> {
                    addresses.add(positions(c[3]));
                    joinedAtArrival.add(arrivals++);
                    sim.scheduleAt(at, () -> etp.addIdentity(positions(c[3])));
                }
                case "chaddr" -> {
                    addresses.set(Integer.parseInt(c[2]), positions(c[3]));
                    sim.scheduleAt(at, () -> etp.changeAddress(Integer.parseInt(c[2]), positions(c[3])));
                }
                case "arc" -> {
                    final long[] arc = {Long.parseLong(c[2]), Long.parseLong(c[3]), Long.parseLong(c[4]), Long.parseLong(c[5])};
                    arcs.add(arc);
                    sim.scheduleAt(at, () -> etp.addArc((int) arc[0], (int) arc[1], (int) arc[2], arc[3]));
                }
                default -> throw new IllegalStateException("unexpected call in " + TRACE + ": " + String.join(" ", c));
            }
        }
        final int n = addresses.size();
        final int[] degree = new int[n];
        for (final long[] arc : arcs) {
            degree[(int) arc[0]]++;
            degree[(int) arc[1]]++;
        }
        final int destinations = Arrays.stream(TOPOLOGY).sum() - TOPOLOGY.length;
        long total = 0;
        for (int id = 0; id < n; id++) {
            total += budget(degree[id], arrivals - joinedAtArrival.get(id), destinations);
        }
        // run in slices so that a storm fails in seconds instead of running for minutes
        while (sim.pendingEvents() > 0 && etp.etpsSent() <= total) {
            sim.runEvents(200_000);
        }
        assertTrue(etp.etpsSent() <= total, "ETPs " + etp.etpsSent() + " exceed the budget of all identities, " + total);
        assertTrue(etp.quiescent());
        for (int id = 0; id < n; id++) {
            final long b = budget(degree[id], arrivals - joinedAtArrival.get(id), destinations);
            assertTrue(etp.etpsSent(id) <= b, "identity " + id + " sent " + etp.etpsSent(id) + " ETPs, budget " + b);
        }

        final Simulation sim2 = new Simulation(new RandomStreams(7, 1));
        final EtpNetwork fresh = new EtpNetwork(sim2, TOPOLOGY, EtpParameters.proof());
        for (final int[] a : addresses) {
            fresh.addIdentity(a);
        }
        for (int k = arcs.size() - 1; k >= 0; k--) {      // another order, other arc ids and timing
            final long[] arc = arcs.get(k);
            fresh.addArc((int) arc[1], (int) arc[0], (int) arc[2], arc[3] / 2);
        }
        sim2.run();
        for (int x = 0; x < n; x++) {
            final int[] a = addresses.get(x);
            assertEquals(fresh.destinationCount(x), etp.destinationCount(x), "identity " + x + " destinations");
            for (int level = 0; level < TOPOLOGY.length; level++) {
                for (int p = 0; p < TOPOLOGY[TOPOLOGY.length - 1 - level]; p++) {
                    if (p == a[level]) {
                        continue;
                    }
                    final String where = "identity " + x + " " + Arrays.toString(a) + ", destination (" + level + ", " + p + ")";
                    assertEquals(fresh.bestCost(x, level, p), etp.bestCost(x, level, p), where + ", ntk cost");
                    assertEquals(fresh.bestFirstHop(x, level, p), etp.bestFirstHop(x, level, p), where + ", ntk first hop");
                    assertEquals(fresh.keptPathCount(x, level, p), etp.keptPathCount(x, level, p), where + ", kept paths");
                    for (final long[] arc : arcs) {
                        if (arc[0] == x || arc[1] == x) {
                            final int v = (int) (arc[0] == x ? arc[1] : arc[0]);
                            assertEquals(fresh.bestCostAvoiding(x, v, level, p), etp.bestCostAvoiding(x, v, level, p),
                                    where + ", table of neighbour " + v);
                        }
                    }
                }
            }
        }
        System.out.printf("growth replay: %d identities, %d arcs, ETPs %d (budget %d), fresh build %d%n", n, arcs.size(),
                etp.etpsSent(), total, fresh.etpsSent());
    }

    static int[] positions(final String csv) {
        return Arrays.stream(csv.split(",")).mapToInt(Integer::parseInt).toArray();
    }

    static List<String[]> readTrace() throws IOException {
        final List<String[]> calls = new ArrayList<>();
        try (InputStream in = Objects.requireNonNull(EtpNetworkGrowthReplayTest.class.getResourceAsStream(TRACE), TRACE);
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (!line.isBlank()) {
                    calls.add(line.trim().split(" "));
                }
            }
        }
        return calls;
    }
}
