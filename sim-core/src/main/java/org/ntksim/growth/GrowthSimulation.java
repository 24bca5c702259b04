package org.ntksim.growth;

import it.unimi.dsi.fastutil.ints.IntArrayList;
import it.unimi.dsi.fastutil.ints.IntArrays;
import it.unimi.dsi.fastutil.longs.LongOpenHashSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.util.FastMath;
import org.ntksim.engine.Simulation;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.qspn.EtpParameters;
import org.ntksim.random.RandomStreams;

/**
 * Grows a Netsukuku network over a {@link Universe} on the event engine and churns it (decisions and
 * their rules: {@code docs/growth.md}).
 *
 * <p>Events: arrival of a node (Poisson or all at t = 0, random or BFS order), churn ticks (node
 * leave, arc break, arc cost change; Poisson during the churn phase), return of a departed node,
 * re-formation of a broken arc, checkpoints. After every event the pending <em>contacts</em> (arcs
 * whose ends are in different networks) are resolved: the smaller network enters the larger
 * through the contact arc, as one g-node of the lowest level that contains it all, degrading one
 * level at a time if no migration path exists ({@link MigrationPathSearch}); a single node that
 * cannot get any real position through any of its contacts takes a virtual one. Retries (Hooking,
 * spec §7): a virtual node looks for a real position again every {@code virtualRetryNs}, and a
 * refused or skipped contact is examined again every {@code entryRetryNs}. Every removal (node,
 * arc, migrating g-node) is followed by a split check of the g-nodes that lost something; the
 * islands without the eldest node become networks of their own and re-enter through their arcs.
 *
 * <p>Usage: {@code new GrowthSimulation(universe, config, streams, recorder, backend).run()}. Not
 * thread-safe.
 */
public final class GrowthSimulation implements Serializable {
    private final Universe universe;
    private final GrowthConfig config;
    private RunRecorder recorder;
    private final RoutingBackend backend;
    private final Simulation sim;
    private final HierarchyState state;
    private final MigrationPathSearch search;
    private final int n;
    private final int levels;

    private final boolean[] linkUp;
    private final boolean[] linkBroken;
    private final boolean[] qspnArc;
    private final int[] linkCost;
    private final int[] identity;
    private final IntArrayList presentList = new IntArrayList();
    private final int[] presentIndex;
    private final IntArrayList upLinks = new IntArrayList();
    private final int[] upIndex;

    private final int[] arrivalOrder;
    private int arrivalCursor;
    private final RandomGenerator arrivalGaps;
    private final RandomGenerator leaveRng;
    private final RandomGenerator breakRng;
    private final RandomGenerator costRng;
    private final RandomGenerator downRng;

    private final int kindArrival;
    private final int kindReturn;
    private final int kindLeaveTick;
    private final int kindBreakTick;
    private final int kindCostTick;
    private final int kindRepair;
    private final int kindCheckpoint;
    private final int kindVirtualRetry;
    private final int kindEntryRetry;
    /** Per node: bumped when it leaves or takes a virtual position, so that older pending retries are ignored. */
    private final int[] virtualEpoch;
    /** Per link: an entry retry is scheduled (one at a time per arc, as one Hooking tasklet per arc). */
    private final boolean[] entryRetryPending;
    /** How many times a run reports its progress. */
    private static final int PROGRESS_STEPS = 1000;
    private transient DoubleConsumer progress = fraction -> { };
    /** Progress steps done; {@code PROGRESS_STEPS} = finished, final metrics recorded. */
    private int stepsDone;
    /** Whether the initial events are scheduled (the first step may pause before it is done). */
    private boolean started;

    private final IntArrayList contacts = new IntArrayList();
    private int contactHead;
    private final IntArrayList seeds = new IntArrayList();
    private final IntArrayList seedLimits = new IntArrayList();
    private final LongOpenHashSet checkedGnodes = new LongOpenHashSet();
    private final IntArrayList scratch = new IntArrayList();
    private final IntArrayList bfsQueueA = new IntArrayList();
    private final IntArrayList bfsQueueB = new IntArrayList();
    private final int[] stampA;
    private final int[] stampB;
    private int epoch;

    private long pathLengthSum;
    private long pathCount;
    private int pathLengthMax;

    /**
     * @param universe the potential network
     * @param config parameters
     * @param streams random streams of this run
     * @param recorder where every metric goes
     * @param backend routing backend (use {@link FastPathBackend} or {@link RoutingBackend#none()})
     */
    public GrowthSimulation(final Universe universe, final GrowthConfig config, final RandomStreams streams,
            final RunRecorder recorder, final RoutingBackend backend) {
        this(universe, config, streams, recorder, sim -> backend);
    }

    /**
     * A growth run whose routing backend is built on the run's own engine (message-level backends
     * schedule their messages there, interleaved with the growth events).
     *
     * @param backendFactory builds the backend from the engine of this run
     */
    public GrowthSimulation(final Universe universe, final GrowthConfig config, final RandomStreams streams,
            final RunRecorder recorder, final Function<Simulation, RoutingBackend> backendFactory) {
        this.universe = universe;
        this.config = config;
        this.recorder = recorder;
        this.sim = new Simulation(streams);
        this.backend = backendFactory.apply(sim);
        n = universe.nodeCount();
        levels = config.levels();
        if (config.nodesToArrive() > n) {
            throw new IllegalArgumentException("growth parameter nodesToArrive: expected <= " + n
                    + " (universe size), was " + config.nodesToArrive());
        }
        state = new HierarchyState(n, config.gsizesTopFirst());
        final int m = universe.linkCount();
        linkUp = new boolean[m];
        linkBroken = new boolean[m];
        qspnArc = new boolean[m];
        linkCost = new int[m];
        for (int e = 0; e < m; e++) {
            linkCost[e] = universe.linkCost(e);
        }
        identity = new int[n];
        Arrays.fill(identity, -1);
        presentIndex = new int[n];
        upIndex = new int[m];
        stampA = new int[n];
        stampB = new int[n];
        virtualEpoch = new int[n];
        entryRetryPending = new boolean[m];
        search = new MigrationPathSearch(state, universe, linkUp);
        arrivalOrder = arrivalOrder(streams.stream("growth.arrival.order"));
        arrivalGaps = streams.stream("growth.arrival.gaps");
        leaveRng = streams.stream("growth.churn.leave");
        breakRng = streams.stream("growth.churn.break");
        costRng = streams.stream("growth.churn.cost");
        downRng = streams.stream("growth.churn.downtime");
        kindArrival = sim.registerHandler((s, target, arg) -> onArrival());
        kindReturn = sim.registerHandler((s, target, arg) -> arrive(target, true));
        kindLeaveTick = sim.registerHandler((s, target, arg) -> onLeaveTick());
        kindBreakTick = sim.registerHandler((s, target, arg) -> onBreakTick());
        kindCostTick = sim.registerHandler((s, target, arg) -> onCostTick());
        kindRepair = sim.registerHandler((s, target, arg) -> onRepair(target));
        kindCheckpoint = sim.registerHandler((s, target, arg) -> onCheckpoint(target));
        kindVirtualRetry = sim.registerHandler((s, target, arg) -> onVirtualRetry(target, (int) arg));
        kindEntryRetry = sim.registerHandler((s, target, arg) -> onEntryRetry(target));
    }

    /**
     * A growth run with the backend of {@code config.routingMode()}: {@link FastPathBackend}, {@link
     * MessageQspnBackend} with retention rules {@code qspn}, or none.
     */
    public static GrowthSimulation create(final Universe universe, final GrowthConfig config,
            final RandomStreams streams, final RunRecorder recorder, final EtpParameters qspn) {
        if (config.routingMode() == GrowthConfig.RoutingMode.MESSAGE_QSPN) {
            return new GrowthSimulation(universe, config, streams, recorder,
                    sim -> new MessageQspnBackend(sim, config.gsizesTopFirst(), qspn));
        }
        return new GrowthSimulation(universe, config, streams, recorder, RoutingBackend.forMode(config, streams));
    }

    /** Called a thousand times per run with the fraction of the simulated duration done (for progress bars). */
    public void onProgress(final DoubleConsumer listener) {
        this.progress = Objects.requireNonNull(listener, "listener");
    }

    /** Runs the whole configured duration (or what is left of it); metrics are in the recorder afterwards. */
    public void run() {
        while (!step()) {
            // each step reports its progress
        }
    }

    /**
     * Runs one of the thousand progress steps of simulated time (the first one schedules the initial
     * events, the last one records the final metrics). Chained steps execute exactly the events one
     * uninterrupted run would, in the same order, which is what lets a run stop between two steps, be
     * saved with {@link #writeSnapshot} and go on later.
     *
     * @return whether the run is finished
     */
    public boolean step() {
        return step(Long.MAX_VALUE);
    }

    /**
     * As {@link #step()}, but pauses after {@code maxEvents} events if the progress step is not done by
     * then (one step of a large message-level run can take an hour); the run can be saved there too, and
     * the next call goes on where this one paused.
     *
     * @return whether the run is finished
     */
    public boolean step(final long maxEvents) {
        if (stepsDone == PROGRESS_STEPS) {
            return true;
        }
        if (!started) {
            started = true;
            scheduleInitialEvents();
        }
        final long end = config.durationNs();
        final int step = stepsDone + 1;
        final long until = step == PROGRESS_STEPS ? end : end / PROGRESS_STEPS * step;
        if (!sim.runUntil(until, maxEvents)) {
            return false;
        }
        stepsDone = step;
        progress.accept(end == 0 ? 1.0 : (double) until / end);
        if (step == PROGRESS_STEPS) {
            recordFinal();
        }
        return step == PROGRESS_STEPS;
    }

    /** Where this run's metrics go (after {@link #readSnapshot}, the recorder that was saved with it). */
    public RunRecorder recorder() {
        return recorder;
    }

    /** Fraction of the simulated duration done. */
    public double fractionDone() {
        return (double) stepsDone / PROGRESS_STEPS;
    }

    private void scheduleInitialEvents() {
        final int arrivals = arrivalOrder.length;
        if (config.arrivalProcess() == GrowthConfig.ArrivalProcess.ALL_AT_ZERO) {
            for (int i = 0; i < arrivals; i++) {
                sim.scheduleAt(0, kindArrival, i, 0);
            }
        } else if (arrivals > 0) {
            sim.schedule(exponentialNs(arrivalGaps, config.arrivalRatePerSecond()), kindArrival, 0, 0);
        }
        if (config.hasChurn()) {
            scheduleTick(kindLeaveTick, leaveRng, config.leaveRatePerSecond(), config.churnStartNs());
            scheduleTick(kindBreakTick, breakRng, config.arcBreakRatePerSecond(), config.churnStartNs());
            scheduleTick(kindCostTick, costRng, config.arcCostChangeRatePerSecond(), config.churnStartNs());
        }
        final int samples = config.samples();
        for (int i = 0; i < samples; i++) {
            final long at = config.durationNs() / samples * (i + 1) + (i == samples - 1 ? config.durationNs() % samples : 0);
            sim.scheduleAt(at, kindCheckpoint, i, 0);
        }
    }

    /**
     * Writes the whole state of the run (engine queue, network, routing backend, random streams, recorder)
     * so that {@link #readSnapshot} and more {@link #step() steps} finish it exactly as an uninterrupted run
     * would. Call it between steps only. The progress listener is not saved.
     */
    public void writeSnapshot(final OutputStream out) throws IOException {
        final ObjectOutputStream o = new ObjectOutputStream(out);
        o.writeObject(this);
        o.flush();
    }

    /**
     * A run saved by {@link #writeSnapshot}. Serialization refuses classes whose fields changed since, but
     * not a change of logic alone: reading back only what the same build wrote is the caller's job (the
     * experiment runner heads its snapshots with the build). Its progress listener does nothing until set
     * again; its recorder is the one saved with it.
     */
    public static GrowthSimulation readSnapshot(final InputStream in) throws IOException {
        final ObjectInputStream o = new ObjectInputStream(in);
        try {
            return (GrowthSimulation) o.readObject();
        } catch (final ClassNotFoundException | ClassCastException e) {
            throw new IOException("not a growth run snapshot of this build: " + e.getMessage(), e);
        }
    }

    /**
     * As {@link #readSnapshot(InputStream)}, with {@code into} as the recorder from now on: it gets what the
     * saved run had recorded, and everything the rest of the run records.
     */
    public static GrowthSimulation readSnapshot(final InputStream in, final RunRecorder into) throws IOException {
        final GrowthSimulation g = readSnapshot(in);
        into.copyFrom(g.recorder);
        g.recorder = into;
        return g;
    }

    private void readObject(final ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        progress = fraction -> { };
    }

    /** The addresses and g-nodes (for tests and the runner; read only). */
    public HierarchyState state() {
        return state;
    }

    /** Whether universe link {@code link} is an arc now. */
    public boolean isLinkUp(final int link) {
        return linkUp[link];
    }

    /** Current cost of universe link {@code link}. */
    public int linkCost(final int link) {
        return linkCost[link];
    }

    /** Events executed so far. */
    public long eventsExecuted() {
        return sim.eventsExecuted();
    }

    /** The migration-path search of this run (tests compare it with a reference). */
    MigrationPathSearch search() {
        return search;
    }

    /** The engine (to run part of the time in tests). */
    Simulation engine() {
        return sim;
    }

    // ---------------------------------------------------------------- arrivals

    private int[] arrivalOrder(final RandomGenerator rng) {
        final int count = config.nodesToArrive() < 0 ? n : config.nodesToArrive();
        final int[] perm = new int[n];
        for (int i = 0; i < n; i++) {
            perm[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            final int j = rng.nextInt(i + 1);
            final int t = perm[i];
            perm[i] = perm[j];
            perm[j] = t;
        }
        if (config.arrivalOrder() == GrowthConfig.ArrivalOrder.RANDOM) {
            return Arrays.copyOf(perm, count);
        }
        final int[] order = new int[n];
        final boolean[] seen = new boolean[n];
        int tail = 0;
        for (final int start : perm) {
            if (tail >= count) {
                break;
            }
            if (seen[start]) {
                continue;
            }
            seen[start] = true;
            int head = tail;
            order[tail++] = start;
            while (head < tail) {
                final int x = order[head++];
                for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
                    final int y = universe.adjNode(s);
                    if (!seen[y]) {
                        seen[y] = true;
                        order[tail++] = y;
                    }
                }
            }
        }
        return Arrays.copyOf(order, count);
    }

    private void onArrival() {
        final int node = arrivalOrder[arrivalCursor++];
        if (config.arrivalProcess() == GrowthConfig.ArrivalProcess.POISSON && arrivalCursor < arrivalOrder.length) {
            sim.schedule(exponentialNs(arrivalGaps, config.arrivalRatePerSecond()), kindArrival, 0, 0);
        }
        arrive(node, false);
    }

    /** Node {@code x} arrives now (tests call it directly, with no scheduled arrivals). */
    void arrive(final int x, final boolean returning) {
        if (state.isPresent(x)) {
            return;
        }
        recorder.increment(returning ? "growth.returns" : "growth.arrivals");
        presentIndex[x] = presentList.size();
        presentList.add(x);
        final int[] zero = new int[levels];
        state.place(x, state.newNetwork(), zero, true);
        identity[x] = backend.addIdentity(zero);
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            final int link = universe.adjLink(s);
            if (!linkBroken[link] && state.isPresent(universe.adjNode(s))) {
                setUp(link, true);
                contacts.add(link);
            }
        }
        processContacts();
    }

    // ---------------------------------------------------------------- churn

    private void scheduleTick(final int kind, final RandomGenerator rng, final double ratePerSecond, final long fromNs) {
        if (ratePerSecond <= 0) {
            return;
        }
        final long at = fromNs + exponentialNs(rng, ratePerSecond);
        if (at < config.churnStartNs() + config.churnLengthNs()) {
            sim.scheduleAt(at, kind, 0, 0);
        }
    }

    private void onLeaveTick() {
        scheduleTick(kindLeaveTick, leaveRng, config.leaveRatePerSecond(), sim.nowNs());
        if (presentList.isEmpty()) {
            return;
        }
        final int x = presentList.getInt(leaveRng.nextInt(presentList.size()));
        leave(x);
        if (config.nodeDownMeanNs() > 0) {
            sim.schedule(exponentialMeanNs(downRng, config.nodeDownMeanNs()), kindReturn, x, 0);
        }
    }

    /** Node {@code x} leaves now (churn; tests call it directly). */
    void leave(final int x) {
        recorder.increment("growth.leaves");
        virtualEpoch[x]++;
        clearSeeds();
        final int network = state.network(x);
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            final int link = universe.adjLink(s);
            if (linkUp[link]) {
                final int y = universe.adjNode(s);
                if (state.network(y) == network) {
                    addSeed(y, levels + 1);
                }
                setUp(link, false);
            }
        }
        state.unplace(x);
        backend.removeIdentity(identity[x]);
        identity[x] = -1;
        final int last = presentList.popInt();
        if (last != x) {
            presentList.set(presentIndex[x], last);
            presentIndex[last] = presentIndex[x];
        }
        resolveSplits();
        processContacts();
    }

    private void onBreakTick() {
        scheduleTick(kindBreakTick, breakRng, config.arcBreakRatePerSecond(), sim.nowNs());
        if (upLinks.isEmpty()) {
            return;
        }
        breakArc(upLinks.getInt(breakRng.nextInt(upLinks.size())));
    }

    /** Breaks arc {@code link} now (churn; tests call it directly). */
    void breakArc(final int link) {
        recorder.increment("growth.arc_breaks");
        linkBroken[link] = true;
        final int a = universe.linkA(link);
        final int b = universe.linkB(link);
        final boolean sameNetwork = state.network(a) == state.network(b);
        setUp(link, false);
        if (sameNetwork) {
            clearSeeds();
            addSeed(a, levels + 1);
            addSeed(b, levels + 1);
            resolveSplits();
        }
        if (config.arcDownMeanNs() > 0) {
            sim.schedule(exponentialMeanNs(downRng, config.arcDownMeanNs()), kindRepair, link, 0);
        }
        processContacts();
    }

    private void onRepair(final int link) {
        linkBroken[link] = false;
        if (state.isPresent(universe.linkA(link)) && state.isPresent(universe.linkB(link))) {
            recorder.increment("growth.arc_repairs");
            setUp(link, true);
            contacts.add(link);
            processContacts();
        }
    }

    private void onCostTick() {
        scheduleTick(kindCostTick, costRng, config.arcCostChangeRatePerSecond(), sim.nowNs());
        if (upLinks.isEmpty()) {
            return;
        }
        final int link = upLinks.getInt(costRng.nextInt(upLinks.size()));
        final double lnMax = FastMath.log(config.costChangeMaxFactor());
        final double f = FastMath.exp((2 * costRng.nextDouble() - 1) * lnMax);
        final int cost = (int) Math.max(1L, Math.min(Integer.MAX_VALUE / 4, FastMath.round(universe.linkCost(link) * f)));
        recorder.increment("growth.arc_cost_changes");
        linkCost[link] = cost;
        if (qspnArc[link]) {
            backend.changeArcCost(identity[universe.linkA(link)], identity[universe.linkB(link)], cost);
        }
    }

    private void setUp(final int link, final boolean up) {
        if (linkUp[link] == up) {
            return;
        }
        linkUp[link] = up;
        search.linkChanged(link);
        if (up) {
            upIndex[link] = upLinks.size();
            upLinks.add(link);
        } else {
            final int last = upLinks.popInt();
            if (last != link) {
                upLinks.set(upIndex[link], last);
                upIndex[last] = upIndex[link];
            }
        }
        syncArc(link);
    }

    /** Tells the backend whether {@code link} is a QSPN arc (up, both ends in one network). */
    private void syncArc(final int link) {
        final int a = universe.linkA(link);
        final int b = universe.linkB(link);
        final boolean want = linkUp[link] && state.network(a) == state.network(b) && state.isPresent(a);
        if (want == qspnArc[link]) {
            return;
        }
        qspnArc[link] = want;
        if (want) {
            backend.addArc(identity[a], identity[b], linkCost[link], linkCost[link] * 1_000L);
        } else {
            backend.removeArc(identity[a], identity[b]);
        }
    }

    private void syncArcsOf(final int x) {
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            syncArc(universe.adjLink(s));
        }
    }

    // ---------------------------------------------------------------- meeting and entering

    private void processContacts() {
        final long guard = 20L * n + 1000;
        long steps = 0;
        while (contactHead < contacts.size()) {
            if (++steps > guard) {
                recorder.increment("growth.contact_guard_hits");
                break;
            }
            final int link = contacts.getInt(contactHead++);
            if (!linkUp[link]) {
                continue;
            }
            final int a = universe.linkA(link);
            final int b = universe.linkB(link);
            if (state.network(a) == state.network(b)) {
                continue;
            }
            meet(a, b, link);
        }
        contacts.clear();
        contactHead = 0;
    }

    /** Networks of a and b meet over the arc a-b: the smaller enters the larger (ties: the younger enters). */
    private void meet(final int a, final int b, final int link) {
        final int sa = state.networkSize(a);
        final int sb = state.networkSize(b);
        final boolean aEnters = sa < sb || (sa == sb && state.networkBirth(a) > state.networkBirth(b));
        final int entering = aEnters ? a : b;
        final int host = aEnters ? b : a;
        if (!state.isRealFrom(host, 0)) {
            recorder.increment("growth.contacts_skipped_virtual");
            scheduleEntryRetry(link);
            return;
        }
        enter(entering, host, link);
    }

    private void enter(final int nNode, final int v, final int link) {
        final int gSize = state.networkSize(nNode);
        int lvl = 0;
        while (lvl < levels - 1 && state.members(state.recordOf(nNode, lvl)) < gSize) {
            lvl++;
        }
        final IntArrayList hosts = contactHosts(nNode, v);
        MigrationPathSearch.Plan plan = null;
        int host = v;
        while (lvl >= 0) {
            // a g-node of level >= 1 degrades through the contact it was elected on ("Prenotazione fallita");
            // the single node it comes down to tries its other contacts before a virtual position
            final int tried = lvl == 0 ? hosts.size() : 1;
            for (int i = 0; i < tried && plan == null; i++) {
                host = hosts.getInt(i);
                plan = search.search(host, lvl, config.epsilon(), config.maxMigrationDistance(), config.maxSearchVisits());
                recorder.add("growth.search_visits", search.lastVisits());
                if (search.lastTruncated()) {
                    recorder.increment("growth.search_truncated");
                }
            }
            if (search.lastRelaxed()) {
                recorder.increment("growth.search_relaxed");
            }
            if (plan != null) {
                break;
            }
            recorder.increment("growth.entry_degrades");
            lvl--;
        }
        final IntArrayList g = new IntArrayList();
        clearSeeds();
        final int hostNet = state.network(v);
        if (plan == null) {
            int vp = -1;
            for (int i = 0; i < hosts.size() && vp < 0; i++) {
                host = hosts.getInt(i);
                vp = state.freeVirtualPosition(host, 1);
            }
            if (vp < 0) {
                recorder.increment("growth.entry_refused");
                scheduleEntryRetry(link);
                return;
            }
            g.add(nNode);
            final int[] template = state.address(host);
            template[0] = vp;
            move(g, hostNet, template, 0, true);
            recorder.increment("growth.virtual_addresses");
            if (config.virtualRetryNs() > 0) {
                // a node already virtual elsewhere (an island that kept its address) may have a retry
                // pending: the new epoch makes that one stale, so one retry chain per node is alive
                sim.schedule(config.virtualRetryNs(), kindVirtualRetry, nNode, ++virtualEpoch[nNode]);
            }
        } else {
            if (host != v) {
                recorder.increment("growth.entries_other_contact");
            }
            state.membersOf(nNode, lvl, g);
            execute(plan, g, hostNet);
        }
        recorder.increment("growth.entries");
        recorder.increment(g.size() == 1 ? "growth.entries.single" : "growth.merges");
        for (int i = 0; i < g.size(); i++) {
            pushCrossContacts(g.getInt(i));
        }
        resolveSplits();
        if (gSize > g.size()) {
            recorder.increment("growth.partial_entries");
        }
    }

    /**
     * The host-side ends of the contacts through which {@code nNode} may enter alone (level 0): {@code v}
     * first, then (with {@code electAmongContacts}) every other fully real neighbour of {@code nNode} in
     * v's network, in arc order. docs/growth.md §3: the election among contact points, and each arc's
     * own later attempt, collapsed into one event.
     */
    private IntArrayList contactHosts(final int nNode, final int v) {
        final IntArrayList hosts = new IntArrayList();
        hosts.add(v);
        if (!config.electAmongContacts()) {
            return hosts;
        }
        final int hostNet = state.network(v);
        for (int s = universe.adjStart(nNode), e = universe.adjEnd(nNode); s < e; s++) {
            final int w = universe.adjNode(s);
            if (w != v && linkUp[universe.adjLink(s)] && state.network(w) == hostNet && state.isRealFrom(w, 0)) {
                hosts.add(w);
            }
        }
        return hosts;
    }

    // ---------------------------------------------------------------- retries (docs/growth.md §4, §3)

    /** The contact over {@code link} is examined again after the entry retry period (if not already due). */
    private void scheduleEntryRetry(final int link) {
        if (config.entryRetryNs() > 0 && !entryRetryPending[link]) {
            entryRetryPending[link] = true;
            sim.schedule(config.entryRetryNs(), kindEntryRetry, link, 0);
        }
    }

    private void onEntryRetry(final int link) {
        entryRetryPending[link] = false;
        final int a = universe.linkA(link);
        final int b = universe.linkB(link);
        if (!linkUp[link] || state.network(a) == state.network(b)) {
            return;
        }
        recorder.increment("growth.entry_retries");
        contacts.add(link);
        processContacts();
    }

    private void onVirtualRetry(final int x, final int epoch) {
        if (epoch != virtualEpoch[x] || !state.isPresent(x) || state.isRealFrom(x, 0)) {
            return;
        }
        recorder.increment("growth.virtual_retries");
        if (upgradeVirtual(x)) {
            processContacts();
        } else {
            sim.schedule(config.virtualRetryNs(), kindVirtualRetry, x, epoch);
        }
    }

    /**
     * Node {@code x}, virtual at level 0, asks each real neighbour of its own network in turn for a
     * place, as a single node entering (a migration path at level 0); the first that finds one
     * gives it a real address. Its arcs to other networks become contacts again (it is now a main
     * identity with a real address, which the Hooking tasklet of each arc requires).
     */
    private boolean upgradeVirtual(final int x) {
        final int network = state.network(x);
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            final int v = universe.adjNode(s);
            if (!linkUp[universe.adjLink(s)] || state.network(v) != network || !state.isRealFrom(v, 0)) {
                continue;
            }
            final MigrationPathSearch.Plan plan = search.search(v, 0, config.epsilon(), config.maxMigrationDistance(),
                    config.maxSearchVisits());
            recorder.add("growth.search_visits", search.lastVisits());
            if (search.lastTruncated()) {
                recorder.increment("growth.search_truncated");
            }
            if (plan == null) {
                continue;
            }
            final IntArrayList g = new IntArrayList();
            g.add(x);
            clearSeeds();
            execute(plan, g, network);
            if (!state.isRealFrom(x, 0)) {
                // x opened a new g-node of level hl-1 >= 1 and kept its own (virtual) positions below it:
                // it is alone there, so position 0 at those levels is free, as for a lone node entering
                final int[] alone = state.address(x);
                for (int l = 0; l < plan.hostLevel() - 1; l++) {
                    alone[l] = 0;
                }
                move(g, network, alone, 0, false);
            }
            recorder.increment("growth.virtual_upgraded");
            pushCrossContacts(x);
            resolveSplits();
            return true;
        }
        return false;
    }

    /** Runs the migrations of {@code plan} (last first), then places {@code g} in the freed place. */
    private void execute(final MigrationPathSearch.Plan plan, final IntArrayList g, final int hostNet) {
        final int m = plan.stepLevel().length;
        final int hl = plan.hostLevel();
        final int d = m - 1;
        recorder.increment("growth.migration_path_length.d" + d);
        recorder.increment("growth.host_level_delta." + (hl - plan.askLevel()));
        pathLengthSum += d;
        pathCount++;
        pathLengthMax = Math.max(pathLengthMax, d);
        if (m == 1) {
            final int[] template = state.address(plan.stepRep()[0]);
            template[hl - 1] = plan.newPosition();
            move(g, hostNet, template, hl - 1, true);
            return;
        }
        recorder.increment("growth.migration_paths");
        recorder.add("growth.migrations", d);
        recorder.add("growth.connectivity_positions", d);
        final int[][] borderAddr = new int[m - 1][];
        final List<IntArrayList> beta = new ArrayList<>();
        for (int i = 0; i < m - 1; i++) {
            final int u = plan.border()[i];
            borderAddr[i] = state.address(u);
            final IntArrayList members = new IntArrayList();
            state.membersOf(u, plan.stepLevel()[i] - 1, members);
            beta.add(members);
        }
        final int[] last = state.address(plan.stepRep()[m - 1]);
        last[hl - 1] = plan.newPosition();
        move(beta.get(m - 2), hostNet, last, hl - 1, false);
        for (int i = m - 3; i >= 0; i--) {
            move(beta.get(i), hostNet, borderAddr[i + 1], plan.stepLevel()[i + 1] - 1, false);
        }
        move(g, hostNet, borderAddr[0], plan.stepLevel()[0] - 1, true);
    }

    /**
     * Moves {@code nodes} into {@code network} with the positions of {@code template} from
     * {@code fromLevel} up and their own below; new eldership (in their old order) if asked.
     */
    private void move(final IntArrayList nodes, final int network, final int[] template, final int fromLevel,
            final boolean newEldership) {
        final int count = nodes.size();
        final int[] order = nodes.toIntArray();
        if (newEldership) {
            IntArrays.quickSort(order, (p, q) -> Long.compare(state.joinSeq(p), state.joinSeq(q)));
        }
        final int oldNetwork = state.network(order[0]);
        final int[] oldFirst = state.address(order[0]);
        final int mark = ++epoch;
        for (final int x : order) {
            stampA[x] = mark;
        }
        final int boundaryFrom = scratch.size();
        for (final int x : order) {
            for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
                final int y = universe.adjNode(s);
                if (linkUp[universe.adjLink(s)] && stampA[y] != mark && state.network(y) == oldNetwork) {
                    scratch.add(y);
                }
            }
        }
        final int[][] addr = new int[count][];
        for (int i = 0; i < count; i++) {
            addr[i] = state.address(order[i]);
            state.unplace(order[i]);
        }
        for (int i = 0; i < count; i++) {
            if (fromLevel < levels) {
                System.arraycopy(template, fromLevel, addr[i], fromLevel, levels - fromLevel);
            }
            state.place(order[i], network, addr[i], newEldership);
            backend.changeAddress(identity[order[i]], addr[i]);
        }
        for (int i = 0; i < count; i++) {
            syncArcsOf(order[i]);
        }
        // the old place lost the group: its g-nodes below the first level shared by old and new place may split
        int limit = levels + 1;
        if (network == oldNetwork) {
            limit = levels - 1;
            while (limit >= 0 && oldFirst[limit] == addr[0][limit]) {
                limit--;
            }
            limit++;
        }
        for (int i = boundaryFrom; i < scratch.size(); i++) {
            addSeed(scratch.getInt(i), limit);
        }
        scratch.size(boundaryFrom);
    }

    private void clearSeeds() {
        seeds.clear();
        seedLimits.clear();
    }

    /** The g-nodes of {@code node} of levels 1 .. limit-1 must be checked for a split. */
    private void addSeed(final int node, final int limit) {
        seeds.add(node);
        seedLimits.add(limit);
    }

    private void pushCrossContacts(final int x) {
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            final int link = universe.adjLink(s);
            if (linkUp[link] && state.network(universe.adjNode(s)) != state.network(x)) {
                contacts.add(link);
            }
        }
    }

    // ---------------------------------------------------------------- splits

    /**
     * Checks, level by level from 1 up, that the seeds lying in one g-node are still connected inside
     * it; a g-node found split keeps the island with its eldest node, the other islands become
     * networks of their own (same addresses) and their arcs become contacts.
     */
    private void resolveSplits() {
        final LongOpenHashSet checked = checkedGnodes;
        for (int level = 1; level <= levels; level++) {
            checked.clear();
            // seeds grow while islands are detached; their limits say which levels lost something
            for (int i = 0; i < seeds.size(); i++) {
                final int a = seeds.getInt(i);
                if (seedLimits.getInt(i) <= level || !state.isPresent(a)) {
                    continue;
                }
                final long key = state.keyOf(a, level);
                if (!checked.add(key)) {
                    continue;
                }
                for (int j = i + 1; j < seeds.size(); j++) {
                    final int b = seeds.getInt(j);
                    if (seedLimits.getInt(j) <= level || !state.isPresent(b) || state.keyOf(b, level) != key
                            || !state.isPresent(a) || state.keyOf(a, level) != key) {
                        continue;
                    }
                    if (!connectedWithin(a, b, level)) {
                        split(a, level);
                    }
                }
            }
        }
        clearSeeds();
    }

    /** Interleaved BFS from a and b inside their level-{@code level} g-node; true when the two meet. */
    private boolean connectedWithin(final int a, final int b, final int level) {
        if (a == b) {
            return true;
        }
        if (level >= 2) {
            // levels below are already checked, so children are connected: a search over children suffices
            return search.adjacency().connectedInside(a, b, level);
        }
        final int network = state.network(a);
        final long prefix = state.prefix(a, level);
        final int mark = ++epoch;
        bfsQueueA.clear();
        bfsQueueB.clear();
        bfsQueueA.add(a);
        bfsQueueB.add(b);
        stampA[a] = mark;
        stampB[b] = mark;
        int ha = 0;
        int hb = 0;
        while (ha < bfsQueueA.size() && hb < bfsQueueB.size()) {
            if (expandOne(bfsQueueA.getInt(ha++), network, prefix, level, stampA, stampB, bfsQueueA, mark)) {
                return true;
            }
            if (expandOne(bfsQueueB.getInt(hb++), network, prefix, level, stampB, stampA, bfsQueueB, mark)) {
                return true;
            }
        }
        return false;
    }

    private boolean expandOne(final int x, final int network, final long prefix, final int level, final int[] mine,
            final int[] theirs, final IntArrayList queue, final int mark) {
        for (int s = universe.adjStart(x), e = universe.adjEnd(x); s < e; s++) {
            if (!linkUp[universe.adjLink(s)]) {
                continue;
            }
            final int y = universe.adjNode(s);
            if (mine[y] == mark || state.network(y) != network || state.prefix(y, level) != prefix) {
                continue;
            }
            if (theirs[y] == mark) {
                return true;
            }
            mine[y] = mark;
            queue.add(y);
        }
        return false;
    }

    /** The level-{@code level} g-node of {@code x} is split: detach every island but the eldest's. */
    private void split(final int x, final int level) {
        recorder.increment(level == levels ? "growth.network_splits" : "growth.splits");
        final IntArrayList members = new IntArrayList();
        state.membersOf(x, level, members);
        final int network = state.network(x);
        final long prefix = state.prefix(x, level);
        final int mark = ++epoch;
        final List<IntArrayList> islands = new ArrayList<>();
        int eldestIsland = -1;
        long eldest = Long.MAX_VALUE;
        for (int i = 0; i < members.size(); i++) {
            final int start = members.getInt(i);
            if (stampA[start] == mark) {
                continue;
            }
            final IntArrayList island = new IntArrayList();
            stampA[start] = mark;
            island.add(start);
            for (int h = 0; h < island.size(); h++) {
                final int y = island.getInt(h);
                if (state.joinSeq(y) < eldest) {
                    eldest = state.joinSeq(y);
                    eldestIsland = islands.size();
                }
                for (int s = universe.adjStart(y), e = universe.adjEnd(y); s < e; s++) {
                    final int z = universe.adjNode(s);
                    if (linkUp[universe.adjLink(s)] && stampA[z] != mark && state.network(z) == network
                            && state.prefix(z, level) == prefix) {
                        stampA[z] = mark;
                        island.add(z);
                    }
                }
            }
            islands.add(island);
        }
        for (int i = 0; i < islands.size(); i++) {
            if (i == eldestIsland) {
                continue;
            }
            final IntArrayList island = islands.get(i);
            move(island, state.newNetwork(), null, levels, false);
            for (int j = 0; j < island.size(); j++) {
                pushCrossContacts(island.getInt(j));
            }
        }
    }

    // ---------------------------------------------------------------- metrics

    private void onCheckpoint(final int index) {
        final long now = sim.nowNs();
        recordState(now, true);
        backend.checkpoint(index, now, recorder);
    }

    private void recordState(final long now, final boolean series) {
        int largest = 0;
        int virtualNodes = 0;
        for (int i = 0; i < presentList.size(); i++) {
            final int x = presentList.getInt(i);
            largest = Math.max(largest, state.networkSize(x));
            if (!state.isRealFrom(x, 0)) {
                // counted from the addresses: a virtual node may also become real by entering another network
                virtualNodes++;
            }
        }
        put("nodes_present", now, presentList.size(), series);
        put("networks", now, state.networkCount(), series);
        put("largest_network", now, largest, series);
        put("virtual_nodes", now, virtualNodes, series);
        put("events_executed", now, sim.eventsExecuted(), series);
        for (final String c : new String[] {"growth.entries", "growth.migrations", "growth.splits", "growth.network_splits",
            "growth.leaves", "growth.arc_breaks"}) {
            if (series) {
                recorder.sample(c, now, recorder.counter(c));
            }
        }
        for (int level = 1; level <= levels; level++) {
            final long[] use = state.levelUse(level);
            final double frac = use[0] == 0 ? 0 : (double) use[1] / (use[0] * (double) state.gsize(level - 1));
            put("address_space.level" + level + ".use", now, frac, series);
            put("address_space.level" + level + ".gnodes", now, use[0], series);
        }
    }

    private void put(final String name, final long now, final double value, final boolean series) {
        if (series) {
            recorder.sample(name, now, value);
        } else {
            recorder.scalar(name, value);
        }
    }

    private void recordFinal() {
        recordState(sim.nowNs(), false);
        recorder.scalar("growth.migration_path_length.mean", pathCount == 0 ? 0 : (double) pathLengthSum / pathCount);
        recorder.scalar("growth.migration_path_length.max", pathLengthMax);
        int crossArcs = 0;
        for (int i = 0; i < upLinks.size(); i++) {
            final int link = upLinks.getInt(i);
            if (state.network(universe.linkA(link)) != state.network(universe.linkB(link))) {
                crossArcs++;
            }
        }
        // arcs between two networks at the end: networks that meet but did not merge (0 when every
        // contact was resolved; a refused or skipped contact stays one until its retry succeeds)
        recorder.scalar("cross_network_arcs", crossArcs);
        // every counter appears in every run, 0 when nothing happened: a summary over replications must
        // average the zeros too, not only the runs where the event occurred
        for (final String counter : REPORTED_COUNTERS) {
            recorder.add(counter, 0);
        }
    }

    /** Counters reported by every run (distribution buckets such as {@code .dK} only when they occur). */
    private static final List<String> REPORTED_COUNTERS = List.of("growth.arrivals", "growth.returns",
            "growth.entries", "growth.entries.single", "growth.merges", "growth.partial_entries",
            "growth.entry_degrades", "growth.entry_refused", "growth.migrations", "growth.migration_paths",
            "growth.virtual_addresses", "growth.connectivity_positions", "growth.search_visits",
            "growth.search_truncated", "growth.splits", "growth.network_splits", "growth.leaves",
            "growth.arc_breaks", "growth.arc_repairs", "growth.arc_cost_changes", "growth.contact_guard_hits",
            "growth.contacts_skipped_virtual", "growth.virtual_retries", "growth.virtual_upgraded",
            "growth.entry_retries", "growth.entries_other_contact");

    // ---------------------------------------------------------------- random times

    private static long exponentialNs(final RandomGenerator rng, final double ratePerSecond) {
        return exponentialMeanNs(rng, 1e9 / ratePerSecond);
    }

    private static long exponentialMeanNs(final RandomGenerator rng, final double meanNs) {
        final double u = rng.nextDouble();
        return Math.max(1L, (long) (-meanNs * FastMath.log(1.0 - u)));
    }
}
