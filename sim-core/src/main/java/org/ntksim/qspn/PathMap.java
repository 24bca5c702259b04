package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;

/**
 * The paths one identity knows, grouped by the arc they leave by, as learnt from the last full ETP
 * received through each arc. Also tracks QSPN bootstrap: until the first ETP arrives no path is
 * exposed, so every route stays unreachable.
 *
 * <p>Simplification (documented in docs/model.md): all loop-free paths are kept; the proof's limit of
 * five disjoint paths plus mandatory ones only prunes paths that never win the choices made here
 * (best path, best path avoiding a neighbour's g-node) in the scenarios replayed.
 */
public final class PathMap {

    /** A path as seen from the owner's current address: its hops as hierarchical coordinates. */
    public record Route(int arcKey, List<HCoord> hops, long costMicros) {
        public HCoord destination() {
            return hops.get(hops.size() - 1);
        }
    }

    private final Map<Integer, List<Path>> byArc = new LinkedHashMap<>();
    private boolean bootstrapping;

    public PathMap(final boolean bootstrapping) {
        this.bootstrapping = bootstrapping;
    }

    public boolean isBootstrapping() {
        return bootstrapping;
    }

    /** A copy for a duplicated identity: the same knowledge, the same bootstrap state. */
    public PathMap copy() {
        final PathMap m = new PathMap(bootstrapping);
        byArc.forEach((k, v) -> m.byArc.put(k, new ArrayList<>(v)));
        return m;
    }

    /** Re-keys the paths of one arc (the copy of an identity gets new arc keys). */
    public void rekey(final int oldKey, final int newKey) {
        final List<Path> paths = byArc.remove(oldKey);
        if (paths != null) {
            final List<Path> moved = new ArrayList<>();
            for (final Path p : paths) {
                moved.add(new Path(newKey, p.hops(), p.costMicros()));
            }
            byArc.put(newKey, moved);
        }
    }

    /** Forgets what was learnt through an arc (arc removed, or its peer's knowledge is no longer ours). */
    public void forgetArc(final int arcKey) {
        byArc.remove(arcKey);
    }

    /**
     * Learns a full ETP received through arc {@code arcKey} of cost {@code arcCostMicros}: the sender
     * itself plus every path of the sender, each prolonged by the arc. Ends bootstrap.
     */
    public void receive(final int arcKey, final long arcCostMicros, final Etp etp) {
        final GNode sender = GNode.containing(etp.sender(), 0);
        final List<Path> learnt = new ArrayList<>();
        learnt.add(new Path(arcKey, List.of(sender), arcCostMicros));
        for (final Path p : etp.paths()) {
            final List<GNode> hops = new ArrayList<>();
            hops.add(sender);
            hops.addAll(p.hops());
            learnt.add(new Path(arcKey, hops, arcCostMicros + p.costMicros()));
        }
        byArc.put(arcKey, learnt);
        bootstrapping = false;
    }

    /** What this identity tells its neighbours in a full ETP. */
    public Etp fullEtp(final NetsukukuAddress self) {
        final List<Path> all = new ArrayList<>();
        byArc.values().forEach(all::addAll);
        return new Etp(self, all);
    }

    /**
     * The loop-free paths to {@code destination} as seen from {@code self}, cheapest first (ties keep
     * arc order, then learning order). Empty during bootstrap.
     */
    public List<Route> routesTo(final NetsukukuAddress self, final HCoord destination) {
        final List<Route> out = new ArrayList<>();
        if (bootstrapping) {
            return out;
        }
        for (final List<Path> paths : byArc.values()) {
            for (final Path p : paths) {
                seenFrom(self, p).filter(r -> r.destination().equals(destination)).ifPresent(out::add);
            }
        }
        out.sort(Comparator.comparingLong(Route::costMicros));
        return out;
    }

    /** Applies the grouping rule (hops inside one of my g-nodes collapse) and the acyclic rule. */
    private static Optional<Route> seenFrom(final NetsukukuAddress self, final Path p) {
        final List<HCoord> hops = new ArrayList<>();
        for (final GNode g : p.hops()) {
            final Optional<HCoord> h = g.seenFrom(self);
            if (h.isEmpty()) {
                return Optional.empty();
            }
            if (hops.isEmpty() || !hops.get(hops.size() - 1).equals(h.get())) {
                if (hops.contains(h.get())) {
                    return Optional.empty();
                }
                hops.add(h.get());
            }
        }
        return Optional.of(new Route(p.arcKey(), hops, p.costMicros()));
    }
}
