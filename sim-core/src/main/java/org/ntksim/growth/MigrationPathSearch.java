package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.Int2IntMap;
import it.unimi.dsi.fastutil.ints.Int2IntOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.longs.LongArrayList;
import it.unimi.dsi.fastutil.longs.LongArrays;
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
 * <p>Local: visiting X costs O(children of X × their adjacent g-nodes), read from the maintained
 * {@link GnodeAdjacency}, never O(members of X × degree); "X stays connected without border B" is a
 * cut-vertex query on X's children graph (one DFS per visited X), and an ancestor's connectivity is
 * read from arc counts, with a BFS over its at most {@code 2·gsize} children only when B carried the
 * last arc to a sibling (valid because every g-node is kept internally connected by the split
 * handling). Within one expansion the candidates are taken in a
 * canonical order (border by position; adjacent g-node by prefix; its hook child by position), so the
 * result does not depend on member-list or hash order. Bounded by {@code maxVisits} g-nodes scanned.
 * Scratch lists are reused; not thread-safe.
 */
public final class MigrationPathSearch implements java.io.Serializable {

    /** A chosen migration path, ready to execute. Steps are p1..pm, p1 holds the contact node. */
    public record Plan(int askLevel, int hostLevel, int newPosition, int[] stepLevel, int[] stepRep, int[] border) {
        /** Number of migrations (m - 1). */
        public int distance() {
            return stepLevel.length - 1;
        }
    }

    /** Bits for a child position in a candidate's sort key (positions < 2·gsize). */
    private static final int POSITION_BITS = 12;

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
    private final GnodeAdjacency adjacency;
    private final IntArrayList candidates = new IntArrayList();
    private final LongArrayList sortKeys = new LongArrayList();
    private final IntArrayList bfs = new IntArrayList();
    private final Int2IntOpenHashMap okTo = new Int2IntOpenHashMap();
    private final Int2IntOpenHashMap failAt = new Int2IntOpenHashMap();
    private final Int2IntOpenHashMap reduce = new Int2IntOpenHashMap();
    private int[] stamp = new int[1024];
    private int epoch;
    private long lastVisits;
    private boolean checkAncestors;
    private boolean lastRelaxed;
    private int cutsOf = -1;
    private boolean cutsReliable;
    private final IntArrayList kids = new IntArrayList();
    private final IntArrayList edgeStart = new IntArrayList();
    private final IntArrayList edgeTarget = new IntArrayList();
    private int[] localIndex = new int[1024];
    private int[] localStamp = new int[1024];
    private int localEpoch;
    private boolean[] cut = new boolean[64];
    private int[] disc = new int[64];
    private int[] low = new int[64];
    private int dfsTime;
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
        for (int l = 0; l < state.levels; l++) {
            if (2 * state.gsize[l] > 1 << POSITION_BITS) {
                throw new IllegalArgumentException("gsize " + state.gsize[l] + " at level " + l + " too large for the search"
                        + " (at most " + (1 << POSITION_BITS - 1) + ")");
            }
        }
        this.adjacency = new GnodeAdjacency(state, universe, linkUp);
    }

    /** {@code linkUp[link]} has just flipped: the maintained g-node adjacency follows. */
    public void linkChanged(final int link) {
        adjacency.linkChanged(link);
    }

    /** The maintained g-node adjacency (split checks read it too). */
    GnodeAdjacency adjacency() {
        return adjacency;
    }

    /** G-nodes scanned by the last search: borders examined and children visited by connectivity checks. */
    public long lastVisits() {
        return lastVisits;
    }

    /** Whether the last plan may split an ancestor of a border's g-node (no equally good plan avoids it). */
    public boolean lastRelaxed() {
        return lastRelaxed;
    }

    /** Whether the last search hit the visit budget. */
    public boolean lastTruncated() {
        return lastTruncated;
    }

    /**
     * Finds where a g-node of level {@code askLevel} can enter through contact node {@code v}: the
     * search of docs/growth.md §4 (a border must leave its own g-node X connected) fixes distance and
     * host level; if that plan migrates anything, a second search bounded to that distance keeps only
     * borders whose departure splits no ancestor of X either, and its plan is taken if it is as short
     * and its host level as low.
     *
     * @return the preferred solution, or null if there is none within the bounds
     */
    public Plan search(final int v, final int askLevel, final int epsilon, final int maxDistance, final int maxVisits) {
        lastVisits = 0;
        lastRelaxed = false;
        checkAncestors = false;
        final Plan plan = searchOnce(v, askLevel, epsilon, maxDistance, maxVisits);
        if (plan == null || plan.distance() == 0) {
            return plan;
        }
        final boolean truncated = lastTruncated;
        checkAncestors = true;
        final Plan strict = searchOnce(v, askLevel, epsilon, plan.distance(), maxVisits);
        lastTruncated = truncated;
        if (strict != null && strict.distance() <= plan.distance() && strict.hostLevel() <= plan.hostLevel()) {
            return strict;
        }
        lastRelaxed = true;
        return plan;
    }

    private Plan searchOnce(final int v, final int askLevel, final int epsilon, final int maxDistance,
            final int maxVisits) {
        final long visitsBefore = lastVisits;
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
            if (!expand(head, k, rep, d, visitsBefore + maxVisits)) {
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
     * Enqueues the level-k g-nodes adjacent to X, the one of {@code rep}, found through X's real
     * children (the borders) and their maintained adjacency; false if the budget ran out.
     */
    private boolean expand(final int parent, final int k, final int rep, final int d, final long maxVisits) {
        final int network = state.net[rep];
        final int x = state.recAt(rep, k);
        // the g-node arriving in this step hangs on rep: the border that leaves must not contain rep
        final int repChild = state.recAt(rep, k - 1);
        okTo.clear();
        failAt.clear();
        cutsOf = -1;
        for (int p = 0; p < state.gsize[k - 1]; p++) {
            final int b = state.childRecord(x, p);
            if (b < 0 || b == repChild) {
                continue;
            }
            if (++lastVisits > maxVisits) {
                return false;
            }
            final int u = state.anyMember(b);
            candidates.clear();
            if (k == 1) {
                for (int s = universe.adjStart(u), e = universe.adjEnd(u); s < e; s++) {
                    final int w = universe.adjNode(s);
                    if (linkUp[universe.adjLink(s)] && state.net[w] == network) {
                        candidates.add(state.recAt(w, 0));
                    }
                }
            } else {
                for (final Int2IntMap.Entry e : adjacency.neighbours(b).int2IntEntrySet()) {
                    candidates.add(e.getIntKey());
                }
            }
            // canonical order, independent of hash and member-list order: adjacent g-node by prefix,
            // then the child of it that becomes the hook by position (the lowest one touching b)
            sortKeys.clear();
            for (int i = 0; i < candidates.size(); i++) {
                final int c = candidates.getInt(i);
                final int y = state.parentRecord(c);
                if (y == x) {
                    continue;
                }
                final int w = state.anyMember(c);
                if (!state.isRealFrom(w, k) || visited.contains(state.recordKey(y))) {
                    continue;
                }
                sortKeys.add(state.prefix(w, k) << POSITION_BITS | state.pos[w * state.levels + k - 1]);
            }
            if (sortKeys.size() > 1) {
                LongArrays.quickSort(sortKeys.elements(), 0, sortKeys.size());
            }
            for (int i = 0; i < sortKeys.size(); i++) {
                final long sk = sortKeys.getLong(i);
                final long key = HierarchyState.key(network, k, sk >>> POSITION_BITS);
                if (visited.contains(key)) {
                    continue;
                }
                final int y = state.record(key);
                final int c = state.childRecord(y, (int) (sk & (1 << POSITION_BITS) - 1));
                final int meet = meetLevel(x, y, k);
                if (!leavesConnected(rep, b, x, k, checkAncestors ? meet - 1 : k)) {
                    if (failAt.get(b) == k) {
                        break;
                    }
                    continue;
                }
                visited.add(key);
                addStep(k, state.anyMember(c), parent, u, d + 1);
            }
        }
        return true;
    }

    /** Lowest level at which the ancestors of records x and y (both of level k) coincide. */
    private int meetLevel(final int x, final int y, final int k) {
        int ax = x;
        int ay = y;
        int level = k;
        while (ax != ay) {
            ax = state.parentRecord(ax);
            ay = state.parentRecord(ay);
            level++;
        }
        return level;
    }

    /**
     * Whether every g-node that border b (a child of x, level k - 1) would leave, x itself and its
     * ancestors up to level {@code topLevel}, stays connected without b (cached per border within one
     * expansion): a border whose departure would split a g-node is not used, so that the connectivity
     * identity it leaves behind could be dismissed at once. Level by level from k: with the levels
     * below already known connected without b, and every g-node internally connected (the split
     * handling keeps it so), the ancestor A of level j stays connected iff its children graph does,
     * where the child D holding b loses the arcs that b had.
     */
    private boolean leavesConnected(final int rep, final int b, final int x, final int k, final int topLevel) {
        int done = okTo.containsKey(b) ? okTo.get(b) : k - 1;
        final int failed = failAt.containsKey(b) ? failAt.get(b) : Integer.MAX_VALUE;
        if (failed <= topLevel) {
            return false;
        }
        if (done >= topLevel) {
            return true;
        }
        int a = x;
        for (int j = k; j < done + 1; j++) {
            a = state.parentRecord(a);
        }
        for (int j = done + 1; j <= topLevel; j++) {
            final boolean ok = j == k ? !isCut(a, j, state.recAt(rep, k - 1), b)
                    : keepsEveryArcOrConnected(a, j, state.recAt(rep, j - 1), b);
            if (!ok) {
                failAt.put(b, j);
                return false;
            }
            okTo.put(b, j);
            a = state.parentRecord(a);
        }
        return true;
    }

    /**
     * Whether child b of x (level j) is a cut vertex of x's children graph, i.e. x without b falls
     * apart. The cut vertices are found once per expansion (Tarjan's low-link DFS over at most
     * {@code 2·gsize} children); if the children graph is not connected to begin with (the split
     * handling should prevent it), falls back to a BFS per border.
     */
    private boolean isCut(final int x, final int j, final int start, final int b) {
        if (cutsOf != x) {
            computeCuts(x, j, start);
            cutsOf = x;
        }
        if (!cutsReliable) {
            return !childrenConnected(x, j, start, b, -1);
        }
        return localOf(b) >= 0 && cut[localOf(b)];
    }

    private int localOf(final int rec) {
        return rec < localIndex.length && localStamp[rec] == localEpoch ? localIndex[rec] : -1;
    }

    private void computeCuts(final int x, final int j, final int start) {
        final int childLevel = j - 1;
        localEpoch++;
        kids.clear();
        for (int p = 0; p < 2 * state.gsize[childLevel]; p++) {
            final int c = state.childRecord(x, p);
            if (c >= 0) {
                if (c >= localIndex.length) {
                    final int size = Math.max(c + 1, localIndex.length * 2);
                    localIndex = java.util.Arrays.copyOf(localIndex, size);
                    localStamp = java.util.Arrays.copyOf(localStamp, size);
                }
                localIndex[c] = kids.size();
                localStamp[c] = localEpoch;
                kids.add(c);
            }
        }
        final int m = kids.size();
        edgeStart.clear();
        edgeTarget.clear();
        for (int i = 0; i < m; i++) {
            edgeStart.add(edgeTarget.size());
            neighbourChildren(kids.getInt(i), childLevel, x, edgeTarget);
            for (int e = edgeStart.getInt(i); e < edgeTarget.size(); e++) {
                edgeTarget.set(e, localOf(edgeTarget.getInt(e)));
            }
        }
        edgeStart.add(edgeTarget.size());
        if (cut.length < m) {
            cut = new boolean[Math.max(m, 2 * cut.length)];
            disc = new int[cut.length];
            low = new int[cut.length];
        }
        java.util.Arrays.fill(cut, 0, m, false);
        java.util.Arrays.fill(disc, 0, m, 0);
        dfsTime = 0;
        final int root = localOf(start);
        int rootChildren = 0;
        disc[root] = low[root] = ++dfsTime;
        for (int e = edgeStart.getInt(root); e < edgeStart.getInt(root + 1); e++) {
            final int t = edgeTarget.getInt(e);
            if (disc[t] == 0) {
                rootChildren++;
                lowLink(t, root);
            }
        }
        cut[root] = rootChildren > 1;
        cutsReliable = dfsTime == m;
        lastVisits += m;
    }

    private void lowLink(final int v, final int parent) {
        disc[v] = low[v] = ++dfsTime;
        for (int e = edgeStart.getInt(v); e < edgeStart.getInt(v + 1); e++) {
            final int t = edgeTarget.getInt(e);
            if (disc[t] == 0) {
                lowLink(t, v);
                low[v] = Math.min(low[v], low[t]);
                if (low[t] >= disc[v]) {
                    cut[v] = true;
                }
            } else if (t != parent) {
                low[v] = Math.min(low[v], disc[t]);
            }
        }
    }

    /** Appends the children of record a (level childLevel + 1) adjacent to child c. */
    private void neighbourChildren(final int c, final int childLevel, final int a, final IntArrayList out) {
        if (childLevel == 0) {
            final int u = state.anyMember(c);
            final int network = state.net[u];
            for (int s = universe.adjStart(u), e = universe.adjEnd(u); s < e; s++) {
                final int w = universe.adjNode(s);
                if (linkUp[universe.adjLink(s)] && state.net[w] == network) {
                    final int z = state.recAt(w, 0);
                    if (state.parentRecord(z) == a) {
                        out.add(z);
                    }
                }
            }
        } else {
            for (final Int2IntMap.Entry e : adjacency.neighbours(c).int2IntEntrySet()) {
                if (state.parentRecord(e.getIntKey()) == a) {
                    out.add(e.getIntKey());
                }
            }
        }
    }

    /**
     * Whether ancestor a (level j) stays connected when descendant b leaves child D (holding rep):
     * true at once if D keeps at least one arc to every sibling it touched; otherwise a BFS.
     */
    private boolean keepsEveryArcOrConnected(final int a, final int j, final int d, final int b) {
        final int childLevel = j - 1;
        reduce.clear();
        countArcsByChild(b, childLevel);
        lastVisits++;
        for (final Int2IntMap.Entry e : reduce.int2IntEntrySet()) {
            final int z = e.getIntKey();
            if (z != d && state.parentRecord(z) == a && adjacency.arcs(d, z) <= e.getIntValue()) {
                return childrenConnected(a, j, d, -1, b);
            }
        }
        return true;
    }

    /**
     * Adds to {@code reduce}, per g-node of level {@code childLevel}, the arcs record {@code rec} has to its
     * members (a level-0 record is one node: its present links inside its network; a higher one: its
     * maintained adjacency).
     */
    private void countArcsByChild(final int rec, final int childLevel) {
        if (state.recordLevel(rec) == 0) {
            final int u = state.anyMember(rec);
            final int network = state.net[u];
            for (int s = universe.adjStart(u), e = universe.adjEnd(u); s < e; s++) {
                final int w = universe.adjNode(s);
                if (linkUp[universe.adjLink(s)] && state.net[w] == network) {
                    reduce.addTo(state.recAt(w, childLevel), 1);
                }
            }
        } else {
            for (final Int2IntMap.Entry e : adjacency.neighbours(rec).int2IntEntrySet()) {
                reduce.addTo(state.recAt(state.anyMember(e.getIntKey()), childLevel), e.getIntValue());
            }
        }
    }

    /**
     * BFS over the children of record a (level j) from child {@code start}: true if it reaches them
     * all, leaving out child {@code excluded} (or -1) and, if {@code leaving >= 0}, not counting the
     * arcs of record {@code leaving} (level k - 1, inside {@code start}) to the other children.
     */
    private boolean childrenConnected(final int a, final int j, final int start, final int excluded,
            final int leaving) {
        final int childLevel = j - 1;
        final int expected = state.children(a) - (excluded >= 0 ? 1 : 0);
        reduce.clear();
        if (leaving >= 0) {
            countArcsByChild(leaving, childLevel);
        }
        final int mark = ++epoch;
        bfs.clear();
        bfs.add(start);
        mark(start, mark);
        for (int h = 0; h < bfs.size(); h++) {
            final int c = bfs.getInt(h);
            lastVisits++;
            final boolean reduced = leaving >= 0 && c == start;
            if (childLevel == 0) {
                final int u = state.anyMember(c);
                final int network = state.net[u];
                for (int s = universe.adjStart(u), e = universe.adjEnd(u); s < e; s++) {
                    final int w = universe.adjNode(s);
                    if (!linkUp[universe.adjLink(s)] || state.net[w] != network) {
                        continue;
                    }
                    final int z = state.recAt(w, 0);
                    if (z != excluded && state.parentRecord(z) == a && !isMarked(z, mark)) {
                        mark(z, mark);
                        bfs.add(z);
                    }
                }
            } else {
                for (final Int2IntMap.Entry e : adjacency.neighbours(c).int2IntEntrySet()) {
                    final int z = e.getIntKey();
                    if (z == excluded || state.parentRecord(z) != a || isMarked(z, mark)) {
                        continue;
                    }
                    if (reduced && e.getIntValue() <= reduce.get(z)) {
                        continue;
                    }
                    mark(z, mark);
                    bfs.add(z);
                }
            }
        }
        return bfs.size() == expected;
    }

    private boolean isMarked(final int rec, final int mark) {
        return rec < stamp.length && stamp[rec] == mark;
    }

    private void mark(final int rec, final int mark) {
        if (rec >= stamp.length) {
            stamp = java.util.Arrays.copyOf(stamp, Math.max(rec + 1, stamp.length * 2));
        }
        stamp[rec] = mark;
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
