package org.ntksim.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.HCoord;
import org.ntksim.address.Ipv4;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.Ipv4Prefix;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.kernel.KernelOp;
import org.ntksim.kernel.KernelSink;
import org.ntksim.kernel.Mac;
import org.ntksim.kernel.Netns;
import org.ntksim.qspn.PathMap;
import org.ntksim.routes.RouteTarget;
import org.ntksim.routes.TableName;

/**
 * All the systems of one replay and the operations the person typed on them, with the consequences the
 * proof of concept's modules (Neighborhood, Identities, QSPN) drew. Each operation first checks that
 * the state allows it (throwing {@link ModelException} before changing anything), then changes the
 * state and emits the kernel operations of every system involved, in the order each system runs them.
 */
public final class Network {

    /** Which revision of the design to follow (see the vectors README: two revisions of page 7). */
    public enum Revision {
        /** The later rule, followed by every page but the 2016-09 page 7. */
        LATER,
        /** 2016-09-23: a connectivity identity keeps a copy of table ntk in its namespace. */
        REVISION_2016_09
    }

    private final Map<String, Host> hosts = new LinkedHashMap<>();
    private final TableWriter tables;
    private final IdentityMoves moves;
    private final DeliveryQueue deliveries;
    private Revision revision = Revision.LATER;
    private boolean connectivityKeepsLowerLevels;
    /** Per operation id, the identities that already moved in it and the new identity each left behind. */
    private final Map<Long, Map<Identity, Identity>> moved = new java.util.HashMap<>();

    public Network(final KernelSink sink, final DeliveryQueue deliveries) {
        this.tables = new TableWriter(sink);
        this.moves = new IdentityMoves(tables, moved, () -> revision, () -> connectivityKeepsLowerLevels);
        this.deliveries = deliveries;
    }

    public void setRevision(final Revision revision) {
        this.revision = revision;
    }

    /**
     * Whether a connectivity identity keeps, in its new namespace, the destinations below the level of the
     * g-node that moved. The pages disagree (spec §3.8, §8): page 3 (entr03) keeps them, DettagliOperazioni12
     * (migr02) and ntkd do not. Default: they are dropped.
     */
    public void setConnectivityKeepsLowerLevels(final boolean keeps) {
        this.connectivityKeepsLowerLevels = keeps;
    }

    // ---------------------------------------------------------------- declarations

    public Host addHost(final String name) {
        if (hosts.containsKey(name)) {
            throw new ModelException("system " + name + " is already declared");
        }
        final Host h = new Host(name);
        hosts.put(name, h);
        return h;
    }

    public Optional<Host> host(final String name) {
        return Optional.ofNullable(hosts.get(name));
    }

    public Host requireHost(final String name) {
        return host(name).orElseThrow(() -> new ModelException("unknown system " + name));
    }

    /** Finds the system that owns a real NIC with this MAC. */
    public Optional<Host> hostByMac(final Mac mac) {
        return hosts.values().stream().filter(h -> h.nicByMac(mac).isPresent()).findFirst();
    }

    // ---------------------------------------------------------------- start

    /** {@code qspnclient [-k] [-j] [-s N] init TOPOLOGY ADDRESS}: the first identity, its IPs and table ntk. */
    public void init(final Host host, final Host.StartOptions options, final NetsukukuAddress address) {
        if (host.isStarted()) {
            throw new ModelException("system " + host.name() + " is already started");
        }
        if (!address.isFullyReal()) {
            throw new ModelException("the first address must be real at every level: " + address);
        }
        if (options.subnetLevel() < 0 || options.subnetLevel() >= options.topology().levels()) {
            throw new ModelException("subnet level out of range: " + options.subnetLevel());
        }
        host.start(options);
        final Identity id = new Identity(host, host.takeIdentityIndex(), address, Netns.DEFAULT, host.nics(),
                PathMap.bootstrapped());
        host.identities().add(id);
        final Netns ns = Netns.DEFAULT;
        final Topology t = options.topology();
        tables.emit(host, new KernelOp.Sysctl(ns, "net.ipv4.ip_forward", "1"));
        tables.emit(host, new KernelOp.Sysctl(ns, "net.ipv4.conf.all.rp_filter", "0"));
        tables.emit(host, new KernelOp.AddressAdd(ns, Ipv4Mapping.localhost(t), "lo"));
        for (final Nic nic : host.nics().values()) {
            tables.interfaceSysctls(host, ns, nic.dev());
            tables.emit(host, new KernelOp.LinkUp(ns, nic.dev()));
        }
        for (final Nic nic : host.nics().values()) {
            // Neighborhood's start_monitor: the link-local address of each NIC.
            tables.emit(host, new KernelOp.AddressAdd(ns, nic.linkLocal(), nic.dev()));
        }
        tables.emit(host, new KernelOp.RtTablesAppend(TableIdPool.NTK_ID, TableName.NTK));
        tables.emit(host, new KernelOp.RuleAdd(ns, TableName.NTK));
        for (final Nic nic : host.nics().values()) {
            tables.emit(host, new KernelOp.AddressAdd(ns, Ipv4Mapping.global(address).orElseThrow(), nic.dev()));
            if (options.serveAnonymous()) {
                tables.emit(host, new KernelOp.AddressAdd(ns, Ipv4Mapping.anonymizing(address).orElseThrow(), nic.dev()));
            }
            for (int k = t.levels() - 1; k >= 1; k--) {
                tables.emit(host, new KernelOp.AddressAdd(ns, Ipv4Mapping.internal(address, k).orElseThrow(), nic.dev()));
            }
        }
        for (final DestinationPrefix p : id.prefixes()) {
            tables.emit(host, new KernelOp.RouteAdd(ns, TableName.NTK, p.prefix(), RouteTarget.UNREACHABLE));
        }
        if (options.anonymize()) {
            tables.emit(host, new KernelOp.Snat(ns, true, Ipv4Mapping.anonymizingRange(t), Ipv4Mapping.global(address).orElseThrow()));
        }
        // A gateway of an autonomous subnet adds its NETMAP rules at the end (DettagliOperazioni11).
        SubnetGateway.addAll(tables, host, address);
        // A lone node completes its QSPN bootstrap at once: first refresh of every route.
        tables.refreshNtk(id);
    }


    // ---------------------------------------------------------------- arcs

    /**
     * {@code add_real_arc MYMAC PEERMAC COST}: Neighborhood formed the arc (direct route to the peer's
     * link-local) and the person accepted it. Once both sides accepted it, Identities makes the identity
     * arc between the two main identities.
     */
    public void addRealArc(final Host host, final Mac myMac, final Mac peerMac, final long costMicros) {
        requireStarted(host);
        final Nic mine = host.nicByMac(myMac).orElseThrow(
                () -> new ModelException("system " + host.name() + " has no NIC with MAC " + myMac));
        final Host peerHost = hostByMac(peerMac).orElseThrow(() -> new ModelException("no system has MAC " + peerMac));
        if (peerHost == host) {
            throw new ModelException("an arc needs two systems: " + peerMac + " belongs to " + host.name());
        }
        if (host.realArcs().stream().anyMatch(a -> a.peerMac().equals(peerMac))) {
            throw new ModelException("arc to " + peerMac + " already added");
        }
        if (costMicros <= 0) {
            throw new ModelException("cost must be > 0, was " + costMicros);
        }
        final Nic peerNic = peerHost.nicByMac(peerMac).orElseThrow();
        host.realArcs().add(new Host.RealArc(mine.dev(), peerMac, costMicros));
        tables.emit(host, new KernelOp.NeighbourRoute(Netns.DEFAULT, true, peerNic.linkLocal(), mine.dev(), mine.linkLocal()));
        final Optional<Host.RealArc> back = peerHost.realArcs().stream()
                .filter(a -> a.peerMac().equals(myMac)).findFirst();
        if (back.isPresent()) {
            final Identity a = host.mainIdentity().orElseThrow();
            final Identity b = peerHost.mainIdentity().orElseThrow();
            connect(a, mine.dev(), costMicros, b, peerNic.dev(), back.get().costMicros());
        }
    }

    /**
     * {@code change_real_arc MYMAC PEERMAC COST}: no command; the identity arcs over it take the new cost
     * and the routes follow with the next ETPs.
     */
    public void changeRealArc(final Host host, final Mac myMac, final Mac peerMac, final long costMicros) {
        final Host.RealArc arc = requireRealArc(host, myMac, peerMac);
        if (costMicros <= 0) {
            throw new ModelException("cost must be > 0, was " + costMicros);
        }
        host.replaceRealArc(new Host.RealArc(arc.dev(), peerMac, costMicros));
        for (final IdentityArc a : identityArcsOver(host, arc)) {
            a.setCostMicros(costMicros);
        }
    }

    /**
     * {@code remove_real_arc MYMAC PEERMAC}: the arc is gone on this system. Each identity arc over it is
     * removed (spec §4.9): its table if it had one (and the routes recomputed if it was active), then its
     * direct route.
     */
    public void removeRealArc(final Host host, final Mac myMac, final Mac peerMac) {
        final Host.RealArc arc = requireRealArc(host, myMac, peerMac);
        for (final IdentityArc a : identityArcsOver(host, arc)) {
            final Identity id = a.local();
            id.arcs().remove(a);
            id.paths().forgetArc(a.key());
            if (a.table() != null) {
                tables.removeForwardingTable(a);
                if (a.hasReceivedEtp()) {
                    tables.refreshAll(id);
                }
            }
            tables.emit(host, new KernelOp.NeighbourRoute(id.netns(), false, a.peerLinkLocal(), a.localNic().dev(),
                    a.localNic().linkLocal()));
        }
        host.realArcs().remove(arc);
    }

    private Host.RealArc requireRealArc(final Host host, final Mac myMac, final Mac peerMac) {
        requireStarted(host);
        final Nic mine = host.nicByMac(myMac).orElseThrow(
                () -> new ModelException("system " + host.name() + " has no NIC with MAC " + myMac));
        return host.realArcs().stream().filter(a -> a.peerMac().equals(peerMac) && a.dev().equals(mine.dev()))
                .findFirst().orElseThrow(() -> new ModelException("no arc from " + myMac + " to " + peerMac));
    }

    /** The identity arcs of this system that run over a real arc (any identity, any namespace). */
    private List<IdentityArc> identityArcsOver(final Host host, final Host.RealArc arc) {
        final Host peerHost = hostByMac(arc.peerMac()).orElseThrow();
        final String peerDev = peerHost.nicByMac(arc.peerMac()).orElseThrow().dev();
        final List<IdentityArc> out = new ArrayList<>();
        for (final Identity id : host.identities()) {
            for (final IdentityArc a : id.arcs()) {
                if (a.realDev().equals(arc.dev()) && a.peer().host() == peerHost && a.peerRealDev().equals(peerDev)) {
                    out.add(a);
                }
            }
        }
        return out;
    }

    private void connect(final Identity a, final String aDev, final long aCost, final Identity b, final String bDev,
            final long bCost) {
        a.arcs().add(new IdentityArc(a.host().takeArcKey(), a, b, aDev, bDev, aCost));
        b.arcs().add(new IdentityArc(b.host().takeArcKey(), b, a, bDev, aDev, bCost));
    }

    /**
     * {@code add_qspn_arc IDENTITY DEV PEERMAC}: the identity's arc to the peer identity whose interface
     * has that MAC becomes a qspn-arc, with its forwarding table (no rule until an ETP comes through it).
     */
    public void addQspnArc(final Host host, final int identityIndex, final String dev, final Mac peerMac) {
        final Identity id = requireIdentity(host, identityIndex);
        final IdentityArc arc = id.arcs().stream()
                .filter(a -> a.realDev().equals(dev) && a.peerMac().equals(peerMac)).findFirst()
                .orElseThrow(() -> new ModelException(id + " has no arc on " + dev + " to " + peerMac));
        if (arc.isQspn()) {
            throw new ModelException("arc " + arc + " is already a qspn-arc");
        }
        tables.makeQspn(arc);
    }



    // ---------------------------------------------------------------- ETP

    /**
     * A full ETP from identity {@code from} to its neighbour {@code to}, delivered through the delivery
     * queue; the receiver updates its map and rewrites its tables.
     */
    public void sendEtp(final Identity from, final Identity to) {
        sendEtps(List.of(from), to);
    }

    /**
     * Full ETPs from several neighbours, processed by {@code to} as one batch: it learns them all (in the
     * given order), then rewrites its tables once, as the pages show when an identity hears from several
     * arcs at the end of its bootstrap.
     */
    public void sendEtps(final List<Identity> from, final Identity to) {
        final List<IdentityArc> arcs = new ArrayList<>();
        for (final Identity f : from) {
            final IdentityArc arc = to.arcTo(f).orElseThrow(() -> new ModelException(to + " has no arc to " + f));
            if (!arc.isQspn()) {
                throw new ModelException("arc " + arc + " is not a qspn-arc");
            }
            if (f.arcTo(to).isEmpty()) {
                throw new ModelException(f + " has no arc to " + to);
            }
            arcs.add(arc);
        }
        for (int i = 0; i < arcs.size(); i++) {
            final IdentityArc arc = arcs.get(i);
            final var etp = from.get(i).paths().fullEtp(from.get(i).address());
            deliveries.post(() -> learnEtp(arc, etp));
        }
        deliveries.post(() -> tables.refreshAll(to));
        deliveries.drain();
    }

    private void learnEtp(final IdentityArc arc, final org.ntksim.qspn.Etp etp) {
        arc.local().paths().receive(arc.local().address(), arc.key(), arc.costMicros(), etp);
        arc.setEtpReceived(true);
        arc.learnPeerAddress(etp.sender());
    }




    // ---------------------------------------------------------------- entry into another network

    /** {@code prepare_enter_net_phase_1} / {@code prepare_migrate_phase_1}: remembers the decision. */
    public void prepare(final Host host, final int identityIndex, final PreparedMove move) {
        final Identity id = requireIdentity(host, identityIndex);
        if (!id.isMain() && move.entry()) {
            // A connectivity identity migrates with the g-node it belongs to, but never enters another network.
            throw new ModelException(id + " is not the main identity");
        }
        final Topology t = id.address().topology();
        final int l = t.levels();
        if (move.hostLevel() <= move.guestLevel() || move.hostLevel() > l) {
            throw new ModelException("host level " + move.hostLevel() + " must be above guest level "
                    + move.guestLevel() + " and at most " + l);
        }
        if (move.hostPositionsTopFirst().size() != l - move.hostLevel()) {
            throw new ModelException("host g-node of level " + move.hostLevel() + " needs " + (l - move.hostLevel())
                    + " positions, got " + move.hostPositionsTopFirst().size());
        }
        for (int i = 0; i < move.hostPositionsTopFirst().size(); i++) {
            final int level = l - 1 - i;
            if (move.hostPositionsTopFirst().get(i) >= t.gsize(level)) {
                throw new ModelException("position " + move.hostPositionsTopFirst().get(i) + " out of range at level " + level);
            }
        }
        final int newLevel = move.hostLevel() - 1;
        if (move.realPos() >= t.gsize(newLevel)) {
            throw new ModelException("real position " + move.realPos() + " out of range at level " + newLevel);
        }
        if (move.virtualPos() < t.gsize(newLevel)) {
            throw new ModelException("virtual position " + move.virtualPos() + " is real at level " + newLevel);
        }
        if (move.connectivityPos() < t.gsize(move.guestLevel())) {
            throw new ModelException("connectivity position " + move.connectivityPos() + " is real at level "
                    + move.guestLevel());
        }
        for (final int idx : move.externalArcIndices()) {
            if (id.arcByKey(idx).isEmpty()) {
                throw new ModelException(id + " has no identity arc " + idx);
            }
        }
        if (host.plannedNetns().isEmpty()) {
            throw new ModelException("system " + host.name() + " has no declared netns left for the duplication");
        }
        id.setPrepared(move);
    }

    /**
     * {@code enter_net_phase_1 IDENTITY OPID}: the identity is duplicated. The old one becomes a
     * connectivity identity in a new namespace; the new one takes a virtual position in the host g-node,
     * in the old namespace. Returns the new identity.
     */
    public Identity enterPhase1(final Host host, final int identityIndex, final long opId) {
        final Identity old = requireIdentity(host, identityIndex);
        final PreparedMove move = old.prepared();
        if (move == null || move.opId() != opId || !move.entry()) {
            throw new ModelException(old + " has no prepared entry with op id " + opId);
        }
        return moves.duplicate(old, move);
    }


    /**
     * {@code migrate_phase_1 IDENTITY OPID}: the identity is duplicated for a migration inside its own
     * network; the old one keeps every arc, as a connectivity identity in a new namespace.
     */
    public Identity migratePhase1(final Host host, final int identityIndex, final long opId) {
        final Identity old = requireIdentity(host, identityIndex);
        final PreparedMove move = old.prepared();
        if (move == null || move.opId() != opId || move.entry()) {
            throw new ModelException(old + " has no prepared migration with op id " + opId);
        }
        return moves.duplicate(old, move);
    }


    /**
     * {@code remove_outer_arcs IDENTITY}: a connectivity identity drops its arcs to identities outside the
     * g-node it keeps connected (the level above the g-node that migrated), rewrites its other tables and
     * removes the dropped arcs' tables (their names stay: the main identity still uses them).
     */
    public void removeOuterArcs(final Host host, final int identityIndex) {
        final Identity c = requireIdentity(host, identityIndex);
        if (c.connectivityOpId() == null) {
            throw new ModelException(c + " is not a connectivity identity");
        }
        final List<IdentityArc> outer = new ArrayList<>();
        for (final IdentityArc a : c.arcs()) {
            if (maxDistinct(c.address(), a.peer().address()).level() > c.connectivityGuestLevel()) {
                outer.add(a);
            }
        }
        for (final IdentityArc a : outer) {
            c.paths().forgetArc(a.key());
        }
        tables.refreshNtk(c);
        for (final IdentityArc a : c.arcs()) {
            if (!outer.contains(a) && a.isQspn() && a.table() != null && a.hasReceivedEtp()) {
                tables.refreshForwarding(a, a.knownPeerAddress());
            }
        }
        for (final IdentityArc a : outer) {
            if (a.table() != null) {
                if (a.isRuleAdded()) {
                    tables.emit(host, new KernelOp.FwmarkRuleDel(c.netns(), a.tableId(), a.table()));
                }
                tables.emit(host, new KernelOp.RouteFlush(c.netns(), a.table().name()));
                tables.emit(host, new KernelOp.MacMark(c.netns(), false, a.tableMac(), a.tableId()));
                if (host.tableIds().release(a.tableMac())) {
                    tables.emit(host, new KernelOp.RtTablesRemove(a.table()));
                }
            }
            tables.emit(host, new KernelOp.NeighbourRoute(c.netns(), false, a.peerLinkLocal(), a.localNic().dev(),
                    a.localNic().linkLocal()));
            c.arcs().remove(a);
        }
        // The identities on the other side see their identity arc removed at our request (DettagliOperazioni5,
        // "Rimozione di un arco-identità su richiesta dell'identità vicina"): table, routes, direct route.
        for (final IdentityArc a : outer) {
            peerDropsArc(c, a, true);
        }
    }

    /**
     * The peer of {@code a} (an arc of {@code id} that goes away) removes its side (spec §4.9): the table
     * removal block if it was a qspn-arc and the routes recomputed if paths came through it, then the direct
     * route to {@code id}'s link-local. For the removal of outer arcs both sides rewrite their other tables
     * before removing the arc's table (UseCases13, "Rimozione arco beta1 - alfa", and page 9 on beta); a
     * dismissed peer's table goes first (DettagliOperazioni5).
     */
    private void peerDropsArc(final Identity id, final IdentityArc a, final boolean routesFirst) {
        final Identity peer = a.peer();
        final Nic peerNic = a.peerNic();
        final Optional<IdentityArc> back = peer.arcTo(id);
        if (back.isPresent()) {
            final IdentityArc b = back.get();
            peer.arcs().remove(b);
            peer.paths().forgetArc(b.key());
            if (b.table() != null) {
                if (routesFirst) {
                    if (b.hasReceivedEtp()) {
                        tables.refreshAll(peer);
                    }
                    tables.removeForwardingTable(b);
                } else {
                    tables.removeForwardingTable(b);
                    if (b.hasReceivedEtp()) {
                        tables.refreshAll(peer);
                    }
                }
            }
        }
        tables.emit(peer.host(), new KernelOp.NeighbourRoute(peer.netns(), false, a.localNic().linkLocal(), peerNic.dev(),
                peerNic.linkLocal()));
    }









    // ---------------------------------------------------------------- virtual to real

    /**
     * The new identity leaves its virtual position for the real one: at once when no migration was
     * needed ({@code make_real}: the program's own step, op id of the previous migration null), or on
     * {@code enter_net_phase_2} after the migration that freed the place.
     */
    public void makeReal(final Host host, final int identityIndex, final Long phase2OpId) {
        final Identity id = phase2OpId == null ? requireIdentity(host, identityIndex)
                : identityWaitingForPhase2(host, identityIndex, phase2OpId);
        final Identity.PendingReal pending = id.pendingReal();
        if (pending == null) {
            throw new ModelException(id + " has no virtual position waiting to become real");
        }
        if (phase2OpId == null && pending.waitsForPhase2()) {
            throw new ModelException(id + " waits for enter_net_phase_2 (a migration must free its place first)");
        }
        if (phase2OpId != null && (!pending.waitsForPhase2() || pending.opId() != phase2OpId)) {
            throw new ModelException(id + " has no phase 2 pending with op id " + phase2OpId);
        }
        id.setPendingReal(null);
        final NetsukukuAddress before = id.address();
        final NetsukukuAddress after = before.withPosition(pending.level(), pending.position());
        final List<DestinationPrefix> oldList = id.prefixes();
        id.setAddress(after);
        final List<DestinationPrefix> newList = id.prefixes();
        final Set<Ipv4Prefix> oldSet = prefixSet(oldList);
        final Set<Ipv4Prefix> newSet = prefixSet(newList);
        // The other members of the g-node that moved take the same real position (the g-node moves as one,
        // DettagliOperazioni12): what this identity knows of their addresses follows.
        final java.util.Collection<Identity> mates = moved.getOrDefault(pending.opId(), Map.of()).values();
        for (final IdentityArc a : id.arcs()) {
            if (a.hasReceivedEtp() && mates.contains(a.peer())) {
                a.learnPeerAddress(a.knownPeerAddress().withPosition(pending.level(), pending.position()));
            }
        }
        final List<TableName> rewritten = new ArrayList<>();
        // Per table, what its new routes say once added: the paths already known, if the identity's bootstrap
        // is over and the table is in use (DettagliOperazioni12, epsilon: ntk, and each forwarding table whose
        // arc delivered an ETP; page 4: delta1, still in bootstrap, only adds); ntk without src, since the new
        // own IPs come after.
        final List<List<org.ntksim.routes.RouteEntry>> current = new ArrayList<>();
        if (id.hasNtk()) {
            rewritten.add(TableName.NTK);
            current.add(id.paths().isBootstrapping() ? null
                    : id.planner().ntk(org.ntksim.routes.RoutePlanner.SourceAddresses.NONE));
        }
        for (final IdentityArc a : id.arcs()) {
            if (a.isQspn() && a.table() != null) {
                rewritten.add(a.table());
                current.add(a.hasReceivedEtp() && !id.paths().isBootstrapping() ? id.planner().forwarding(maxDistinct(after, a.knownPeerAddress())) : null);
            }
        }
        for (final TableName table : rewritten) {
            for (final DestinationPrefix p : oldList) {
                if (!newSet.contains(p.prefix())) {
                    tables.emit(host, new KernelOp.RouteDel(id.netns(), table, p.prefix()));
                }
            }
        }
        for (int t = 0; t < rewritten.size(); t++) {
            final TableName table = rewritten.get(t);
            for (final DestinationPrefix p : newList) {
                if (!oldSet.contains(p.prefix())) {
                    tables.emit(host, new KernelOp.RouteAdd(id.netns(), table, p.prefix(), RouteTarget.UNREACHABLE));
                }
            }
            if (current.get(t) != null) {
                for (final org.ntksim.routes.RouteEntry e : current.get(t)) {
                    if (!oldSet.contains(e.prefix())) {
                        tables.emit(host, new KernelOp.RouteChange(id.netns(), table, e.prefix(), e.target()));
                    }
                }
            }
        }
        if (id.isMain()) {
            addNewOwnAddresses(host, before, after);
            SubnetGateway.addNew(tables, host, before, after);
            tables.refreshNtk(id);
        }
    }

    /**
     * qspnclient's {@code enter_net_phase_2 IDENTITY OPID} names the identity given to phase 1; the one that
     * waits is the new identity that phase 1 made. Either index is accepted.
     */
    private Identity identityWaitingForPhase2(final Host host, final int index, final long opId) {
        requireStarted(host);
        final Optional<Identity> named = host.identity(index);
        if (named.isPresent() && named.get().pendingReal() != null) {
            return named.get();
        }
        final boolean phase1WasThatIdentity = moved.getOrDefault(opId, Map.of()).keySet().stream()
                .anyMatch(o -> o.host() == host && o.index() == index);
        if (phase1WasThatIdentity) {
            for (final Identity i : host.identities()) {
                if (i.pendingReal() != null && i.pendingReal().opId() == opId) {
                    return i;
                }
            }
        }
        throw new ModelException("system " + host.name() + " has no identity " + index + " waiting for phase 2 of op " + opId);
    }

    private static Set<Ipv4Prefix> prefixSet(final List<DestinationPrefix> list) {
        final Set<Ipv4Prefix> s = new HashSet<>();
        list.forEach(p -> s.add(p.prefix()));
        return s;
    }

    /** Newly computable own IPs: internal levels ascending, then global, the SNAT rule, the anonymizing one. */
    private void addNewOwnAddresses(final Host host, final NetsukukuAddress before, final NetsukukuAddress after) {
        final Host.StartOptions o = host.options();
        for (final Nic nic : host.nics().values()) {
            for (int k = 1; k < o.topology().levels(); k++) {
                if (Ipv4Mapping.internal(before, k).isEmpty()) {
                    final int level = k;
                    Ipv4Mapping.internal(after, k).ifPresent(ip -> tables.emit(host, new KernelOp.AddressAdd(Netns.DEFAULT, ip, nic.dev())));
                }
            }
            if (Ipv4Mapping.global(before).isEmpty() && Ipv4Mapping.global(after).isPresent()) {
                final Ipv4 global = Ipv4Mapping.global(after).get();
                tables.emit(host, new KernelOp.AddressAdd(Netns.DEFAULT, global, nic.dev()));
                if (o.anonymize()) {
                    tables.emit(host, new KernelOp.Snat(Netns.DEFAULT, true, Ipv4Mapping.anonymizingRange(o.topology()), global));
                }
                if (o.serveAnonymous()) {
                    tables.emit(host, new KernelOp.AddressAdd(Netns.DEFAULT, Ipv4Mapping.anonymizing(after).get(), nic.dev()));
                }
            }
        }
    }

    // ---------------------------------------------------------------- dismissal

    /**
     * {@code check_connectivity IDENTITY} (spec §5.2): a connectivity identity of a g-node of level i kept
     * for levels i+1..j can go iff, for every g-node x of level i..j-1 in its map and every neighbour y of
     * level i (inside its level-(i+1) g-node) with x != y, it knows a path to x that leaves through y.
     * Emits no command; returns the verdict and remembers it for {@link #dismiss}.
     */
    public boolean checkConnectivity(final Host host, final int identityIndex) {
        final Identity c = requireIdentity(host, identityIndex);
        if (c.connectivityOpId() == null) {
            throw new ModelException(c + " is not a connectivity identity");
        }
        final int i = c.connectivityGuestLevel();
        final int j = c.connectivityHostLevel();
        final List<HCoord> neighbours = new ArrayList<>();
        for (final IdentityArc a : c.arcs()) {
            final HCoord y = maxDistinct(c.address(), a.knownPeerAddress());
            if (y.level() == i && !neighbours.contains(y)) {
                neighbours.add(y);
            }
        }
        boolean ok = true;
        for (final HCoord x : Ipv4Mapping.destinations(c.address(), i)) {
            if (x.level() >= j || c.paths().routesTo(c.address(), x).isEmpty()) {
                continue;
            }
            for (final HCoord y : neighbours) {
                if (!x.equals(y) && c.paths().routesTo(c.address(), x).stream().noneMatch(p -> p.hops().get(0).equals(y))) {
                    ok = false;
                }
            }
        }
        c.setRemovalAllowed(ok);
        return ok;
    }

    /** {@code update_all_routes}: every identity of the system rewrites ntk and its active tables (spec §3.5). */
    public void updateAllRoutes(final Host host) {
        requireStarted(host);
        for (final Identity id : host.identities()) {
            tables.refreshAll(id);
        }
    }

    /**
     * {@code quit} (spec §4.10, lukisi/proof {@code proof.vala}): the connectivity identities go with their
     * namespaces, then table ntk, the SNAT rule and the own IPs of the main identity.
     */
    public void quit(final Host host) {
        requireStarted(host);
        for (final Identity id : new ArrayList<>(host.identities())) {
            if (!id.isMain()) {
                removeIdentity(host, id);
            }
        }
        final Identity main = host.mainIdentity().orElseThrow();
        final Host.StartOptions o = host.options();
        final NetsukukuAddress n = main.address();
        tables.emit(host, new KernelOp.RuleDel(Netns.DEFAULT, TableName.NTK));
        tables.emit(host, new KernelOp.RouteFlush(Netns.DEFAULT, TableName.NTK.name()));
        final Optional<Ipv4> global = Ipv4Mapping.global(n);
        if (o.anonymize() && global.isPresent()) {
            tables.emit(host, new KernelOp.Snat(Netns.DEFAULT, false, Ipv4Mapping.anonymizingRange(o.topology()), global.get()));
        }
        for (final Nic nic : host.nics().values()) {
            global.ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            if (o.serveAnonymous()) {
                Ipv4Mapping.anonymizing(n).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
            for (int k = o.topology().levels() - 1; k >= 1; k--) {
                Ipv4Mapping.internal(n, k).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
        }
        tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, Ipv4Mapping.localhost(o.topology()), "lo"));
        SubnetGateway.change(tables, host, n, 0, false);
        host.stop();
    }

    /** Dismissal of a connectivity identity: its namespace goes, and its peers drop the direct routes to it. */
    public void dismiss(final Host host, final int identityIndex) {
        final Identity id = requireIdentity(host, identityIndex);
        if (id.isMain()) {
            throw new ModelException(id + " is the main identity: only connectivity identities are dismissed");
        }
        if (id.isConnectivityForMigration() && !id.isRemovalAllowed()) {
            throw new ModelException(id + " cannot be removed yet: check_connectivity has not said it can");
        }
        removeIdentity(host, id);
    }

    private void removeIdentity(final Host host, final Identity id) {
        final Netns ns = id.netns();
        tables.emit(host, new KernelOp.RouteFlush(ns, "main"));
        for (final Nic nic : id.interfacesByRealDev().values()) {
            tables.emit(host, new KernelOp.MacvlanDel(ns, nic.dev()));
        }
        tables.emit(host, new KernelOp.NetnsDel(ns));
        for (final IdentityArc a : id.arcs()) {
            if (a.table() != null && host.tableIds().release(a.tableMac())) {
                tables.emit(host, new KernelOp.RtTablesRemove(a.table()));
            }
        }
        for (final IdentityArc a : new ArrayList<>(id.arcs())) {
            final Identity peer = a.peer();
            final Optional<IdentityArc> back = peer.arcTo(id);
            final Nic peerNic = a.peerNic();
            // Connectivity identities of the same operation go together: their namespaces vanish whole.
            final boolean goesToo = peer.connectivityOpId() != null && peer.connectivityOpId().equals(id.connectivityOpId());
            if (goesToo) {
                continue; // its arc (and its table's id) go with its own dismissal
            }
            peerDropsArc(id, a, false);
        }
        host.identities().remove(id);
    }


    // ---------------------------------------------------------------- helpers

    /** The maximum distinct g-node of {@code other} for {@code self}: the highest level where they differ. */
    static HCoord maxDistinct(final NetsukukuAddress self, final NetsukukuAddress other) {
        for (int i = self.topology().levels() - 1; i >= 0; i--) {
            if (self.position(i) != other.position(i)) {
                return new HCoord(i, other.position(i));
            }
        }
        throw new ModelException("two identities with the same address " + self);
    }

    private void requireStarted(final Host host) {
        if (!host.isStarted()) {
            throw new ModelException("system " + host.name() + " is not started (init first)");
        }
    }

    public Identity requireIdentity(final Host host, final int index) {
        requireStarted(host);
        return host.identity(index).orElseThrow(
                () -> new ModelException("system " + host.name() + " has no identity " + index));
    }

}
