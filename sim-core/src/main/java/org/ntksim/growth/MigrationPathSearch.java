package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * The Hooking module's search for the shortest migration path (spec §5.4; reference
 * {@code hooking/AnalisiFunzionale.md}, "Algoritmo di ricerca", {@code FindShortestMig}), with a
 * global view of the network instead of messages to Coordinators.
 *
 * <p>A breadth-first search over g-nodes starting at the level-(l+1) g-node of the contact node v
 * (l = level of the entering g-node). Visiting g-node X of level k: if X has a free real position
 * at level k-1 it is a solution (host level k, distance = depth); otherwise X would give a
 * <em>virtual</em> (connectivity) position to one of its border g-nodes, and the lowest ancestor of X
 * with a free real position, if its level is {@code <= maxHostLvl}, is a solution of host level above
 * k; then the search goes on to the level-k g-nodes adjacent to X (an arc from a member of X to a
 * member of Y), through a border g-node of X with a real position at level k-1, skipping g-nodes
 * already visited and g-nodes with a virtual position at level {@code >= k}. A solution whose host
 * level hl satisfies {@code hl <= l + ε} ends the search; an unsatisfying one is kept and lowers
 * {@code maxHostLvl} to {@code hl - 1}. The search stops when the depth reaches
 * {@code prev + 5} and {@code 1.3 · prev} of the last solution, the configured maximum distance,
 * or the visit budget. Among the solutions found (in order), s(i+1) is preferred to s(i) if
 * {@code d(i+1) < d(i) + 5} or {@code d(i+1) < 1.3 · d(i)}.
 *
 * <p>Cost: O(members scanned × degree) of the visited g-nodes, bounded by {@code maxVisits}.
 * Scratch lists are reused; not thread-safe.
 */
public final class MigrationPathSearch {

    /** A chosen migration path, ready to execute. Steps are p1..pm, p1 holds the contact node. */
    public record Plan(int askLevel, int hostLevel, int newPosition, int[] stepLevel, int[] stepRep, int[] border) {
        /** Number of migrations (m - 1). */
        public int distance() {
            return stepLevel.length - 1;
        }
    }

    private final HierarchyState state;
    private final Universe universe;
    private final boolean[] linkUp;
    private final IntArrayList stepLevel = new IntArrayList();
    private final IntArrayList stepRep = new IntArrayList();
    private final IntArrayList stepParent = new IntArrayList();
    private final IntArrayList stepBorder = new IntArrayList();
    private final IntArrayList stepDist = new IntArrayList();
    private final IntArrayList solStep = new IntArrayList();
    private final IntArrayList solHostLevel = new IntArrayList();
    private final IntArrayList solPos = new IntArrayList();
    private final LongOpenHashSet visited = new LongOpenHashSet();
    private final IntArrayList members = new IntArrayList();
    private final IntArrayList bfs = new IntArrayList();
    private final it.unimi.dsi.fastutil.longs.Long2ByteOpenHashMap borderOk = new it.unimi.dsi.fastutil.longs.Long2ByteOpenHashMap();
    private final int[] stamp;
    private int epoch;
    private long lastVisits;
    private boolean lastTruncated;

    /**
     * @param state addresses and g-nodes
     * @param universe the potential network
     * @param linkUp per universe link: whether it is an arc now (read, not written)
     */
    public MigrationPathSearch(final HierarchyState state, final Universe universe, final boolean[] linkUp) {
        this.state = state;
        this.universe = universe;
        this.linkUp = linkUp;
        this.stamp = new int[state.n];
    }

    /** Nodes scanned by the last search. */
    public long lastVisits() {
        return lastVisits;
    }

    /** Whether the last search hit the visit budget. */
    public boolean lastTruncated() {
        return lastTruncated;
    }

    /**
     * Finds where a g-node of level {@code askLevel} can enter through contact node {@code v}.
     *
     * @return the preferred solution, or null if there is none within the bounds
     */
    public Plan search(final int v, final int askLevel, final int epsilon, final int maxDistance, final int maxVisits) {
        final int levels = state.levels;
        final int firstHostLvl = askLevel + 1;
        if (firstHostLvl > levels) {
            return null;
        }
        final int okHostLvl = Math.max(askLevel + epsilon, firstHostLvl);
        int maxHostLvl = levels;
        int prevSolDistance = -1;
        stepLevel.clear();
        stepRep.clear();
        stepParent.clear();
        stepBorder.clear();
        stepDist.clear();
        solStep.clear();
        solHostLevel.clear();
        solPos.clear();
        visited.clear();
        borderOk.clear();
        lastVisits = 0;
        lastTruncated = false;
        addStep(firstHostLvl, v, -1, -1, 0);
        visited.add(state.keyOf(v, firstHostLvl));
        for (int head = 0; head < stepLevel.size(); head++) {
            final int d = stepDist.getInt(head);
            if (prevSolDistance != -1 && prevSolDistance + 5 <= d && prevSolDistance * 1.3 <= d) {
                break;
            }
            final int k = stepLevel.getInt(head);
            final int rep = stepRep.getInt(head);
            if (k > maxHostLvl || !state.isRealFrom(rep, k)) {
                continue;
            }
            final int free = state.freeRealPosition(rep, k);
            if (free >= 0) {
                addSolution(head, k, free);
                if (k <= okHostLvl) {
                    break;
                }
                prevSolDistance = d;
                maxHostLvl = k - 1;
                continue;
            }
            int f = k + 1;
            while (f <= maxHostLvl && state.isSaturated(rep, f)) {
                f++;
            }
            if (f <= maxHostLvl) {
                addSolution(head, f, state.freeRealPosition(rep, f));
                if (f <= okHostLvl) {
                    break;
                }
                prevSolDistance = d;
                maxHostLvl = f - 1;
            }
            // the whole network (k = levels) has no adjacent g-node of its level
            if (k > maxHostLvl || k == levels || d + 1 > maxDistance) {
                continue;
            }
            if (!expand(head, k, rep, d, maxVisits)) {
                lastTruncated = true;
                break;
            }
        }
        if (solStep.isEmpty()) {
            return null;
        }
        int chosen = 0;
        for (int i = 1; i < solStep.size(); i++) {
            final int dPrev = stepDist.getInt(solStep.getInt(chosen));
            final int dNext = stepDist.getInt(solStep.getInt(i));
            if (dNext < dPrev + 5 || dNext < 1.3 * dPrev) {
                chosen = i;
            }
        }
        return plan(askLevel, chosen);
    }

    /** Enqueues the level-k g-nodes adjacent to the one of {@code rep}; false if the budget ran out. */
    private boolean expand(final int parent, final int k, final int rep, final int d, final int maxVisits) {
        final int levels = state.levels;
        final int[] pos = state.pos;
        final int network = state.net[rep];
        state.membersOf(rep, k, members);
        final long own = state.prefix(rep, k);
        // the g-node arriving in this step hangs on rep: the border that leaves must not contain rep
        final long repPrefix = state.prefix(rep, k - 1);
        for (int i = 0; i < members.size(); i++) {
            if (++lastVisits > maxVisits) {
                return false;
            }
            final int u = members.getInt(i);
            if (pos[u * levels + k - 1] >= state.gsize[k - 1]) {
                continue;
            }
            final long borderPrefix = state.prefix(u, k - 1);
            if (borderPrefix == repPrefix) {
                continue;
            }
            for (int s = universe.adjStart(u), e = universe.adjEnd(u); s < e; s++) {
                if (!linkUp[universe.adjLink(s)]) {
                    continue;
                }
                final int w = universe.adjNode(s);
                if (state.net[w] != network || state.prefix(w, k) == own || !state.isRealFrom(w, k)) {
                    continue;
                }
                final long key = state.keyOf(w, k);
                if (visited.contains(key)) {
                    continue;
                }
                // checked only for borders that would open a new step (the check is a BFS of p_i)
                if (!leavesConnected(rep, u, k, network, own, borderPrefix)) {
                    break;
                }
                visited.add(key);
                addStep(k, w, parent, u, d + 1);
            }
        }
        return true;
    }

    /**
     * Whether the level-k g-node of rep stays connected without the level-(k-1) g-node of u (cached
     * per border within one expansion): a border whose departure would split its g-node is not used,
     * so that the connectivity identity it leaves behind could be dismissed at once.
     */
    private boolean leavesConnected(final int rep, final int u, final int k, final int network, final long own,
            final long borderPrefix) {
        final byte cached = borderOk.get(borderPrefix);
        if (cached != 0) {
            return cached > 0;
        }
        final int expected = members.size() - state.members(state.recordOf(u, k - 1));
        final int mark = ++epoch;
        bfs.clear();
        bfs.add(rep);
        stamp[rep] = mark;
        for (int h = 0; h < bfs.size(); h++) {
            final int x = bfs.getInt(h);
            lastVisits++;
            for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
                final int y = universe.adjNode(s);
                if (linkUp[universe.adjLink(s)] && stamp[y] != mark && state.net[y] == network
                        && state.prefix(y, k) == own && state.prefix(y, k - 1) != borderPrefix) {
                    stamp[y] = mark;
                    bfs.add(y);
                }
            }
        }
        final boolean ok = bfs.size() == expected;
        borderOk.put(borderPrefix, ok ? (byte) 1 : (byte) -1);
        return ok;
    }

    private void addStep(final int level, final int rep, final int parent, final int border, final int dist) {
        stepLevel.add(level);
        stepRep.add(rep);
        stepParent.add(parent);
        stepBorder.add(border);
        stepDist.add(dist);
    }

    private void addSolution(final int step, final int hostLevel, final int position) {
        solStep.add(step);
        solHostLevel.add(hostLevel);
        solPos.add(position);
    }

    private Plan plan(final int askLevel, final int sol) {
        final int leaf = solStep.getInt(sol);
        final int m = stepDist.getInt(leaf) + 1;
        final int[] lv = new int[m];
        final int[] rp = new int[m];
        final int[] bd = new int[m];
        int s = leaf;
        for (int i = m - 1; i >= 0; i--) {
            lv[i] = stepLevel.getInt(s);
            rp[i] = stepRep.getInt(s);
            // the border recorded on step s is the member of step s's parent that migrates into s
            if (i > 0) {
                bd[i - 1] = stepBorder.getInt(s);
            }
            s = stepParent.getInt(s);
        }
        bd[m - 1] = -1;
        return new Plan(askLevel, solHostLevel.getInt(sol), solPos.getInt(sol), lv, rp, bd);
    }
}
