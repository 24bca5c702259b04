package org.ntksim.qspn;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;

/**
 * The paths one identity knows, grouped by the arc they leave by, as learnt from the last full ETP
 * received through each arc. Also tracks QSPN bootstrap: until the first ETP arrives, no path to a
 * destination at or above the bootstrap level is exposed, so those routes stay unreachable.
 *
 * <p>Simplification (docs/model.md): every loop-free path is kept; the proof's limit of five disjoint
 * paths plus the mandatory ones only prunes paths that never win the two choices made from this map
 * (best path; best path avoiding a neighbour's g-node) in the replayed scenarios.
 */
public final class PathMap {

    /** No bootstrap pending. */
    private static final int BOOTSTRAP_DONE = Integer.MAX_VALUE;

    private final Map<Integer, List<Path>> byArc = new LinkedHashMap<>();
    private int bootstrapFromLevel;

    private PathMap(final int bootstrapFromLevel) {
        this.bootstrapFromLevel = bootstrapFromLevel;
    }

    /** A map with bootstrap over (a lone node that just started). */
    public static PathMap bootstrapped() {
        return new PathMap(BOOTSTRAP_DONE);
    }

    /** A map in bootstrap for destinations of level {@code level} and above (a g-node of that level just entered a network). */
    public static PathMap bootstrappingFrom(final int level) {
        return new PathMap(level);
    }

    public boolean isBootstrapping() {
        return bootstrapFromLevel != BOOTSTRAP_DONE;
    }

    /**
     * Copies the paths of one arc into {@code target} under the key {@code newKey}, keeping only those
     * that stay inside g-nodes below {@code belowLevel} (what a moving g-node still knows of itself).
     */
    public void copyArcInto(final PathMap target, final int oldKey, final int newKey, final int belowLevel) {
        final List<Path> copied = new ArrayList<>();
        for (final Path p : byArc.getOrDefault(oldKey, List.of())) {
            if (p.hops().stream().allMatch(h -> h.level() < belowLevel)) {
                copied.add(new Path(newKey, p.hops(), p.costMicros()));
            }
        }
        if (!copied.isEmpty()) {
            target.byArc.put(newKey, copied);
        }
    }

    /** Forgets what was learnt through an arc (the arc is gone). */
    public void forgetArc(final int arcKey) {
        byArc.remove(arcKey);
    }

    /**
     * Learns a full ETP received by {@code self} through arc {@code arcKey} of cost {@code arcCostMicros}:
     * the sender itself plus every path of the sender, each prolonged by the arc and seen from {@code self}
     * (grouping rule: hops inside one of my g-nodes collapse into it; acyclic rule: paths through my own
     * g-nodes are dropped). Ends the bootstrap.
     */
    public void receive(final NetsukukuAddress self, final int arcKey, final long arcCostMicros, final Etp etp) {
        final NetsukukuAddress sender = etp.sender();
        final Optional<HCoord> senderHop = maxDistinct(self, sender, 0, sender.position(0));
        final List<Path> learnt = new ArrayList<>();
        if (senderHop.isPresent()) {
            learnt.add(new Path(arcKey, List.of(senderHop.get()), arcCostMicros));
            for (final Path p : etp.paths()) {
                final List<HCoord> hops = new ArrayList<>();
                hops.add(senderHop.get());
                boolean loop = false;
                for (final HCoord h : p.hops()) {
                    final Optional<HCoord> mine = maxDistinct(self, sender, h.level(), h.pos());
                    if (mine.isEmpty()) {
                        loop = true;
                        break;
                    }
                    if (!hops.get(hops.size() - 1).equals(mine.get())) {
                        if (hops.contains(mine.get())) {
                            loop = true;
                            break;
                        }
                        hops.add(mine.get());
                    }
                }
                if (!loop) {
                    learnt.add(new Path(arcKey, hops, arcCostMicros + p.costMicros()));
                }
            }
        }
        byArc.put(arcKey, learnt);
        bootstrapFromLevel = BOOTSTRAP_DONE;
    }

    /**
     * The g-node (level {@code level}, position {@code pos}) of {@code sender}'s coordinates, seen from
     * {@code self}: its maximum distinct g-node, or empty if it contains {@code self}.
     */
    private static Optional<HCoord> maxDistinct(final NetsukukuAddress self, final NetsukukuAddress sender,
            final int level, final int pos) {
        final int levels = self.topology().levels();
        for (int i = levels - 1; i > level; i--) {
            if (sender.position(i) != self.position(i)) {
                return Optional.of(new HCoord(i, sender.position(i)));
            }
        }
        return pos != self.position(level) ? Optional.of(new HCoord(level, pos)) : Optional.empty();
    }

    /** What this identity tells its neighbours in a full ETP. */
    public Etp fullEtp(final NetsukukuAddress self) {
        final List<Path> all = new ArrayList<>();
        byArc.values().forEach(all::addAll);
        return new Etp(self, all);
    }

    /**
     * The paths to {@code destination}, cheapest first (ties: the older arc, then learning order); none
     * while the destination's level is in bootstrap. Paths through {@code self}'s own position (taken
     * after they were learnt) are loops and are left out.
     */
    public List<Path> routesTo(final NetsukukuAddress self, final HCoord destination) {
        final List<Path> out = new ArrayList<>();
        if (destination.level() >= bootstrapFromLevel) {
            return out;
        }
        for (final List<Path> paths : byArc.values()) {
            for (final Path p : paths) {
                if (p.destination().equals(destination)
                        && p.hops().stream().noneMatch(h -> self.position(h.level()) == h.pos())) {
                    out.add(p);
                }
            }
        }
        out.sort(Comparator.comparingLong(Path::costMicros).thenComparingInt(Path::arcKey));
        return out;
    }

    /**
     * The rule of a neighbour's forwarding table (the proof's {@code find_best_route_to_dest_foreach_table}):
     * the first of {@code cheapestFirst} whose hops do not contain {@code gnode}, the neighbour's maximum
     * distinct g-node; empty if every path crosses it.
     */
    public static Optional<Path> firstAvoiding(final List<Path> cheapestFirst, final HCoord gnode) {
        for (final Path r : cheapestFirst) {
            if (!r.hops().contains(gnode)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    /** Keys of the arcs that taught something. */
    public Set<Integer> arcKeys() {
        return byArc.keySet();
    }
}
