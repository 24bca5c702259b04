package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.engine.Simulation;

/**
 * Message-level QSPN run to quiescence on a fixed network: identities with fully real addresses and
 * undirected arcs with positive costs (µs). Unlike the scripted replay ({@code org.ntksim.scenario}),
 * where the scenario names which identity processes which ETP, here ETPs flow by themselves as events
 * of an {@link Simulation}:
 *
 * <ol>
 *   <li>at time 0 every identity sends a full ETP (its address, no paths yet) through each of its arcs;</li>
 *   <li>an ETP crossing an arc arrives after the arc's {@link Latency latency}; the receiver learns it with
 *       {@link PathMap#receive} (grouping and acyclic rules; a full ETP replaces what the arc taught);</li>
 *   <li>if what the receiver would tell its neighbours changed, it sends a <b>full</b> ETP through every arc
 *       (except, when every change of the batch came through one arc, that arc: all those paths cross the
 *       sender's g-node and the sender would drop them by the acyclic rule). Receptions at the same instant
 *       are coalesced into one send, scheduled at the same instant after them;</li>
 *   <li>the run ends when the event queue is empty (quiescence).</li>
 * </ol>
 *
 * <p><b>What an ETP carries.</b> Full ETPs are the simplest correct choice: a full ETP withdraws what it
 * does not list, so no message can leave stale state behind. The sender lists, for each distinct hop list
 * (in its own coordinates), only its cheapest path. This loses nothing: the receiver's view of a path (hops
 * after the grouping and acyclic rules, cost plus the arc's) depends only on the hop list and the cost, and
 * every choice made from a map (best path; best path avoiding a neighbour's g-node) is "cheapest among the
 * paths whose hops satisfy a predicate", so a costlier path with the same hops never wins anything.
 * Retention is unlimited as in {@link PathMap} (no limit of 5 disjoint paths): the converged maps are the
 * ideal QSPN ones, independent of the timing of the messages.
 *
 * <p><b>Tables.</b> {@link #best} and {@link #bestAvoiding} apply the rule of
 * {@code routes.RoutePlanner} (the proof's {@code find_best_route_to_dest_foreach_table}) to the converged
 * maps: ntk takes the cheapest path; the table of neighbour v the cheapest path whose hop list does not
 * contain h_v, v's maximum distinct g-node. Ties: lower cost, then lower arc id, then learning order.
 *
 * <p>Arc keys of the paths are arc ids (as returned by {@link Builder#addArc}). Not thread-safe; one run per
 * instance.
 */
public final class QspnConvergence {

    /** How long an ETP takes to cross an arc. */
    public enum Latency {
        /** The arc's cost, read as µs (costs are round-trip measures in µs): cheap arcs are fast. */
        COST_MICROS,
        /** 1 ms on every arc: synchronous rounds, as the replay's delivery queue does. */
        FIXED_1MS;

        long ns(final long costMicros) {
            return this == COST_MICROS ? Math.multiplyExact(costMicros, 1000L) : 1_000_000L;
        }
    }

    private final Topology topology;
    private final List<NetsukukuAddress> addresses;
    private final int[] arcA;
    private final int[] arcB;
    private final long[] arcCost;
    private final int[][] arcsOf;          // identity -> its arc ids, in id order
    private final PathMap[] maps;
    private final Map<List<HCoord>, Long>[] told;   // what each identity last sent (hops -> cost)
    private final List<List<Integer>> changedArcs;  // per identity: arcs that changed its summary since its last send
    private final boolean[] sendPending;
    private long etpsSent;
    private long pathsSent;
    private long etpsReceived;
    private long quiescenceNs = -1;

    @SuppressWarnings("unchecked")
    private QspnConvergence(final Topology topology, final List<NetsukukuAddress> addresses, final int[] arcA,
            final int[] arcB, final long[] arcCost) {
        this.topology = topology;
        this.addresses = List.copyOf(addresses);
        this.arcA = arcA;
        this.arcB = arcB;
        this.arcCost = arcCost;
        final int n = addresses.size();
        final int[] degree = new int[n];
        for (int a = 0; a < arcA.length; a++) {
            degree[arcA[a]]++;
            degree[arcB[a]]++;
        }
        arcsOf = new int[n][];
        for (int i = 0; i < n; i++) {
            arcsOf[i] = new int[degree[i]];
            degree[i] = 0;
        }
        for (int a = 0; a < arcA.length; a++) {
            arcsOf[arcA[a]][degree[arcA[a]]++] = a;
            arcsOf[arcB[a]][degree[arcB[a]]++] = a;
        }
        maps = new PathMap[n];
        told = new Map[n];
        changedArcs = new ArrayList<>();
        sendPending = new boolean[n];
        for (int i = 0; i < n; i++) {
            maps[i] = PathMap.bootstrapped();
            told[i] = Map.of();
            changedArcs.add(new ArrayList<>());
        }
    }

    /** A builder for a network of {@code topology}. */
    public static Builder builder(final Topology topology) {
        return new Builder(topology);
    }

    /**
     * Runs the exchange on {@code simulation} (which must have no pending events) until quiescence.
     *
     * @return the number of ETPs sent
     * @throws IllegalStateException if called twice
     */
    public long run(final Simulation simulation, final Latency latency) {
        Objects.requireNonNull(latency, "latency");
        if (quiescenceNs >= 0) {
            throw new IllegalStateException("already run");
        }
        if (simulation.pendingEvents() != 0) {
            throw new IllegalArgumentException("the simulation has " + simulation.pendingEvents() + " pending events");
        }
        final long startNs = simulation.nowNs();
        for (int i = 0; i < addresses.size(); i++) {
            send(simulation, latency, i, -1);
        }
        simulation.run();
        quiescenceNs = simulation.nowNs() - startNs;
        return etpsSent;
    }

    private void send(final Simulation sim, final Latency latency, final int from, final int exceptArc) {
        final Map<List<HCoord>, Long> summary = summary(from);
        told[from] = summary;
        final List<Path> paths = new ArrayList<>(summary.size());
        summary.forEach((hops, cost) -> paths.add(new Path(-1, hops, cost)));
        final Etp etp = new Etp(addresses.get(from), paths);
        for (final int arc : arcsOf[from]) {
            if (arc == exceptArc) {
                continue;
            }
            final int to = arcA[arc] == from ? arcB[arc] : arcA[arc];
            etpsSent++;
            pathsSent += paths.size();
            sim.schedule(latency.ns(arcCost[arc]), () -> receive(sim, latency, to, arc, etp));
        }
    }

    private void receive(final Simulation sim, final Latency latency, final int self, final int arc, final Etp etp) {
        etpsReceived++;
        maps[self].receive(addresses.get(self), arc, arcCost[arc], etp);
        final List<Integer> changed = changedArcs.get(self);
        if (summary(self).equals(told[self])) {
            // this ETP undid an earlier change of the batch, or taught nothing new
            changed.remove(Integer.valueOf(arc));
            return;
        }
        if (!changed.contains(arc)) {
            changed.add(arc);
        }
        if (!sendPending[self]) {
            sendPending[self] = true;
            // same instant, after every reception already scheduled for it (the engine orders by time, then sequence)
            sim.schedule(0L, () -> flush(sim, latency, self));
        }
    }

    private void flush(final Simulation sim, final Latency latency, final int self) {
        sendPending[self] = false;
        final List<Integer> changed = changedArcs.get(self);
        if (changed.isEmpty() || summary(self).equals(told[self])) {
            changed.clear();
            return;
        }
        final int except = changed.size() == 1 ? changed.get(0) : -1;
        changed.clear();
        send(sim, latency, self, except);
    }

    /** What identity {@code i} tells its neighbours: the cheapest cost of each distinct hop list it knows. */
    private Map<List<HCoord>, Long> summary(final int i) {
        final Map<List<HCoord>, Long> out = new LinkedHashMap<>();
        for (final Path p : maps[i].fullEtp(addresses.get(i)).paths()) {
            out.merge(p.hops(), p.costMicros(), Math::min);
        }
        return out;
    }

    /** ETPs sent during the run (one per arc crossed). */
    public long etpsSent() {
        return etpsSent;
    }

    /** Paths carried by all ETPs sent (the sum of their sizes). */
    public long pathsSent() {
        return pathsSent;
    }

    /** ETPs received and processed (equals {@link #etpsSent()} after the run). */
    public long etpsReceived() {
        return etpsReceived;
    }

    /** Simulated time from the start of the run to the last event, in ns; -1 before the run. */
    public long quiescenceNs() {
        return quiescenceNs;
    }

    public Topology topology() {
        return topology;
    }

    public int identityCount() {
        return addresses.size();
    }

    public NetsukukuAddress address(final int identity) {
        return addresses.get(identity);
    }

    /** The converged map of an identity. */
    public PathMap map(final int identity) {
        return maps[identity];
    }

    /** The identity at the other end of {@code arc} from {@code identity}. */
    public int peer(final int identity, final int arc) {
        return arcA[arc] == identity ? arcB[arc] : arcA[arc];
    }

    /** The arcs of an identity, in id order. */
    public int[] arcsOf(final int identity) {
        return arcsOf[identity].clone();
    }

    /** h_v as seen by {@code self}: the g-node of {@code v} at the highest level where their addresses differ. */
    public HCoord maxDistinct(final int v, final int self) {
        final NetsukukuAddress a = addresses.get(v);
        final int level = a.highestDifferingLevel(addresses.get(self));
        return new HCoord(level, a.position(level));
    }

    /** The path table ntk of {@code identity} uses for {@code destination}: its cheapest path, if any. */
    public Optional<Path> best(final int identity, final HCoord destination) {
        final List<Path> routes = maps[identity].routesTo(addresses.get(identity), destination);
        return routes.isEmpty() ? Optional.empty() : Optional.of(routes.get(0));
    }

    /**
     * The path the table of the neighbour reached through {@code arc} uses for {@code destination}: the
     * cheapest path whose hops do not contain the neighbour's maximum distinct g-node (empty = unreachable).
     */
    public Optional<Path> bestAvoiding(final int identity, final int arc, final HCoord destination) {
        final HCoord hv = maxDistinct(peer(identity, arc), identity);
        return PathMap.firstAvoiding(maps[identity].routesTo(addresses.get(identity), destination), hv);
    }

    /** Builds a {@link QspnConvergence}. Not thread-safe. */
    public static final class Builder {
        private final Topology topology;
        private final List<NetsukukuAddress> addresses = new ArrayList<>();
        private final Map<NetsukukuAddress, Integer> byAddress = new HashMap<>();
        private final List<long[]> arcs = new ArrayList<>();

        private Builder(final Topology topology) {
            this.topology = Objects.requireNonNull(topology, "topology");
        }

        /** Adds an identity with a fully real address, distinct from the others; returns its id (0, 1, ...). */
        public int addIdentity(final NetsukukuAddress address) {
            if (!address.topology().equals(topology)) {
                throw new IllegalArgumentException("address " + address + " is not of topology " + topology);
            }
            if (!address.isFullyReal()) {
                throw new IllegalArgumentException("address " + address + " is not fully real");
            }
            if (byAddress.putIfAbsent(address, addresses.size()) != null) {
                throw new IllegalArgumentException("address " + address + " is used twice");
            }
            addresses.add(address);
            return addresses.size() - 1;
        }

        /** Adds an undirected arc of positive cost (µs); returns its id (0, 1, ...), also the arc key of paths. */
        public int addArc(final int a, final int b, final long costMicros) {
            final int n = addresses.size();
            if (a < 0 || b < 0 || a >= n || b >= n || a == b) {
                throw new IllegalArgumentException("bad arc endpoints " + a + ", " + b + " (identities: " + n + ")");
            }
            if (costMicros <= 0) {
                throw new IllegalArgumentException("arc cost must be > 0, was " + costMicros);
            }
            arcs.add(new long[] {a, b, costMicros});
            return arcs.size() - 1;
        }

        public QspnConvergence build() {
            final int m = arcs.size();
            final int[] a = new int[m];
            final int[] b = new int[m];
            final long[] c = new long[m];
            for (int k = 0; k < m; k++) {
                a[k] = (int) arcs.get(k)[0];
                b[k] = (int) arcs.get(k)[1];
                c[k] = arcs.get(k)[2];
            }
            return new QspnConvergence(topology, addresses, a, b, c);
        }
    }
}
