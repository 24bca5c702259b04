package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import java.util.ArrayList;
import java.util.List;

/**
 * Which g-nodes touch which, kept up to date: for every g-node record R of level 1 .. levels-1, the
 * multiset of the other level-R g-nodes of its network joined to it by an arc (record id → number of
 * arcs between a member of R and a member of it). Level 0 is not stored: a single node's neighbours
 * are its universe links.
 *
 * <p>An arc counts when its link is up and both ends are present in the same network. Every change
 * of that goes through {@link #placed}, {@link #removing} (called by {@link HierarchyState} around
 * every address change) or {@link #linkChanged} (called by the owner of {@code linkUp} after it flips
 * a link): {@code O(levels × degree)} per moved node. So a g-node that becomes empty has an empty
 * map, and its recycled record starts clean.
 *
 * <p>What it is for: {@link MigrationPathSearch} finds the g-nodes adjacent to X through X's children
 * and checks that X stays connected without one child by a search over at most {@code 2·gsize}
 * children, instead of over all members of X and their links. Not thread-safe.
 */
final class GnodeAdjacency implements java.io.Serializable {
    private final HierarchyState state;
    private final Universe universe;
    private final boolean[] linkUp;
    private final List<Int2IntOpenHashMap> byRecord = new ArrayList<>();
    private final it.unimi.dsi.fastutil.ints.IntArrayList queue = new it.unimi.dsi.fastutil.ints.IntArrayList();
    private int[] stamps = new int[1024];
    private int epoch;

    GnodeAdjacency(final HierarchyState state, final Universe universe, final boolean[] linkUp) {
        this.state = state;
        this.universe = universe;
        this.linkUp = linkUp;
        state.attach(this);
    }

    /** Neighbours of record {@code rec} (level >= 1) with arc counts; empty if none. Do not modify. */
    Int2IntMap neighbours(final int rec) {
        final Int2IntOpenHashMap m = rec < byRecord.size() ? byRecord.get(rec) : null;
        return m == null ? EMPTY : m;
    }

    /** One more than the highest record id that ever had neighbours (for tests that scan them all). */
    int recordSlots() {
        return byRecord.size();
    }

    /** Number of arcs between records {@code a} and {@code b} of one level >= 1. */
    int arcs(final int a, final int b) {
        return neighbours(a).get(b);
    }

    /**
     * Whether present nodes a and b, in one g-node G of {@code level >= 2}, are connected inside G:
     * a path between their children in G's children graph. Exact when every child of G is internally
     * connected (the split handling checks the levels bottom-up, so the children are checked first).
     * Cost: at most the children of G and their adjacent g-nodes, not G's members.
     */
    boolean connectedInside(final int a, final int b, final int level) {
        final int g = state.recAt(a, level);
        final int from = state.recAt(a, level - 1);
        final int to = state.recAt(b, level - 1);
        if (from == to) {
            return true;
        }
        final int mark = ++epoch;
        queue.clear();
        queue.add(from);
        stamp(from, mark);
        for (int h = 0; h < queue.size(); h++) {
            for (final Int2IntMap.Entry e : neighbours(queue.getInt(h)).int2IntEntrySet()) {
                final int z = e.getIntKey();
                if (z == to) {
                    return true;
                }
                if (state.parentRecord(z) == g && !stamped(z, mark)) {
                    stamp(z, mark);
                    queue.add(z);
                }
            }
        }
        return false;
    }

    private boolean stamped(final int rec, final int mark) {
        return rec < stamps.length && stamps[rec] == mark;
    }

    private void stamp(final int rec, final int mark) {
        if (rec >= stamps.length) {
            stamps = java.util.Arrays.copyOf(stamps, Math.max(rec + 1, 2 * stamps.length));
        }
        stamps[rec] = mark;
    }

    /** {@code node} has just been placed: its arcs to present nodes of its network start counting. */
    void placed(final int node) {
        eachArc(node, +1);
    }

    /** {@code node} is about to leave its place: its arcs stop counting. */
    void removing(final int node) {
        eachArc(node, -1);
    }

    /** {@code linkUp[link]} has just flipped. */
    void linkChanged(final int link) {
        arc(universe.linkA(link), universe.linkB(link), linkUp[link] ? +1 : -1);
    }

    private void eachArc(final int node, final int delta) {
        for (int s = universe.adjStart(node), e = universe.adjEnd(node); s < e; s++) {
            if (linkUp[universe.adjLink(s)]) {
                arc(node, universe.adjNode(s), delta);
            }
        }
    }

    private void arc(final int a, final int b, final int delta) {
        final int network = state.net[a];
        if (network < 0 || network != state.net[b]) {
            return;
        }
        for (int level = 1; level < state.levels; level++) {
            final int ra = state.recAt(a, level);
            final int rb = state.recAt(b, level);
            if (ra == rb) {
                // same g-node here, so same above
                return;
            }
            add(ra, rb, delta);
            add(rb, ra, delta);
        }
    }

    private void add(final int rec, final int other, final int delta) {
        while (byRecord.size() <= rec) {
            byRecord.add(null);
        }
        Int2IntOpenHashMap m = byRecord.get(rec);
        if (m == null) {
            m = new Int2IntOpenHashMap(4);
            byRecord.set(rec, m);
        }
        final int now = m.addTo(other, delta) + delta;
        if (now == 0) {
            m.remove(other);
        } else if (now < 0) {
            throw new IllegalStateException("arc count below zero between records " + rec + " and " + other);
        }
    }

    private static final Int2IntMap EMPTY = it.unimi.dsi.fastutil.ints.Int2IntMaps.EMPTY_MAP;
}
