package org.ntksim.fastpath;

import java.util.Arrays;

/**
 * The exact QSPN entry of one (node, table, destination), for {@link FastPathRouter.Semantics#QSPN_IDEAL}:
 * the cheapest simple path from x that stays in P, ends at its first node in d, crosses every g-node of
 * every level in one contiguous stretch and, for the table of neighbour v, never enters h_v(x)
 * (docs/routing.md §2, "Why these rules"). A best-first search over partial paths (A*), guided by the
 * relaxed value of the router's last search: the relaxed rule is weaker, so that value never exceeds
 * the exact remainder (admissible), and it is consistent, so the first complete path popped is optimal;
 * ties go to the lowest first arc slot. Where the relaxed optimum is itself contiguous the search walks
 * almost straight along it; elsewhere it may expand many partial paths, up to a cap.
 * Not thread-safe; allocates only when its arrays grow.
 */
final class ContiguousPathSearch {
    /** Returned when the cap on partial paths was reached before the optimum was certain. */
    static final long GAVE_UP = -2L;

    private final CsrNetwork g;
    private final FastPathRouter router;
    private final int maxStates;
    private int[] stNode = new int[64];
    private int[] stParent = new int[64];
    private int[] stCost = new int[64];
    private int[] stFirst = new int[64];
    private int states;
    private long[] heapKey = new long[64];
    private int[] heapState = new int[64];
    private int heapSize;
    private long expanded;

    ContiguousPathSearch(final CsrNetwork g, final FastPathRouter router, final int maxStates) {
        this.g = g;
        this.router = router;
        this.maxStates = maxStates;
    }

    /** Partial paths expanded so far (all searches). */
    long expanded() {
        return expanded;
    }

    /**
     * The exact entry of x towards d = [dLo, dHi) inside P = [pLo, pHi), avoiding the node range
     * [exLo, exHi) (empty for ntk), or {@link RouteEntry#UNREACHABLE}, or {@link #GAVE_UP}.
     */
    long search(final int x, final int pLo, final int pHi, final int dLo, final int dHi, final int exLo,
            final int exHi) {
        states = 0;
        heapSize = 0;
        final int root = newState(x, -1, 0, -1);
        final int[] adjStart = g.adjStart;
        final int[] adjTarget = g.adjTarget;
        final int[] adjCost = g.adjCost;
        for (int i = adjStart[x]; i < adjStart[x + 1]; i++) {
            extend(root, i, pLo, pHi, dLo, dHi, exLo, exHi, i);
        }
        while (heapSize > 0) {
            final int st = popMin();
            final int y = stNode[st];
            if (y < 0) {
                return RouteEntry.of(stCost[st], stFirst[st]);
            }
            expanded++;
            if (states >= maxStates) {
                return GAVE_UP;
            }
            for (int i = adjStart[y]; i < adjStart[y + 1]; i++) {
                if (adjCost[i] >= 0) {
                    extend(st, i, pLo, pHi, dLo, dHi, exLo, exHi, stFirst[st]);
                }
            }
        }
        return RouteEntry.UNREACHABLE;
    }

    private void extend(final int st, final int i, final int pLo, final int pHi, final int dLo, final int dHi,
            final int exLo, final int exHi, final int first) {
        final int w = g.adjTarget[i];
        final int c = g.adjCost[i];
        if (c < 0 || w < pLo || w >= pHi || (w >= exLo && w < exHi) || !contiguous(st, w)) {
            return;
        }
        final int cost = stCost[st] + c;
        if (w >= dLo && w < dHi) {
            push(newState(-1, st, cost, first), cost, first);
            return;
        }
        final int rest = router.relaxedRemainder(i, dLo, dHi);
        if (rest < 0) {
            return;
        }
        push(newState(w, st, cost, first), cost + rest, first);
    }

    /**
     * Whether entering w after the path ending at state st keeps every g-node contiguous: no node u of
     * the path before its last node y may share with w a g-node that the path left after u, i.e. the
     * level where u and w differ must not be below the level where u and y differ (u = w is the case -1).
     */
    private boolean contiguous(final int st, final int w) {
        final int y = stNode[st];
        for (int s = stParent[st]; s >= 0; s = stParent[s]) {
            final int u = stNode[s];
            if (u == w || g.maxDistinctLevel(u, w) < g.maxDistinctLevel(u, y)) {
                return false;
            }
        }
        return y != w;
    }

    private int newState(final int node, final int parent, final int cost, final int first) {
        if (states == stNode.length) {
            final int len = states * 2;
            stNode = Arrays.copyOf(stNode, len);
            stParent = Arrays.copyOf(stParent, len);
            stCost = Arrays.copyOf(stCost, len);
            stFirst = Arrays.copyOf(stFirst, len);
        }
        stNode[states] = node;
        stParent[states] = parent;
        stCost[states] = cost;
        stFirst[states] = first;
        return states++;
    }

    // binary heap keyed by (f, first slot): among equal costs the lowest first slot pops first
    private void push(final int st, final int f, final int first) {
        if (heapSize == heapKey.length) {
            heapKey = Arrays.copyOf(heapKey, heapSize * 2);
            heapState = Arrays.copyOf(heapState, heapSize * 2);
        }
        final long key = ((long) f << 32) | (first & 0xffffffffL);
        int i = heapSize++;
        while (i > 0) {
            final int parent = (i - 1) >>> 1;
            if (heapKey[parent] <= key) {
                break;
            }
            heapKey[i] = heapKey[parent];
            heapState[i] = heapState[parent];
            i = parent;
        }
        heapKey[i] = key;
        heapState[i] = st;
    }

    private int popMin() {
        final int top = heapState[0];
        final long key = heapKey[--heapSize];
        final int st = heapState[heapSize];
        int i = 0;
        while (true) {
            int child = 2 * i + 1;
            if (child >= heapSize) {
                break;
            }
            if (child + 1 < heapSize && heapKey[child + 1] < heapKey[child]) {
                child++;
            }
            if (heapKey[child] >= key) {
                break;
            }
            heapKey[i] = heapKey[child];
            heapState[i] = heapState[child];
            i = child;
        }
        heapKey[i] = key;
        heapState[i] = st;
        return top;
    }
}
