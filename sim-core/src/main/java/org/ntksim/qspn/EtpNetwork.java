package org.ntksim.qspn;

import java.util.Arrays;
import java.util.Objects;
import org.ntksim.engine.Simulation;

/**
 * Message-level QSPN that scales: identities exchange ETPs (Extended Tracer Packets) as events of an
 * {@link Simulation}, each ETP crossing its arc in the arc's latency, and every identity keeps per
 * destination only what QSPN keeps (spec §5.1): up to {@code maxPaths} least-cost disjoint paths plus the
 * mandatory ones. The caller mutates the network ({@link #addIdentity}, {@link #addArc}, ...); each call
 * schedules the protocol's reactions as events, and the caller runs the simulation until
 * {@link #quiescent()}.
 *
 * <p><b>Protocol.</b> A new arc makes both ends send each other a full ETP (all their kept paths). An ETP
 * received by n from v over arc a is processed with the grouping rule (the sender's hops below the level
 * where n and v differ collapse into h_v, v's maximum distinct g-node, which is prepended with arc a) and
 * the acyclic rule (a path through one of n's own g-nodes is dropped); it also carries the implicit path
 * to h_v. n then re-selects the destinations the ETP touched and, if its kept paths changed, sends one
 * incremental ETP carrying what differs from its last announcement (removed paths marked dead): at once
 * (after the other receptions of that instant) if it announced nothing in the last {@code holdNs}, else
 * when that hold ends (as BGP's MRAI), to every neighbour that could use one of them (a neighbour u
 * drops every path through h_u, so the sender of the change is usually skipped). The hold is what stops
 * path exploration from flooding the network (docs/routing.md §6): a fallback path kept and withdrawn
 * within one hold is never announced, and a burst of cost changes of one path leaves as one ETP. A full
 * ETP replaces what the arc had taught; an incremental one updates or removes single paths.
 * Removing an arc or changing its cost makes both ends re-select everything and announce the changes.
 *
 * <p><b>Retention</b> (per destination, after every batch): candidates are sorted by cost, then hop list,
 * then arcs (by their endpoint identities, so ties do not depend on arc numbering); a candidate is kept if
 * it is mandatory (the first avoiding some neighbour's h_v; with {@code keepAdjacentGnodePaths} the first
 * entering some g-node adjacent to one of my g-nodes below the destination's level), else if fewer than
 * {@code maxPaths} are kept and it is disjoint from every kept path (weights floor(1.5·sqrt(size)) per
 * intermediate hop, floor(0.75·sqrt(size)) − 1 for the entry arc into a destination above level 0; the
 * share of common arcs must not exceed {@code maxCommonHopsRatio}). The cheapest candidate is always kept
 * and so is the cheapest avoiding each neighbour's h_v, so the tables ({@link #bestCost},
 * {@link #bestCostAvoiding}) are exactly "cheapest candidate" and "cheapest candidate avoiding h_v".
 *
 * <p><b>Shortcuts</b> (docs/routing.md §6): a change that provably leaves a destination's kept paths as they
 * are (a non-kept candidate getting worse or withdrawn; a new or cheaper one that retention would reject
 * with the state the kept paths before it leave) does not re-select it. They change no path kept or sent;
 * {@link #withoutShortcuts} is the baseline that re-selects every destination a message touches.
 *
 * <p><b>Simplifications</b> (docs/routing.md): each identity remembers per arc the paths the neighbour last
 * announced (as BGP's Adj-RIB-In does), so the full ETPs QSPN requests from every neighbour after a changed
 * or removed arc are not needed and not sent; a path's size weight is the capacity of the g-node
 * (∏ gsize below its level), not an announced population; {@code max_common_hops_ratio} is fixed (no
 * get_mch_ratio); there are no fingerprints, split detection, bootstrap, periodic updates, or the
 * "unknown intermediate hop" filter and no connectivity identities: an identity that changes address keeps
 * only its paths internal to the g-node that moves ({@link #changeAddress}). With these rules the converged state is a function of the
 * network alone: kept paths of cost ≤ c depend only on kept paths of cost &lt; c (arc costs are ≥ 1), so by
 * induction on c the fixed point is unique, whatever the order of the messages.
 *
 * <p>Ids are ints assigned in call order from 0 (identities) and are never reused. Positions may be
 * virtual (≥ gsize); a virtual g-node is crossed but never a destination. At most one arc joins two
 * identities. Not thread-safe.
 */
public final class EtpNetwork implements java.io.Serializable {

    private static final PackedPath[] NONE = new PackedPath[0];

    /** An entry mask that stands for "not as a mask: scan the hops" (no path enters 64 g-nodes). */
    private static final long ENTRIES_BY_SCAN = -1L;

    /** Default minimum time between two announcements of an identity: one millisecond. */
    public static final long DEFAULT_HOLD_NS = 1_000_000L;

    private final Simulation sim;
    private final EtpParameters params;
    private final int levels;
    private final int[] gsizes;        // level 0 first
    private final int[] slotBase;      // destination slot of (level, pos) = slotBase[level] + pos
    private final int slotCount;
    /** Whether re-selections that provably change nothing are skipped (see {@link #withoutShortcuts}). */
    private final boolean shortcuts;
    /** Whether a set of destination slots fits in a long (and shortcuts are on). */
    private final boolean slotMasks;
    private final int[] hopWeight;     // per level: floor(1.5 * sqrt(capacity))
    private final int[] destWeight;    // per level: floor(0.75 * sqrt(capacity)) - 1, at least 0
    private final int deliverKind;
    private final int flushKind;
    private final int sendFullKind;
    private final int announceKind;
    private final int settleKind;
    private final long holdNs;

    private Node[] nodes = new Node[16];
    private int nodeCount;

    private int[] arcA = new int[16];
    private int[] arcB = new int[16];
    private int[] arcCost = new int[16];
    /** Selection scratch: arcStamp[a] == arcStampGen iff arc a is on the path being checked. */
    private int[] arcStamp = new int[0];
    private int arcStampGen;
    private long[] arcLatencyNs = new long[16];
    private int[] arcSlotA = new int[16];
    private int[] arcSlotB = new int[16];
    private boolean[] arcAlive = new boolean[16];
    private boolean[] arcFullPendingA = new boolean[16];   // a full ETP from arcA is scheduled at this instant
    private boolean[] arcFullPendingB = new boolean[16];
    private int[] arcResetStamp = new int[16];             // settle epoch in which the arc was found to need a reset
    private int[] arcResetDone = new int[16];
    private int settleEpoch;
    private int arcCount;

    private Message[] messages = new Message[64];
    private int[] freeMessages = new int[64];
    private int freeMessageTop;
    private int messageCount;

    private int[] moved = new int[16];     // identities whose address changed at this instant, not settled yet
    private int movedCount;
    private boolean settlePending;

    private long etpsSent;
    private long pathsSent;
    private long pendingEvents;
    private long lastActivityNs;

    // selection scratch, reused
    private PackedPath[] cand = new PackedPath[64];
    private int[] candCost = new int[64];
    private long[] candEntries = new long[64];
    private long retainedCovered;    // what the last retain left: neighbour slots some kept path avoids
    private long retainedEntered;    // and adjacent g-nodes some kept path enters (with slot masks)
    private int[] order = new int[64];
    private int[] dedupeStamp = new int[64];
    private int[] dedupeCand = new int[64];
    private int dedupeGen;
    private int[] adjacentStamp;
    private int adjacentGen;
    private long[] sortKeys = new long[64];
    private int[] keptIdx = new int[64];
    private boolean[] covered = new boolean[16];
    private int[] adjacentSeen = new int[64];
    private PackedPath[] changeBuf = new PackedPath[64];
    private boolean[] deadBuf = new boolean[64];

    /**
     * @param sim the simulation the ETPs travel on (handlers are registered now)
     * @param gsizesTopFirst the topology, top level first (e.g. {@code {4, 4, 4}})
     * @param params the retention rules
     */
    public EtpNetwork(final Simulation sim, final int[] gsizesTopFirst, final EtpParameters params) {
        this(sim, gsizesTopFirst, params, DEFAULT_HOLD_NS);
    }

    /**
     * @param sim the simulation the ETPs travel on (handlers are registered now)
     * @param gsizesTopFirst the topology, top level first (e.g. {@code {4, 4, 4}})
     * @param params the retention rules
     * @param holdNs minimum time between two announcements of an identity; changes in between are collected
     *     into one (≥ 0; 0 announces every change at its instant)
     */
    public EtpNetwork(final Simulation sim, final int[] gsizesTopFirst, final EtpParameters params, final long holdNs) {
        this(sim, gsizesTopFirst, params, holdNs, true);
    }

    /**
     * The same protocol without the shortcuts of selection: every change a message brings re-selects its
     * destination, and retention scans every candidate's hops for the g-nodes it enters instead of reading
     * them from a 64-bit mask. It keeps and sends exactly what the default does, only slower: the baseline
     * the tests and benchmarks hold the shortcuts to.
     */
    public static EtpNetwork withoutShortcuts(final Simulation sim, final int[] gsizesTopFirst,
            final EtpParameters params, final long holdNs) {
        return new EtpNetwork(sim, gsizesTopFirst, params, holdNs, false);
    }

    private EtpNetwork(final Simulation sim, final int[] gsizesTopFirst, final EtpParameters params, final long holdNs,
            final boolean shortcuts) {
        if (holdNs < 0) {
            throw new IllegalArgumentException("holdNs must be >= 0, was " + holdNs);
        }
        this.holdNs = holdNs;
        this.sim = Objects.requireNonNull(sim, "sim");
        this.params = Objects.requireNonNull(params, "params");
        Objects.requireNonNull(gsizesTopFirst, "gsizesTopFirst");
        if (gsizesTopFirst.length == 0 || gsizesTopFirst.length > 31) {
            throw new IllegalArgumentException("a topology needs 1..31 levels, got " + gsizesTopFirst.length);
        }
        levels = gsizesTopFirst.length;
        gsizes = new int[levels];
        slotBase = new int[levels + 1];
        hopWeight = new int[levels];
        destWeight = new int[levels];
        long capacity = 1;
        for (int level = 0; level < levels; level++) {
            final int g = gsizesTopFirst[levels - 1 - level];
            if (g < 2 || g > PackedPath.POS_MASK / 2) {
                throw new IllegalArgumentException("gsize of level " + level + " must be in 2.." + PackedPath.POS_MASK / 2
                        + ", was " + g);
            }
            gsizes[level] = g;
            slotBase[level + 1] = slotBase[level] + g;
            final long root = isqrt(Math.multiplyExact(9L, capacity));   // sqrt(9c) = 3 sqrt(c)
            hopWeight[level] = (int) (root / 2);
            destWeight[level] = (int) Math.max(0, root / 4 - 1);
            capacity = Math.multiplyExact(capacity, g);
        }
        slotCount = slotBase[levels];
        this.shortcuts = shortcuts;
        this.slotMasks = shortcuts && slotCount <= Long.SIZE;
        adjacentStamp = new int[slotCount];
        deliverKind = sim.registerHandler((s, target, arg) -> deliver(target, (int) (arg >>> 32), (int) arg));
        flushKind = sim.registerHandler((s, target, arg) -> flush(target));
        sendFullKind = sim.registerHandler((s, target, arg) -> sendFull(target, (int) arg));
        announceKind = sim.registerHandler((s, target, arg) -> announce(target));
        settleKind = sim.registerHandler((s, target, arg) -> settle());
    }

    private static long isqrt(final long x) {
        long r = (long) Math.sqrt((double) x);
        while (r * r > x) {
            r--;
        }
        while ((r + 1) * (r + 1) <= x) {
            r++;
        }
        return r;
    }

    // ------------------------------------------------------------------ mutations

    /** Adds an identity with the given positions (level 0 first; virtual positions allowed); returns its id. */
    public int addIdentity(final int[] positionsLevel0First) {
        final int[] pos = checkedPositions(positionsLevel0First);
        if (nodeCount == nodes.length) {
            nodes = Arrays.copyOf(nodes, 2 * nodeCount);
        }
        nodes[nodeCount] = new Node(pos, slotCount);
        return nodeCount++;
    }

    /** Removes an identity and its arcs; its neighbours announce what they lose. */
    public void removeIdentity(final int id) {
        final Node n = node(id);
        while (n.degree > 0) {
            detachArc(n.arcs[n.degree - 1]);
        }
        n.alive = false;
        Arrays.fill(n.kept, NONE);
        Arrays.fill(n.announced, NONE);
        n.clearChanged();
    }

    /**
     * Gives an identity a new address, keeping its arcs (same ids, costs, latencies). As in the proof of
     * concept's migration and entry (spec §4.6; reference qspn/AnalisiFunzionale "Migrazione"), the identities
     * that change address at one instant move as a block: each keeps its paths to the destinations below its
     * lowest changed level k (internal to the g-node that moves; the new identity copies them from the old one)
     * and forgets the rest. An arc between two identities of the block whose view of each other is unchanged
     * (same h_v both ways, same k) keeps what it taught below k; every other arc of a moved identity is
     * re-learnt as a new arc is (both ends forget what it taught and send each other a full ETP). The block is
     * settled after the caller's calls of this instant, when it is known.
     */
    public void changeAddress(final int id, final int[] positionsLevel0First) {
        final Node n = node(id);
        final int[] pos = checkedPositions(positionsLevel0First);
        // two neighbours may share an address between two calls of one instant (a g-node moving node by node
        // onto places its own members leave); they may not once the instant's block is settled
        int low = 0;
        while (low < levels && n.pos[low] == pos[low]) {
            low++;
        }
        if (low == levels) {
            return;
        }
        n.pos = pos;
        if (n.moveLow < 0) {
            if (movedCount == moved.length) {
                moved = Arrays.copyOf(moved, 2 * movedCount);
            }
            moved[movedCount++] = id;
            n.moveLow = low;
        } else {
            n.moveLow = Math.min(n.moveLow, low);
        }
        if (!settlePending) {
            settlePending = true;
            schedule(0L, settleKind, 0, 0L);
        }
    }

    private int peerOf(final int arc, final int id) {
        return arcA[arc] == id ? arcB[arc] : arcA[arc];
    }

    /** Settles the identities moved at this instant (see {@link #changeAddress}). */
    private void settle() {
        pendingEvents--;
        lastActivityNs = sim.nowNs();
        settlePending = false;
        for (int i = 0; i < movedCount; i++) {
            final int id = moved[i];
            final Node n = nodes[id];
            if (!n.alive) {
                continue;
            }
            for (int s = 0; s < n.degree; s++) {
                final int peer = peerOf(n.arcs[s], id);
                if (highestDifferingLevel(n.pos, nodes[peer].pos) < 0) {
                    throw new IllegalStateException("identity " + id + " took address " + Arrays.toString(n.pos)
                            + " at " + sim.nowNs() + " ns: its neighbour " + peer + " has it");
                }
            }
        }
        for (int i = 0; i < movedCount; i++) {
            final int id = moved[i];
            final Node n = nodes[id];
            if (n.alive) {
                forgetFrom(n, slotBase[n.moveLow]);
            }
        }
        // first classify every arc of the block (before any h_v changes), then reset the arcs that need it once
        final int stamp = ++settleEpoch;
        for (int i = 0; i < movedCount; i++) {
            final int id = moved[i];
            final Node n = nodes[id];
            if (!n.alive) {
                continue;
            }
            for (int s = 0; s < n.degree; s++) {
                final int arc = n.arcs[s];
                final Node peer = nodes[peerOf(arc, id)];
                final int ps = arcA[arc] == id ? arcSlotB[arc] : arcSlotA[arc];
                final int hd = highestDifferingLevel(n.pos, peer.pos);
                final boolean insideBlock = peer.moveLow == n.moveLow && PackedPath.hop(hd, peer.pos[hd]) == n.hv[s]
                        && PackedPath.hop(hd, n.pos[hd]) == peer.hv[ps];
                if (!insideBlock) {
                    arcResetStamp[arc] = stamp;
                }
            }
        }
        for (int i = 0; i < movedCount; i++) {
            final int id = moved[i];
            final Node n = nodes[id];
            if (!n.alive) {
                continue;
            }
            final int base = slotBase[n.moveLow];
            for (int s = 0; s < n.degree; s++) {
                final int arc = n.arcs[s];
                if (arcResetStamp[arc] != stamp) {
                    forgetAdverts(n, s, base);   // inside the block: valid below k
                } else if (arcResetDone[arc] != stamp) {
                    arcResetDone[arc] = stamp;
                    resetArc(arc, id, n, s);
                }
            }
            reselectAll(id, n);
        }
        for (int i = 0; i < movedCount; i++) {
            nodes[moved[i]].moveLow = -1;
        }
        movedCount = 0;
    }

    /** Forgets the kept and announced paths to destinations of slot ≥ {@code base}. */
    private void forgetFrom(final Node n, final int base) {
        for (int slot = base; slot < slotCount; slot++) {
            n.kept[slot] = NONE;
            n.announced[slot] = NONE;
        }
        int kept = 0;
        for (int i = 0; i < n.changedCount; i++) {
            final int slot = n.changedList[i];
            if (slot < base) {
                n.changedList[kept++] = slot;
            } else {
                n.changed[slot] = false;
            }
        }
        n.changedCount = kept;
    }

    /** Makes an existing arc new again: both ends forget what it taught and send each other a full ETP. */
    private void resetArc(final int arc, final int id, final Node n, final int s) {
        final int peerId = peerOf(arc, id);
        final Node peer = nodes[peerId];
        final int ps = arcA[arc] == id ? arcSlotB[arc] : arcSlotA[arc];
        final int hd = highestDifferingLevel(n.pos, peer.pos);
        n.hv[s] = PackedPath.hop(hd, peer.pos[hd]);
        n.implicit[s] = new PackedPath(new int[] {n.hv[s], arc}, 0);
        n.heard[s] = false;
        forgetAdverts(n, s, 0);
        peer.hv[ps] = PackedPath.hop(hd, n.pos[hd]);
        peer.implicit[ps] = new PackedPath(new int[] {peer.hv[ps], arc}, 0);
        peer.heard[ps] = false;
        forgetAdverts(peer, ps, 0);
        reselectAll(peerId, peer);
        scheduleFull(id, arc);
        scheduleFull(peerId, arc);
    }

    /**
     * Adds an arc of cost {@code cost} (≥ 1) whose ETPs take {@code latencyNs} (≥ 0) to cross it; both ends
     * send each other a full ETP.
     */
    public void addArc(final int a, final int b, final int cost, final long latencyNs) {
        final Node na = node(a);
        final Node nb = node(b);
        if (a == b) {
            throw new IllegalArgumentException("arc from identity " + a + " to itself");
        }
        if (cost < 1) {
            throw new IllegalArgumentException("arc cost must be >= 1, was " + cost + " (arc " + a + "-" + b + ")");
        }
        if (latencyNs < 0) {
            throw new IllegalArgumentException("arc latency must be >= 0 ns, was " + latencyNs + " (arc " + a + "-" + b + ")");
        }
        if (findSlot(na, b) >= 0) {
            throw new IllegalArgumentException("identities " + a + " and " + b + " already have an arc");
        }
        if (highestDifferingLevel(na.pos, nb.pos) < 0) {
            throw new IllegalArgumentException("identities " + a + " and " + b + " have the same address "
                    + Arrays.toString(na.pos) + "; an arc needs distinct addresses");
        }
        if (arcCount == arcA.length) {
            growArcs();
        }
        final int arc = arcCount++;
        arcA[arc] = a;
        arcB[arc] = b;
        arcCost[arc] = cost;
        arcLatencyNs[arc] = latencyNs;
        arcAlive[arc] = true;
        arcSlotA[arc] = attach(na, arc, nb);
        arcSlotB[arc] = attach(nb, arc, na);
        reselectAll(a, na);
        reselectAll(b, nb);
        scheduleFull(a, arc);
        scheduleFull(b, arc);
    }

    /** Removes the arc between {@code a} and {@code b}; both ends announce the paths they lose. */
    public void removeArc(final int a, final int b) {
        detachArc(arcBetween(a, b));
    }

    /** Changes the cost of the arc between {@code a} and {@code b}; both ends re-select and announce. */
    public void changeArcCost(final int a, final int b, final int cost) {
        if (cost < 1) {
            throw new IllegalArgumentException("arc cost must be >= 1, was " + cost + " (arc " + a + "-" + b + ")");
        }
        final int arc = arcBetween(a, b);
        arcCost[arc] = cost;
        reselectAll(a, nodes[a]);
        reselectAll(b, nodes[b]);
    }

    private void detachArc(final int arc) {
        final int a = arcA[arc];
        final int b = arcB[arc];
        arcAlive[arc] = false;
        detach(nodes[a], arcSlotA[arc]);
        detach(nodes[b], arcSlotB[arc]);
        reselectAll(a, nodes[a]);
        reselectAll(b, nodes[b]);
    }

    private int attach(final Node n, final int arc, final Node peer) {
        if (n.degree == n.arcs.length) {
            n.growSlots();
        }
        final int s = n.degree++;
        final int hd = highestDifferingLevel(n.pos, peer.pos);
        n.arcs[s] = arc;
        n.hv[s] = PackedPath.hop(hd, peer.pos[hd]);
        n.heard[s] = false;
        n.implicit[s] = new PackedPath(new int[] {n.hv[s], arc}, 0);
        return s;
    }

    private void detach(final Node n, final int s) {
        forgetAdverts(n, s, 0);
        final int last = --n.degree;
        if (s != last) {
            for (final Adverts t : n.adverts) {
                if (t != null) {
                    t.renumber(last, s);
                }
            }
            final int moved = n.arcs[last];
            n.arcs[s] = moved;
            n.hv[s] = n.hv[last];
            n.heard[s] = n.heard[last];
            n.implicit[s] = n.implicit[last];
            if (nodes[arcA[moved]] == n) {
                arcSlotA[moved] = s;
            } else {
                arcSlotB[moved] = s;
            }
        }
        n.implicit[last] = null;
    }

    /** Forgets what arc slot {@code s} of {@code n} taught about destinations of slot ≥ {@code fromSlot}. */
    private void forgetAdverts(final Node n, final int s, final int fromSlot) {
        for (int slot = fromSlot; slot < slotCount; slot++) {
            final Adverts t = n.adverts[slot];
            if (t != null && t.removeArc(s) && t.size == 0) {
                n.adverts[slot] = null;
            }
        }
    }

    private void reselectAll(final int id, final Node n) {
        n.allDirty = true;
        scheduleFlush(id, n);
    }

    private void scheduleFlush(final int id, final Node n) {
        if (!n.flushPending) {
            n.flushPending = true;
            schedule(0L, flushKind, id, 0L);
        }
    }

    /** Schedules one full ETP from {@code from} over {@code arc}, unless one is already due at this instant. */
    private void scheduleFull(final int from, final int arc) {
        final boolean[] pending = arcA[arc] == from ? arcFullPendingA : arcFullPendingB;
        if (!pending[arc]) {
            pending[arc] = true;
            schedule(0L, sendFullKind, from, arc);
        }
    }

    private void schedule(final long delayNs, final int kind, final int target, final long arg) {
        pendingEvents++;
        sim.schedule(delayNs, kind, target, arg);
    }

    // ------------------------------------------------------------------ event handlers

    private void sendFull(final int id, final int arc) {
        pendingEvents--;
        lastActivityNs = sim.nowNs();
        final Node n = nodes[id];
        (arcA[arc] == id ? arcFullPendingA : arcFullPendingB)[arc] = false;
        if (!arcAlive[arc] || !n.alive) {
            return;
        }
        int total = 0;
        for (final PackedPath[] k : n.announced) {
            total += k.length;
        }
        final PackedPath[] paths = new PackedPath[total];
        int i = 0;
        for (final PackedPath[] k : n.announced) {
            System.arraycopy(k, 0, paths, i, k.length);
            i += k.length;
        }
        final int msg = newMessage(id, true, paths, null, 1);
        send(id, n, arc, msg, total);
    }

    private void send(final int from, final Node n, final int arc, final int msg, final int paths) {
        etpsSent++;
        pathsSent += paths;
        n.etpsSent++;
        final int to = arcA[arc] == from ? arcB[arc] : arcA[arc];
        schedule(arcLatencyNs[arc], deliverKind, to, (long) arc << 32 | msg);
    }

    private void deliver(final int id, final int arc, final int msgIndex) {
        pendingEvents--;
        lastActivityNs = sim.nowNs();
        final Message m = messages[msgIndex];
        final Node n = nodes[id];
        if (arcAlive[arc] && n.alive) {
            final int s = arcA[arc] == id ? arcSlotA[arc] : arcSlotB[arc];
            learn(n, s, arc, m);
            if (n.dirtyCount > 0) {
                scheduleFlush(id, n);
            }
        }
        if (--m.refs == 0) {
            messages[msgIndex] = null;
            freeMessages[freeMessageTop++] = msgIndex;
        }
    }

    private void learn(final Node n, final int s, final int arc, final Message m) {
        final int hv = n.hv[s];
        final int hd = PackedPath.level(hv);
        final Adverts[] adverts = n.adverts;
        if (m.full) {
            for (int slot = 0; slot < slotCount; slot++) {
                final Adverts t = adverts[slot];
                if (t != null && t.removeArc(s)) {
                    n.markDirty(slot);
                    if (t.size == 0) {
                        adverts[slot] = null;
                    }
                }
            }
            n.heard[s] = true;
            final int hvPos = PackedPath.pos(hv);
            if (hvPos < gsizes[hd]) {
                n.markDirty(slotBase[hd] + hvPos);
            }
        }
        final PackedPath[] paths = m.paths;
        for (int i = 0; i < paths.length; i++) {
            final PackedPath p = paths[i];
            final int dest = p.destination();
            final int level = PackedPath.level(dest);
            final int pos = PackedPath.pos(dest);
            if (level < hd || pos >= gsizes[level] || pos == n.pos[level]) {
                continue;   // inside h_v, virtual, or my own g-node: not a destination of mine
            }
            final int slot = slotBase[level] + pos;
            Adverts al = adverts[slot];
            final int at = al == null ? -1 : al.indexOf(s, p);
            if (m.dead != null && m.dead[i]) {
                if (at >= 0) {
                    final PackedPath gone = al.local[at];
                    al.removeAt(at);
                    if (al.size == 0) {
                        adverts[slot] = null;
                    }
                    if (!keptUnchangedWithout(n, slot, gone)) {
                        n.markDirty(slot);
                    }
                }
                continue;
            }
            if (at >= 0) {
                final int before = al.localCost[at];
                al.recost(at, p);
                final boolean unchanged = shortcuts && (p.cost == before || (p.cost > before
                        ? keptUnchangedWithout(n, slot, al.local[at])
                        : keptUnchangedWith(n, s, slot, al.local[at], al.localEntries[at])));
                if (!unchanged) {
                    n.markDirty(slot);
                }
                continue;
            }
            final PackedPath local = transform(n, hv, hd, arc, p);
            if (local == null) {
                continue;
            }
            if (al == null) {
                al = new Adverts();
                adverts[slot] = al;
            }
            final long entries = entryMask(local);
            al.add(s, p, local, local.data.length != p.data.length + 2, entries);
            if (!keptUnchangedWith(n, s, slot, local, entries)) {
                n.markDirty(slot);
            }
        }
    }

    /**
     * Whether the kept paths of {@code slot} are known to stay as they are when candidate {@code local}
     * (learnt through slot {@code s}) arrives or gets cheaper. Retention takes candidates in order, and one it
     * does not keep changes nothing (it would be mandatory if it covered a neighbour or entered a new adjacent
     * g-node), so the state it meets is the one the kept paths before it left. The answer is yes when the kept
     * paths are up to date, the candidate is not one of them and ties none of their costs, and with that
     * state retention would reject it: it avoids no neighbour's g-node left uncovered, enters no adjacent
     * g-node not entered yet, and either max_paths are kept before it or it shares too much with one of them.
     */
    private boolean keptUnchangedWith(final Node n, final int s, final int slot, final PackedPath local,
            final long entries) {
        if (!slotMasks || params.retentionDisabled() || n.allDirty || n.dirty[slot] || !n.heard[s]
                || n.degree > Long.SIZE) {
            return false;
        }
        final PackedPath[] kept = n.kept[slot];
        final int cost = arcCost[n.arcs[s]] + local.cost;
        int before = 0;     // kept paths retention takes before the candidate
        while (before < kept.length && kept[before].cost < cost) {
            before++;
        }
        if (kept.length == 0 || before < kept.length && kept[before].cost == cost) {
            return false;   // the first path is always kept; a tie is ordered by hops, not decided here
        }
        if (holdsPath(kept, local)) {
            return false;
        }
        final int dest = destinationHop(slot);
        final boolean adjacency = params.keepAdjacentGnodePaths() && slot >= slotBase[1];
        long covered;
        long entered;
        if (before == kept.length) {
            covered = n.keptCovered[slot];
            entered = n.keptEntered[slot];
        } else {
            covered = 0;
            entered = 0;
            for (int t = 0; t < n.degree; t++) {
                if (n.hv[t] == dest) {
                    covered |= 1L << t;
                }
            }
            for (int i = 0; i < before; i++) {
                final PackedPath k = kept[i];
                for (int t = 0; t < n.degree; t++) {
                    if ((covered & 1L << t) == 0 && !k.containsHop(n.hv[t])) {
                        covered |= 1L << t;
                    }
                }
                if (adjacency) {
                    final long e = entryMask(k);
                    if (e == ENTRIES_BY_SCAN) {
                        return false;
                    }
                    entered |= e;
                }
            }
        }
        for (int t = 0; t < n.degree; t++) {
            if ((covered & 1L << t) == 0 && !local.containsHop(n.hv[t])) {
                return false;
            }
        }
        if (adjacency && (entries == ENTRIES_BY_SCAN || (entries & ~entered) != 0)) {
            return false;
        }
        if (before >= params.maxPaths()) {
            return true;
        }
        final int gen = stampArcs(local);
        final double ratio = params.maxCommonHopsRatio();
        final int destLevel = PackedPath.level(dest);
        for (int i = 0; i < before; i++) {
            if (sharesTooMuch(kept[i], gen, destLevel, ratio)) {
                return true;
            }
        }
        return false;   // disjoint from every kept path before it: it would be kept
    }

    /**
     * Whether the kept paths of {@code slot} are known to stay as they are when candidate {@code path} gets
     * worse (a higher cost) or goes. True when the kept paths are up to date and do not include it: retention
     * takes candidates in order and a candidate it does not keep changes nothing for the ones after it (it
     * covers no neighbour and enters no new adjacent g-node, or it would be mandatory, and it is not among
     * the kept), so moving it later or removing it leaves every decision as it was. Skipping those
     * re-selections changes no path kept or sent.
     */
    private boolean keptUnchangedWithout(final Node n, final int slot, final PackedPath path) {
        return shortcuts && !n.allDirty && !n.dirty[slot] && !holdsPath(n.kept[slot], path);
    }

    /**
     * The g-nodes adjacent to the holder's own that {@code local} enters (for each level, the first hop of
     * that level when it is not the destination), as a bit mask over destination slots; {@link #ENTRIES_BY_SCAN}
     * when the slots do not fit in 64 bits or the path enters a virtual g-node (then retention scans the hops).
     */
    private long entryMask(final PackedPath local) {
        if (!slotMasks) {
            return ENTRIES_BY_SCAN;
        }
        long mask = 0;
        final int k = local.length() - 1;
        for (int j = 0; j < k; j++) {
            final int h = local.hopAt(j);
            if (j == 0 || PackedPath.level(local.hopAt(j - 1)) < PackedPath.level(h)) {
                final int hl = PackedPath.level(h);
                final int hp = PackedPath.pos(h);
                if (hp >= gsizes[hl]) {
                    return ENTRIES_BY_SCAN;
                }
                mask |= 1L << (slotBase[hl] + hp);
            }
        }
        return mask;
    }

    /**
     * The sender's path {@code p} seen from {@code n}: the sender's hops below level {@code hd} collapse into
     * h_v (prepended, entered by {@code arc}); null if it crosses one of n's g-nodes or re-enters h_v. The
     * cost is the sender's (the arc's cost is added at selection, so a cost change needs no new copy).
     */
    private static PackedPath transform(final Node n, final int hv, final int hd, final int arc, final PackedPath p) {
        final int k = p.length();
        final int[] src = p.data;
        int first = 0;
        while (first < k && PackedPath.level(src[first]) < hd) {
            first++;
        }
        for (int i = first; i < k; i++) {
            final int level = PackedPath.level(src[i]);
            if (level < hd || PackedPath.pos(src[i]) == n.pos[level]) {
                return null;
            }
        }
        final int k2 = k - first + 1;
        final int[] data = new int[2 * k2];
        data[0] = hv;
        System.arraycopy(src, first, data, 1, k - first);
        data[k2] = arc;
        System.arraycopy(src, k + first, data, k2 + 1, k - first);
        return new PackedPath(data, p.cost);
    }

    private void flush(final int id) {
        pendingEvents--;
        lastActivityNs = sim.nowNs();
        final Node n = nodes[id];
        n.flushPending = false;
        if (!n.alive) {
            n.clearDirty();
            n.allDirty = false;
            return;
        }
        if (n.allDirty) {
            n.allDirty = false;
            for (int level = 0; level < levels; level++) {
                for (int p = 0; p < gsizes[level]; p++) {
                    if (p != n.pos[level]) {
                        n.markDirty(slotBase[level] + p);
                    }
                }
            }
        }
        for (int i = 0; i < n.dirtyCount; i++) {
            final int slot = n.dirtyList[i];
            n.dirty[slot] = false;
            final PackedPath[] now = select(n, slot);
            n.kept[slot] = now;
            if (!n.changed[slot] && differs(n.announced[slot], now)) {
                n.changed[slot] = true;
                n.changedList[n.changedCount++] = slot;
            }
        }
        n.dirtyCount = 0;
        if (n.changedCount > 0 && !n.announcePending) {
            n.announcePending = true;
            // announce at once after a quiet hold, else when the hold of the last announcement ends
            schedule(Math.max(0L, n.quietUntilNs - sim.nowNs()), announceKind, id, 0L);
        }
    }

    /**
     * Sends what changed since the last announcement: the paths kept now and not announced (new, or with
     * another cost) and, as dead, the announced ones no longer kept. A path kept and dropped again within
     * the hold is never announced.
     */
    private void announce(final int id) {
        pendingEvents--;
        lastActivityNs = sim.nowNs();
        final Node n = nodes[id];
        n.announcePending = false;
        if (!n.alive) {
            return;
        }
        int changes = 0;
        for (int i = 0; i < n.changedCount; i++) {
            final int slot = n.changedList[i];
            n.changed[slot] = false;
            changes = diff(n.announced[slot], n.kept[slot], changes);
            n.announced[slot] = n.kept[slot];
        }
        n.changedCount = 0;
        if (changes == 0 || n.degree == 0) {
            return;
        }
        final PackedPath[] paths = Arrays.copyOf(changeBuf, changes);
        final boolean[] dead = Arrays.copyOf(deadBuf, changes);
        int recipients = 0;
        for (int s = 0; s < n.degree; s++) {
            if (anyAvoids(paths, n.hv[s])) {
                recipients++;
            }
        }
        if (recipients == 0) {
            return;
        }
        final int msg = newMessage(id, false, paths, dead, recipients);
        for (int s = 0; s < n.degree; s++) {
            if (anyAvoids(paths, n.hv[s])) {
                send(id, n, n.arcs[s], msg, changes);
            }
        }
        n.quietUntilNs = sim.nowNs() + holdNs;
    }

    private static boolean anyAvoids(final PackedPath[] paths, final int hop) {
        for (final PackedPath p : paths) {
            if (!p.containsHop(hop)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code paths} holds path {@code p} (same hops and arcs), at any cost. */
    private static boolean holdsPath(final PackedPath[] paths, final PackedPath p) {
        for (final PackedPath o : paths) {
            if (o.samePath(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code paths} holds path {@code p} at its cost. */
    private static boolean holdsAtCost(final PackedPath[] paths, final PackedPath p) {
        for (final PackedPath o : paths) {
            if (o == p || o.cost == p.cost && o.samePath(p)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@link #diff} would find a change (without writing one); kept arrays hold distinct paths. */
    private static boolean differs(final PackedPath[] old, final PackedPath[] now) {
        if (old.length != now.length) {
            return true;
        }
        for (final PackedPath p : now) {
            if (!holdsAtCost(old, p)) {
                return true;
            }
        }
        return false;
    }

    /** Appends to the change buffers the paths of {@code now} not in {@code old} and, as dead, the reverse. */
    private int diff(final PackedPath[] old, final PackedPath[] now, int changes) {
        for (final PackedPath p : now) {
            if (!holdsAtCost(old, p)) {
                changes = addChange(p, false, changes);
            }
        }
        for (final PackedPath o : old) {
            if (!holdsPath(now, o)) {
                changes = addChange(o, true, changes);
            }
        }
        return changes;
    }

    private int addChange(final PackedPath p, final boolean dead, final int changes) {
        if (changes == changeBuf.length) {
            changeBuf = Arrays.copyOf(changeBuf, 2 * changes);
            deadBuf = Arrays.copyOf(deadBuf, 2 * changes);
        }
        changeBuf[changes] = p;
        deadBuf[changes] = dead;
        return changes + 1;
    }

    // ------------------------------------------------------------------ selection (spec §5.1)

    private PackedPath[] select(final Node n, final int slot) {
        int count = 0;
        final int dest = destinationHop(slot);
        for (int s = 0; s < n.degree; s++) {
            if (n.heard[s] && n.hv[s] == dest) {
                count = addCandidate(n.implicit[s], arcCost[n.arcs[s]], 0L, count);   // one hop: enters nothing
            }
        }
        final Adverts al = n.adverts[slot];
        if (al != null) {
            // two sender paths differing only inside h_v look the same from here: keep the cheaper. Only
            // collapsed paths (hops dropped by the grouping rule) can collide, and only two from one neighbour
            // (a local path starts with the arc it came by): an uncollapsed one enters its second hop by an arc
            // of the neighbour itself, a collapsed one by an arc of another node.
            final int mask = dedupeTableFor(al.size);
            final int gen = ++dedupeGen;
            final int[] arcSlot = al.arcSlot;
            final int[] localCost = al.localCost;
            final int[] localHash = al.localHash;
            final boolean[] collapsed = al.collapsed;
            for (int i = 0; i < al.size; i++) {
                final int s = arcSlot[i];
                if (!n.heard[s]) {
                    continue;
                }
                final int cost = arcCost[n.arcs[s]] + localCost[i];
                if (collapsed[i]) {
                    final int hash = localHash[i];
                    int h = (hash * 0x9E3779B9) >>> 16 & mask;
                    boolean merged = false;
                    while (dedupeStamp[h] == gen) {
                        final int j = dedupeCand[h];
                        if (cand[j].hash == hash && cand[j].samePath(al.local[i])) {
                            if (cost < candCost[j]) {
                                candCost[j] = cost;
                            }
                            merged = true;
                            break;
                        }
                        h = h + 1 & mask;
                    }
                    if (merged) {
                        continue;
                    }
                    dedupeStamp[h] = gen;
                    dedupeCand[h] = count;
                }
                count = addCandidate(al.local[i], cost, al.localEntries[i], count);
            }
        }
        if (count == 0) {
            return NONE;
        }
        sortCandidates(count);
        final int kept = retain(n, dest, count);
        n.keptCovered[slot] = retainedCovered;
        n.keptEntered[slot] = retainedEntered;
        final PackedPath[] old = n.kept[slot];
        final PackedPath[] out = new PackedPath[kept];
        for (int i = 0; i < kept; i++) {
            final int c = keptIdx[i];
            out[i] = reuse(old, cand[c], candCost[c]);
        }
        Arrays.fill(cand, 0, count, null);
        return out;
    }

    /** Makes the dedupe table at least twice {@code entries} long (a power of two); returns its mask. */
    private int dedupeTableFor(final int entries) {
        if (dedupeGen == Integer.MAX_VALUE) {
            Arrays.fill(dedupeStamp, 0);
            dedupeGen = 0;
        }
        if (dedupeStamp.length < 2 * entries) {
            final int size = Integer.highestOneBit(4 * entries);
            dedupeStamp = new int[size];
            dedupeCand = new int[size];
            dedupeGen = 0;
        }
        return Integer.highestOneBit(dedupeStamp.length) - 1;
    }

    private static PackedPath reuse(final PackedPath[] old, final PackedPath local, final int cost) {
        for (final PackedPath o : old) {
            if (o.cost == cost && o.samePath(local)) {
                return o;
            }
        }
        return new PackedPath(local, cost);
    }

    private int addCandidate(final PackedPath p, final int cost, final long entries, final int count) {
        if (count == cand.length) {
            cand = Arrays.copyOf(cand, 2 * count);
            candCost = Arrays.copyOf(candCost, 2 * count);
            candEntries = Arrays.copyOf(candEntries, 2 * count);
            order = new int[2 * count];
            keptIdx = new int[2 * count];
        }
        cand[count] = p;
        candCost[count] = cost;
        candEntries[count] = entries;
        return count + 1;
    }

    private void sortCandidates(final int count) {
        // by cost with a primitive sort, then the (short) runs of equal cost by the full order
        final long[] keys = sortKeys.length >= count ? sortKeys : (sortKeys = new long[2 * count]);
        for (int i = 0; i < count; i++) {
            keys[i] = (long) candCost[i] << 32 | i;
        }
        Arrays.sort(keys, 0, count);
        final int[] ord = order;
        for (int i = 0; i < count; i++) {
            ord[i] = (int) keys[i];
        }
        int runStart = 0;
        for (int i = 1; i <= count; i++) {
            if (i == count || candCost[ord[i]] != candCost[ord[runStart]]) {
                for (int a = runStart + 1; a < i; a++) {
                    final int x = ord[a];
                    int j = a;
                    while (j > runStart && compare(x, ord[j - 1]) < 0) {
                        ord[j] = ord[j - 1];
                        j--;
                    }
                    ord[j] = x;
                }
                runStart = i;
            }
        }
    }

    /** Cost, then hop count, then hops, then arcs by their endpoints' ids. */
    private int compare(final int x, final int y) {
        if (candCost[x] != candCost[y]) {
            return candCost[x] < candCost[y] ? -1 : 1;
        }
        final PackedPath p = cand[x];
        final PackedPath q = cand[y];
        final int k = p.length();
        if (k != q.length()) {
            return k < q.length() ? -1 : 1;
        }
        for (int i = 0; i < k; i++) {
            if (p.data[i] != q.data[i]) {
                return Integer.compare(p.data[i], q.data[i]);
            }
        }
        for (int i = k; i < 2 * k; i++) {
            final int a = p.data[i];
            final int b = q.data[i];
            if (a != b) {
                final int c = Integer.compare(Math.min(arcA[a], arcB[a]), Math.min(arcA[b], arcB[b]));
                return c != 0 ? c : Integer.compare(Math.max(arcA[a], arcB[a]), Math.max(arcA[b], arcB[b]));
            }
        }
        return 0;
    }

    /** Fills {@code keptIdx} with the candidates kept, in order; returns how many. */
    private int retain(final Node n, final int dest, final int count) {
        if (params.retentionDisabled()) {
            System.arraycopy(order, 0, keptIdx, 0, count);
            return count;
        }
        final int degree = n.degree;
        if (covered.length < degree) {
            covered = new boolean[2 * degree];
        }
        // a neighbour whose g-node is the destination is on every candidate: none can be mandatory for it, and
        // leaving it uncovered would scan every candidate's hops for it (the common case at a g-node border)
        int uncovered = 0;
        for (int s = 0; s < degree; s++) {
            covered[s] = n.hv[s] == dest;
            if (!covered[s]) {
                uncovered++;
            }
        }
        int adjacent = 0;     // virtual adjacent g-nodes seen; real ones are in enteredMask or stamped by slot
        long enteredMask = 0;
        if (++adjacentGen == Integer.MAX_VALUE) {
            Arrays.fill(adjacentStamp, 0);
            adjacentGen = 1;
        }
        final int destLevel = PackedPath.level(dest);
        int kept = 0;
        for (int r = 0; r < count; r++) {
            final int c = order[r];
            final PackedPath p = cand[c];
            boolean mandatory = false;
            if (uncovered > 0) {
                for (int s = 0; s < degree; s++) {
                    if (!covered[s] && !p.containsHop(n.hv[s])) {
                        covered[s] = true;
                        uncovered--;
                        mandatory = true;
                    }
                }
            }
            final long entries = candEntries[c];
            if (params.keepAdjacentGnodePaths() && destLevel > 0 && entries != ENTRIES_BY_SCAN) {
                if ((entries & ~enteredMask) != 0) {
                    enteredMask |= entries;
                    mandatory = true;
                }
            } else if (params.keepAdjacentGnodePaths() && destLevel > 0) {
                // hop j is the g-node adjacent to my level-ℓ g-node the path enters iff it is the first at level ℓ = level(j)
                final int k = p.length() - 1;
                for (int j = 0; j < k; j++) {
                    final int h = p.hopAt(j);
                    if (j == 0 || PackedPath.level(p.hopAt(j - 1)) < PackedPath.level(h)) {
                        final int hl = PackedPath.level(h);
                        final int hp = PackedPath.pos(h);
                        if (hp < gsizes[hl]) {
                            final int hs = slotBase[hl] + hp;
                            if (slotMasks) {
                                if ((enteredMask & 1L << hs) == 0) {
                                    enteredMask |= 1L << hs;
                                    mandatory = true;
                                }
                            } else if (adjacentStamp[hs] != adjacentGen) {
                                adjacentStamp[hs] = adjacentGen;
                                mandatory = true;
                            }
                        } else if (!contains(adjacentSeen, adjacent, h)) {
                            if (adjacent == adjacentSeen.length) {
                                adjacentSeen = Arrays.copyOf(adjacentSeen, 2 * adjacent);
                            }
                            adjacentSeen[adjacent++] = h;
                            mandatory = true;
                        }
                    }
                }
            }
            if (mandatory || kept < params.maxPaths() && disjointFromKept(p, destLevel, kept)) {
                keptIdx[kept++] = c;
            }
        }
        long coveredBits = 0;
        for (int s = 0; s < Math.min(degree, Long.SIZE); s++) {
            if (covered[s]) {
                coveredBits |= 1L << s;
            }
        }
        retainedCovered = coveredBits;
        retainedEntered = enteredMask;
        return kept;
    }

    private static boolean contains(final int[] a, final int n, final int v) {
        for (int i = 0; i < n; i++) {
            if (a[i] == v) {
                return true;
            }
        }
        return false;
    }

    private boolean disjointFromKept(final PackedPath p, final int destLevel, final int kept) {
        if (kept == 0) {
            return true;
        }
        final double ratio = params.maxCommonHopsRatio();
        // p's arcs stamped once: "does p use arc a" in O(1) for every arc of every kept path (a scan of
        // p per question was the largest cost of selection at 10^4 identities)
        final int gen = stampArcs(p);
        for (int i = 0; i < kept; i++) {
            if (sharesTooMuch(cand[keptIdx[i]], gen, destLevel, ratio)) {
                return false;
            }
        }
        return true;
    }

    /** Whether the path whose arcs carry stamp {@code gen} shares more than {@code ratio} of kept path q. */
    private boolean sharesTooMuch(final PackedPath q, final int gen, final int destLevel, final double ratio) {
        final int[] stamp = arcStamp;
        final int k = q.length();
        long total = 0;
        long common = 0;
        for (int j = 0; j < k - 1; j++) {
            final int w = hopWeight[PackedPath.level(q.hopAt(j))];
            total += w;
            final int uses = (stamp[q.arcAt(j)] == gen ? 1 : 0) + (stamp[q.arcAt(j + 1)] == gen ? 1 : 0);
            common += uses == 2 ? w : uses == 1 ? (w + 1) / 2 : 0;
        }
        final int wd = destLevel > 0 ? destWeight[destLevel] : 0;
        if (wd > 0) {
            total += wd;
            if (stamp[q.arcAt(k - 1)] == gen) {
                common += wd;
            }
        }
        return total > 0 && common > ratio * total;
    }

    /** Marks the arcs of {@code p} in {@link #arcStamp} with a new generation, which it returns. */
    private int stampArcs(final PackedPath p) {
        if (arcStamp.length < arcCost.length) {
            arcStamp = new int[arcCost.length];
            arcStampGen = 0;
        } else if (arcStampGen == Integer.MAX_VALUE) {
            Arrays.fill(arcStamp, 0);
            arcStampGen = 0;
        }
        final int gen = ++arcStampGen;
        final int[] data = p.data;
        for (int i = p.length(); i < data.length; i++) {
            arcStamp[data[i]] = gen;
        }
        return gen;
    }

    private int destinationHop(final int slot) {
        int level = 0;
        while (slotBase[level + 1] <= slot) {
            level++;
        }
        return PackedPath.hop(level, slot - slotBase[level]);
    }

    // ------------------------------------------------------------------ queries

    /** Whether no ETP is in flight and no reaction is pending. */
    public boolean quiescent() {
        return pendingEvents == 0;
    }

    /** ETPs sent so far (one per arc crossed). */
    public long etpsSent() {
        return etpsSent;
    }

    /** ETPs sent so far by identity {@code id}. */
    public long etpsSent(final int id) {
        checkId(id);
        return nodes[id].etpsSent;
    }

    /** Paths carried by all ETPs sent so far (each ETP counts its paths once per arc it crosses). */
    public long pathsSent() {
        return pathsSent;
    }

    /** Simulated time of the last protocol event (delivery, send or re-selection), in ns. */
    public long lastActivityTimeNs() {
        return lastActivityNs;
    }

    /** Number of identities ever added (ids 0..count-1, removed ones included). */
    public int identityCount() {
        return nodeCount;
    }

    /** Paths kept by all identities now. */
    public long keptPathCount() {
        long total = 0;
        for (int i = 0; i < nodeCount; i++) {
            for (final PackedPath[] k : nodes[i].kept) {
                total += k.length;
            }
        }
        return total;
    }

    /** Paths {@code id} keeps to destination (level, pos). */
    public int keptPathCount(final int id, final int level, final int pos) {
        checkDestination(node(id), id, level, pos);
        return nodes[id].kept[slotBase[level] + pos].length;
    }

    /** Arcs of identity {@code id} now. */
    public int arcCount(final int id) {
        return node(id).degree;
    }

    /** Destinations of {@code id} with at least one kept path. */
    public int destinationCount(final int id) {
        final Node n = node(id);
        int count = 0;
        for (final PackedPath[] k : n.kept) {
            if (k.length > 0) {
                count++;
            }
        }
        return count;
    }

    /** Cost of table ntk's path of {@code id} to destination (level, pos), or -1 if unreachable. */
    public int bestCost(final int id, final int level, final int pos) {
        final PackedPath p = best(id, level, pos, -1);
        return p == null ? -1 : p.cost;
    }

    /** The neighbour (identity id) table ntk of {@code id} uses towards (level, pos), or -1 if unreachable. */
    public int bestFirstHop(final int id, final int level, final int pos) {
        return firstHop(id, best(id, level, pos, -1));
    }

    /**
     * Cost of the path table ntk_from_{@code neighbour} of {@code id} uses towards (level, pos): the best kept
     * path whose hops avoid the neighbour's maximum distinct g-node; -1 if none.
     */
    public int bestCostAvoiding(final int id, final int neighbour, final int level, final int pos) {
        final PackedPath p = best(id, level, pos, neighbour);
        return p == null ? -1 : p.cost;
    }

    /** The first hop (identity id) of the path of {@link #bestCostAvoiding}, or -1 if none. */
    public int bestFirstHopAvoiding(final int id, final int neighbour, final int level, final int pos) {
        return firstHop(id, best(id, level, pos, neighbour));
    }

    private int firstHop(final int id, final PackedPath p) {
        if (p == null) {
            return -1;
        }
        final int arc = p.arcAt(0);
        return arcA[arc] == id ? arcB[arc] : arcA[arc];
    }

    private PackedPath best(final int id, final int level, final int pos, final int neighbour) {
        final Node n = node(id);
        checkDestination(n, id, level, pos);
        final PackedPath[] kept = n.kept[slotBase[level] + pos];
        if (neighbour < 0) {
            return kept.length == 0 ? null : kept[0];
        }
        final int s = findSlot(n, neighbour);
        if (s < 0) {
            throw new IllegalArgumentException("identity " + neighbour + " is not a neighbour of identity " + id);
        }
        for (final PackedPath p : kept) {
            if (!p.containsHop(n.hv[s])) {
                return p;
            }
        }
        return null;
    }

    // ------------------------------------------------------------------ helpers

    private void checkDestination(final Node n, final int id, final int level, final int pos) {
        if (level < 0 || level >= levels || pos < 0 || pos >= gsizes[level] || pos == n.pos[level]) {
            throw new IllegalArgumentException("(" + level + ", " + pos + ") is not a destination of identity " + id
                    + " " + Arrays.toString(n.pos) + " (levels 0.." + (levels - 1) + ", real positions, not its own)");
        }
    }

    private int findSlot(final Node n, final int peer) {
        for (int s = 0; s < n.degree; s++) {
            final int arc = n.arcs[s];
            if (arcA[arc] == peer && nodes[arcB[arc]] == n || arcB[arc] == peer && nodes[arcA[arc]] == n) {
                return s;
            }
        }
        return -1;
    }

    private int arcBetween(final int a, final int b) {
        final Node na = node(a);
        node(b);
        final int s = findSlot(na, b);
        if (s < 0) {
            throw new IllegalArgumentException("no arc between identities " + a + " and " + b);
        }
        return na.arcs[s];
    }

    private static int highestDifferingLevel(final int[] a, final int[] b) {
        for (int level = a.length - 1; level >= 0; level--) {
            if (a[level] != b[level]) {
                return level;
            }
        }
        return -1;
    }

    private int[] checkedPositions(final int[] positions) {
        Objects.requireNonNull(positions, "positions");
        if (positions.length != levels) {
            throw new IllegalArgumentException("an address needs " + levels + " positions (level 0 first), got "
                    + Arrays.toString(positions));
        }
        for (int level = 0; level < levels; level++) {
            if (positions[level] < 0 || positions[level] > PackedPath.POS_MASK) {
                throw new IllegalArgumentException("position at level " + level + " must be in 0.." + PackedPath.POS_MASK
                        + ", got " + Arrays.toString(positions));
            }
        }
        return positions.clone();
    }

    private void checkId(final int id) {
        if (id < 0 || id >= nodeCount) {
            throw new IllegalArgumentException("no identity " + id + " (identities: 0.." + (nodeCount - 1) + ")");
        }
    }

    private Node node(final int id) {
        checkId(id);
        final Node n = nodes[id];
        if (!n.alive) {
            throw new IllegalArgumentException("identity " + id + " was removed");
        }
        return n;
    }

    private void growArcs() {
        final int m = 2 * arcA.length;
        arcA = Arrays.copyOf(arcA, m);
        arcB = Arrays.copyOf(arcB, m);
        arcCost = Arrays.copyOf(arcCost, m);
        arcLatencyNs = Arrays.copyOf(arcLatencyNs, m);
        arcSlotA = Arrays.copyOf(arcSlotA, m);
        arcSlotB = Arrays.copyOf(arcSlotB, m);
        arcAlive = Arrays.copyOf(arcAlive, m);
        arcFullPendingA = Arrays.copyOf(arcFullPendingA, m);
        arcFullPendingB = Arrays.copyOf(arcFullPendingB, m);
        arcResetStamp = Arrays.copyOf(arcResetStamp, m);
        arcResetDone = Arrays.copyOf(arcResetDone, m);
    }

    private int newMessage(final int sender, final boolean full, final PackedPath[] paths, final boolean[] dead,
            final int refs) {
        final int index;
        if (freeMessageTop > 0) {
            index = freeMessages[--freeMessageTop];
        } else {
            if (messageCount == messages.length) {
                messages = Arrays.copyOf(messages, 2 * messageCount);
                freeMessages = Arrays.copyOf(freeMessages, 2 * messageCount);
            }
            index = messageCount++;
        }
        messages[index] = new Message(full, paths, dead, refs);
        return index;
    }

    /** An ETP in flight, shared by all its recipients: the sender's paths in the sender's coordinates. */
    private static final class Message implements java.io.Serializable {
        final boolean full;
        final PackedPath[] paths;
        final boolean[] dead;     // null for a full ETP
        int refs;

        Message(final boolean full, final PackedPath[] paths, final boolean[] dead, final int refs) {
            this.full = full;
            this.paths = paths;
            this.dead = dead;
            this.refs = refs;
        }
    }

    /**
     * The paths the neighbours announced for one destination: per entry, the arc slot it came by, the path as
     * sent (the key, with the slot) and as seen here. What scans read (the slot, the sent path's hash; the local
     * path's cost, hash and entry mask) sits in primitive arrays beside the objects, and all neighbours share
     * one table: a re-selection reads one set of arrays instead of one object per path and one list per
     * neighbour, which is where selection spent its time at 10^4 identities (cache misses, not arithmetic).
     */
    private static final class Adverts implements java.io.Serializable {
        int[] arcSlot = new int[4];
        PackedPath[] from = new PackedPath[4];
        int[] fromHash = new int[4];
        PackedPath[] local = new PackedPath[4];
        int[] localCost = new int[4];
        int[] localHash = new int[4];
        long[] localEntries = new long[4];       // see entryMask
        boolean[] collapsed = new boolean[4];    // local lost hops to the grouping rule (may collide with another)
        int size;

        int indexOf(final int s, final PackedPath sent) {
            final int h = sent.hash;
            for (int i = 0; i < size; i++) {
                if (fromHash[i] == h && arcSlot[i] == s && from[i].samePath(sent)) {
                    return i;
                }
            }
            return -1;
        }

        /** The neighbour re-announced the path at {@code i} with another cost: same hops, so same local hops. */
        void recost(final int i, final PackedPath sent) {
            from[i] = sent;
            local[i] = new PackedPath(local[i], sent.cost);
            localCost[i] = sent.cost;
        }

        void add(final int s, final PackedPath sent, final PackedPath seen, final boolean lostHops, final long entries) {
            if (size == from.length) {
                final int m = 2 * size;
                arcSlot = Arrays.copyOf(arcSlot, m);
                from = Arrays.copyOf(from, m);
                fromHash = Arrays.copyOf(fromHash, m);
                local = Arrays.copyOf(local, m);
                localCost = Arrays.copyOf(localCost, m);
                localHash = Arrays.copyOf(localHash, m);
                localEntries = Arrays.copyOf(localEntries, m);
                collapsed = Arrays.copyOf(collapsed, m);
            }
            arcSlot[size] = s;
            from[size] = sent;
            fromHash[size] = sent.hash;
            local[size] = seen;
            localCost[size] = seen.cost;
            localHash[size] = seen.hash;
            localEntries[size] = entries;
            collapsed[size] = lostHops;
            size++;
        }

        void removeAt(final int i) {
            size--;
            arcSlot[i] = arcSlot[size];
            from[i] = from[size];
            fromHash[i] = fromHash[size];
            local[i] = local[size];
            localCost[i] = localCost[size];
            localHash[i] = localHash[size];
            localEntries[i] = localEntries[size];
            collapsed[i] = collapsed[size];
            from[size] = null;
            local[size] = null;
        }

        /** Removes every entry that came by arc slot {@code s}; returns whether there was one. */
        boolean removeArc(final int s) {
            final int before = size;
            for (int i = size - 1; i >= 0; i--) {
                if (arcSlot[i] == s) {
                    removeAt(i);
                }
            }
            return size != before;
        }

        /** Entries that came by arc slot {@code from} now come by slot {@code to} (a detached arc's slot reused). */
        void renumber(final int from, final int to) {
            for (int i = 0; i < size; i++) {
                if (arcSlot[i] == from) {
                    arcSlot[i] = to;
                }
            }
        }
    }

    /** The state of one identity: its arcs (slots), what each neighbour announced, and its kept paths. */
    private static final class Node implements java.io.Serializable {
        int[] pos;
        boolean alive = true;
        int degree;
        int[] arcs = new int[4];
        int[] hv = new int[4];                 // per slot: the neighbour's maximum distinct g-node, as a hop
        boolean[] heard = new boolean[4];      // per slot: a full ETP arrived
        PackedPath[] implicit = new PackedPath[4];
        final Adverts[] adverts;               // per destination slot: what the neighbours announced
        final PackedPath[][] kept;             // per destination slot, cheapest first
        final long[] keptCovered;              // per destination slot: retention's final state (see retain)
        final long[] keptEntered;
        final PackedPath[][] announced;        // per destination slot: kept as last announced to the neighbours
        final boolean[] changed;               // per destination slot: kept differs from announced
        final int[] changedList;
        int changedCount;
        boolean announcePending;
        long quietUntilNs;                     // end of the hold opened by the last announcement
        final boolean[] dirty;
        int[] dirtyList;
        int dirtyCount;
        boolean allDirty;
        boolean flushPending;
        long etpsSent;
        int moveLow = -1;                      // lowest level changed by an address change not settled yet

        Node(final int[] pos, final int slots) {
            this.pos = pos;
            adverts = new Adverts[slots];
            kept = new PackedPath[slots][];
            Arrays.fill(kept, NONE);
            keptCovered = new long[slots];
            keptEntered = new long[slots];
            announced = new PackedPath[slots][];
            Arrays.fill(announced, NONE);
            changed = new boolean[slots];
            changedList = new int[slots];
            dirty = new boolean[slots];
            dirtyList = new int[slots];
        }

        void markDirty(final int slot) {
            if (!dirty[slot]) {
                dirty[slot] = true;
                dirtyList[dirtyCount++] = slot;
            }
        }

        void clearChanged() {
            for (int i = 0; i < changedCount; i++) {
                changed[changedList[i]] = false;
            }
            changedCount = 0;
        }

        void clearDirty() {
            for (int i = 0; i < dirtyCount; i++) {
                dirty[dirtyList[i]] = false;
            }
            dirtyCount = 0;
        }

        void growSlots() {
            final int m = 2 * arcs.length;
            arcs = Arrays.copyOf(arcs, m);
            hv = Arrays.copyOf(hv, m);
            heard = Arrays.copyOf(heard, m);
            implicit = Arrays.copyOf(implicit, m);
        }
    }
}
