package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;

/**
 * Test oracle: the member-scanning migration-path search that {@link MigrationPathSearch} replaced
 * (it walks every member of a visited g-node and its links, and checks a border's departure by a BFS
 * over nodes), extended with the same rule of the new one that a border must leave every g-node it
 * leaves (X and its ancestors below the level where old and new place meet) connected. Slow; for
 * small grown states only. Returns {@link MigrationPathSearch.Plan}s.
 */
final class ReferenceMigrationPathSearch {


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
    private final it.unimi.dsi.fastutil.longs.Long2ByteOpenHashMap ancestorOk = new it.unimi.dsi.fastutil.longs.Long2ByteOpenHashMap();
    private final int[] stamp;
    private int epoch;
    private long lastVisits;
    private boolean checkAncestors;
    private boolean lastStrict;

    /** Whether the last plan came from the pass that keeps every ancestor of a border's g-node connected. */
    boolean lastStrict() {
        return lastStrict;
    }
    private boolean lastTruncated;

    /**
     * @param state addresses and g-nodes
     * @param universe the potential network
     * @param linkUp per universe link: whether it is an arc now (read, not written)
     */
    ReferenceMigrationPathSearch(final HierarchyState state, final Universe universe, final boolean[] linkUp) {
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
    MigrationPathSearch.Plan search(final int v, final int askLevel, final int epsilon, final int maxDistance,
            final int maxVisits) {
        checkAncestors = false;
        lastStrict = false;
        final MigrationPathSearch.Plan plan = searchOnce(v, askLevel, epsilon, maxDistance, maxVisits);
        if (plan == null || plan.distance() == 0) {
            return plan;
        }
        checkAncestors = true;
        final MigrationPathSearch.Plan strict = searchOnce(v, askLevel, epsilon, plan.distance(), maxVisits);
        if (strict != null && strict.distance() <= plan.distance() && strict.hostLevel() <= plan.hostLevel()) {
            lastStrict = true;
            return strict;
        }
        return plan;
    }

    private MigrationPathSearch.Plan searchOnce(final int v, final int askLevel, final int epsilon,
            final int maxDistance, final int maxVisits) {
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
        ancestorOk.clear();
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

    /**
     * Enqueues the level-k g-nodes adjacent to the one of {@code rep}: borders by position; for each,
     * the adjacent g-nodes found from all its members' links, in order of prefix, each through the
     * lowest-positioned child touching the border (the same canonical order as the search under test).
     */
    private boolean expand(final int parent, final int k, final int rep, final int d, final int maxVisits) {
        final int levels = state.levels;
        final int[] pos = state.pos;
        final int network = state.net[rep];
        state.membersOf(rep, k, members);
        final long own = state.prefix(rep, k);
        final long repPrefix = state.prefix(rep, k - 1);
        for (int p = 0; p < state.gsize[k - 1]; p++) {
            final java.util.TreeMap<Long, Integer> targets = new java.util.TreeMap<>();
            int u = -1;
            for (int i = 0; i < members.size(); i++) {
                if (++lastVisits > maxVisits) {
                    return false;
                }
                final int x = members.getInt(i);
                if (pos[x * levels + k - 1] != p || state.prefix(x, k - 1) == repPrefix) {
                    continue;
                }
                u = x;
                for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
                    if (!linkUp[universe.adjLink(s)]) {
                        continue;
                    }
                    final int w = universe.adjNode(s);
                    if (state.net[w] != network || state.prefix(w, k) == own || !state.isRealFrom(w, k)) {
                        continue;
                    }
                    final long sk = state.prefix(w, k) * 4096 + pos[w * levels + k - 1];
                    targets.putIfAbsent(sk, w);
                }
            }
            if (u < 0) {
                continue;
            }
            final long borderPrefix = state.prefix(u, k - 1);
            for (final java.util.Map.Entry<Long, Integer> t : targets.entrySet()) {
                final int w = t.getValue();
                final long key = state.keyOf(w, k);
                if (visited.contains(key)) {
                    continue;
                }
                if (!leavesConnected(rep, u, k, network, own, borderPrefix)) {
                    break;
                }
                int meet = k + 1;
                while (state.prefix(u, meet) != state.prefix(w, meet)) {
                    meet++;
                }
                boolean ancestorsOk = true;
                for (int j = k + 1; j < meet && ancestorsOk && checkAncestors; j++) {
                    ancestorsOk = ancestorLeftConnected(rep, u, j, network, borderPrefix, k);
                }
                if (!ancestorsOk) {
                    continue;
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

    /** Whether the level-j g-node of rep stays connected without the level-(k-1) g-node of u (node BFS). */
    private boolean ancestorLeftConnected(final int rep, final int u, final int j, final int network,
            final long borderPrefix, final int k) {
        final long cacheKey = borderPrefix * 64 + j;
        final byte cached = ancestorOk.get(cacheKey);
        if (cached != 0) {
            return cached > 0;
        }
        final long own = state.prefix(rep, j);
        final int expected = state.members(state.recordOf(rep, j)) - state.members(state.recordOf(u, k - 1));
        final int mark = ++epoch;
        bfs.clear();
        bfs.add(rep);
        stamp[rep] = mark;
        for (int h = 0; h < bfs.size(); h++) {
            final int x = bfs.getInt(h);
            for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
                final int y = universe.adjNode(s);
                if (linkUp[universe.adjLink(s)] && stamp[y] != mark && state.net[y] == network
                        && state.prefix(y, j) == own && state.prefix(y, k - 1) != borderPrefix) {
                    stamp[y] = mark;
                    bfs.add(y);
                }
            }
        }
        final boolean ok = bfs.size() == expected;
        ancestorOk.put(cacheKey, ok ? (byte) 1 : (byte) -1);
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

    private MigrationPathSearch.Plan plan(final int askLevel, final int sol) {
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
        return new MigrationPathSearch.Plan(askLevel, solHostLevel.getInt(sol), solPos.getInt(sol), lv, rp, bd);
    }
}
