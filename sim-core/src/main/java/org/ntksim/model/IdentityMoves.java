package org.ntksim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.Ipv4;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.PrefixKind;
import org.ntksim.address.Topology;
import org.ntksim.kernel.KernelOp;
import org.ntksim.kernel.Mac;
import org.ntksim.kernel.Netns;
import org.ntksim.qspn.PathMap;
import org.ntksim.routes.RouteTarget;
import org.ntksim.routes.TableName;

/**
 * The duplication of an identity when it enters another network or migrates (spec §4.6, §4.8): the old
 * identity becomes a connectivity identity in a new namespace, the new one takes a virtual position in
 * the old namespace, and the neighbours follow. Identities that move in the same operation (a whole
 * g-node) are recognised by the operation id.
 */
final class IdentityMoves {

    private final TableWriter tables;
    /** Per operation id, the identities that already moved in it and the new identity each left behind. */
    private final Map<Long, Map<Identity, Identity>> moved;
    private final Supplier<Network.Revision> revision;
    private final java.util.function.BooleanSupplier keepsLowerLevels;

    IdentityMoves(final TableWriter tables, final Map<Long, Map<Identity, Identity>> moved,
            final Supplier<Network.Revision> revision, final java.util.function.BooleanSupplier keepsLowerLevels) {
        this.keepsLowerLevels = keepsLowerLevels;
        this.tables = tables;
        this.moved = moved;
        this.revision = revision;
    }

    Identity duplicate(final Identity old, final PreparedMove move) {
        final Host host = old.host();
        final long op = move.opId();
        final int g = move.guestLevel();
        final int h = move.hostLevel();
        final PlannedNetns planned = host.plannedNetns().pollFirst();
        final Netns ns = planned.netns();
        final Netns oldNs = old.netns();
        final boolean oldHadNtk = old.hasNtk();
        final NetsukukuAddress oldAddress = old.address();
        final Map<String, Nic> oldIfaces = new LinkedHashMap<>(old.interfacesByRealDev());
        final List<IdentityArc> oldArcs = new ArrayList<>(old.arcs());

        // Part 1 (Identities add_identity): the namespace, its pseudo NICs, the direct routes to the peers.
        tables.emit(host, new KernelOp.NetnsAdd(ns));
        tables.emit(host, new KernelOp.Sysctl(ns, "net.ipv4.ip_forward", "1"));
        tables.emit(host, new KernelOp.Sysctl(ns, "net.ipv4.conf.all.rp_filter", "0"));
        final Map<String, Nic> pseudo = new LinkedHashMap<>();
        for (final String realDev : oldIfaces.keySet()) {
            final Nic p = planned.pseudoByRealDev().get(realDev);
            if (p == null) {
                throw new ModelException("netns " + ns.name() + " of " + host.name() + " declares no pseudo NIC over " + realDev);
            }
            pseudo.put(realDev, p);
            tables.emit(host, new KernelOp.MacvlanAdd(p.dev(), realDev));
            tables.emit(host, new KernelOp.LinkSetNetns(p.dev(), ns));
            tables.interfaceSysctls(host, ns, p.dev());
            tables.emit(host, new KernelOp.LinkUp(ns, p.dev()));
            tables.emit(host, new KernelOp.AddressAdd(ns, p.linkLocal(), p.dev()));
        }
        for (final IdentityArc a : oldArcs) {
            final Nic mine = pseudo.get(a.realDev());
            tables.emit(host, new KernelOp.NeighbourRoute(ns, true, peerNicAfter(a, op).linkLocal(), mine.dev(), mine.linkLocal()));
        }
        for (final IdentityArc a : oldArcs) {
            // A peer that moves in the same operation learns our new link-local in its own new namespace.
            if (!movesInSameOperation(a.peer(), op)) {
                final Identity peer = a.peer();
                final Nic peerNic = a.peerNic();
                tables.emit(peer.host(), new KernelOp.NeighbourRoute(peer.netns(), true, pseudo.get(a.realDev()).linkLocal(),
                        peerNic.dev(), peerNic.linkLocal()));
            }
        }

        // The new identity: virtual position in the host g-node, the old namespace and interfaces. It keeps
        // what it knew of its own g-node (paths below the guest level through arcs that move with it).
        final NetsukukuAddress virtualAddress = addressInHost(oldAddress, move, move.virtualPos());
        final Identity fresh = new Identity(host, host.takeIdentityIndex(), virtualAddress, oldNs, oldIfaces,
                PathMap.bootstrappingFrom(g));
        host.identities().add(fresh);
        old.moveTo(ns, pseudo);
        old.setAddress(oldAddress.withPosition(g, move.connectivityPos()));
        old.setPrepared(null);
        old.becomeConnectivity(op, g, h, !move.entry());
        old.setKeepsLowerLevels(keepsLowerLevels.getAsBoolean());
        old.setKeepsNtkCopy(revision.get() == Network.Revision.REVISION_2016_09);
        final Map<Identity, Identity> movedInOp = moved.computeIfAbsent(op, k -> new LinkedHashMap<>());
        movedInOp.put(old, fresh);

        // Identity arcs of the new identity. Arcs to peers of the same operation are internal: the new
        // identity takes over the old table (the peer's new identity will have the peer's old MAC).
        final List<IdentityArc> internal = new ArrayList<>();
        for (final IdentityArc a : oldArcs) {
            final Identity peer = a.peer();
            if (movedInOp.containsKey(peer)) {
                final Identity peerFresh = movedInOp.get(peer);
                peerFresh.arcTo(old).ifPresent(back -> back.redirectTo(fresh));
                final IdentityArc arc = new IdentityArc(host.takeArcKey(), fresh, peerFresh, a.realDev(), a.peerRealDev(), a.costMicros());
                arc.inheritTable(a);
                fresh.arcs().add(arc);
                old.paths().copyArcInto(fresh.paths(), a.key(), arc.key(), g);
                internal.add(a);
            } else if (movesInSameOperation(peer, op)) {
                final IdentityArc arc = new IdentityArc(host.takeArcKey(), fresh, peer, a.realDev(), a.peerRealDev(), a.costMicros());
                arc.inheritTable(a);
                fresh.arcs().add(arc);
                old.paths().copyArcInto(fresh.paths(), a.key(), arc.key(), g);
                internal.add(a);
            } else {
                final Optional<IdentityArc> back = peer.arcTo(old);
                final IdentityArc arc = new IdentityArc(host.takeArcKey(), fresh, peer, a.realDev(), a.peerRealDev(), a.costMicros());
                if (!move.entry() && a.isQspn()) {
                    // Migration: same network, so the table towards this peer stays (same name, id and
                    // rule until the cleanup); the new identity waits for the peer's first ETP.
                    arc.shareTable(a);
                }
                fresh.arcs().add(arc);
                peer.arcs().add(new IdentityArc(peer.host().takeArcKey(), peer, fresh, a.peerRealDev(), a.realDev(),
                        back.map(IdentityArc::costMicros).orElse(a.costMicros())));
            }
        }

        // Part 2: the old identity's tables. Internal arcs get a new table in the new namespace, named after
        // the peer's new MAC; the old ones stay for the new identity, emptied of the old address's routes.
        final List<DestinationPrefix> oldPrefixes = Ipv4Mapping.destinationPrefixes(oldAddress, host.options().subnetLevel());
        final List<DestinationPrefix> connPrefixes = old.prefixes();
        final List<TableName> oldTables = new ArrayList<>();
        if (oldHadNtk) {
            oldTables.add(TableName.NTK);
        }
        for (final IdentityArc a : internal) {
            if (a.table() != null) {
                oldTables.add(a.table());
            }
        }
        if (old.hasNtk()) {
            // 2016-09 rule: the connectivity identity keeps its own copy of table ntk in its namespace.
            tables.emit(host, new KernelOp.RuleAdd(ns, TableName.NTK));
            for (final DestinationPrefix p : connPrefixes) {
                tables.emit(host, new KernelOp.RouteAdd(ns, TableName.NTK, p.prefix(), RouteTarget.UNREACHABLE));
            }
        }
        final List<IdentityArc> nsTables = new ArrayList<>();
        // Tables towards peers outside the moving g-node follow the old identity into the new namespace
        // (same names and ids: the peers did not move). After an entry the old namespace loses them, since
        // the new identity is in another network; after a migration the new identity keeps them.
        final List<IdentityArc> externalKept = new ArrayList<>();
        final List<IdentityArc> ruledInOldNs = new ArrayList<>();
        for (final IdentityArc a : oldArcs) {
            if (a.isQspn() && a.table() != null && !internal.contains(a)) {
                host.tableIds().acquire(a.tableMac());
                tables.emit(host, new KernelOp.MacMark(ns, true, a.tableMac(), a.tableId()));
                for (final DestinationPrefix p : connPrefixes) {
                    tables.emit(host, new KernelOp.RouteAdd(ns, a.table(), p.prefix(), RouteTarget.UNREACHABLE));
                }
                if (a.isRuleAdded()) {
                    ruledInOldNs.add(a);
                }
                a.setRuleAdded(false);
                externalKept.add(a);
            }
        }
        for (final IdentityArc a : internal) {
            if (a.table() == null) {
                continue;
            }
            a.learnPeerAddress(null);
            final Mac mac = peerNicAfter(a, op).mac();
            final TableIdPool.Allocation alloc = host.tableIds().acquire(mac);
            final TableName table = TableName.forwardingFrom(mac.toString());
            a.setTable(table, alloc.id(), mac);
            a.setRuleAdded(false);
            if (alloc.isNew()) {
                tables.emit(host, new KernelOp.RtTablesAppend(alloc.id(), table));
            }
            tables.emit(host, new KernelOp.MacMark(ns, true, mac, alloc.id()));
            // An entry interleaves the old namespace's deletes (page 3: kept routes first, then the others);
            // a migration deletes nothing here, so each table is filled at once, in table order
            // (DettagliOperazioni12).
            for (final DestinationPrefix p : connPrefixes) {
                if (!move.entry() || isKept(p, g)) {
                    tables.emit(host, new KernelOp.RouteAdd(ns, table, p.prefix(), RouteTarget.UNREACHABLE));
                }
            }
            nsTables.add(a);
        }
        if (move.entry()) {
            tables.deleteRoutes(host, oldNs, oldTables, oldPrefixes, p -> p.destination().level() < g && !isKept(p, g));
        }
        for (final IdentityArc a : move.entry() ? nsTables : List.<IdentityArc>of()) {
            for (final DestinationPrefix p : connPrefixes) {
                if (!isKept(p, g)) {
                    tables.emit(host, new KernelOp.RouteAdd(ns, a.table(), p.prefix(), RouteTarget.UNREACHABLE));
                }
            }
        }
        if (move.entry()) {
            tables.deleteRoutes(host, oldNs, oldTables, oldPrefixes, p -> p.destination().level() >= g);
            if (oldNs.isDefault()) {
                removeOwnAddresses(host, oldAddress, h);
            }
            for (final IdentityArc a : externalKept) {
                if (ruledInOldNs.contains(a)) {
                    tables.emit(host, new KernelOp.FwmarkRuleDel(oldNs, a.tableId(), a.table()));
                }
                tables.emit(host, new KernelOp.RouteFlush(oldNs, a.table().name()));
                tables.emit(host, new KernelOp.MacMark(oldNs, false, a.tableMac(), a.tableId()));
                host.tableIds().release(a.tableMac());
            }
        }
        // Peers that move in the same operation are reached at their new pseudo NICs (DettagliOperazioni12:
        // epsilon's migr02 tables go via beta's migr02 link-local, though beta moves after epsilon).
        final org.ntksim.routes.RoutePlanner afterMove = old.planner(a -> peerNicAfter(a, op));
        tables.refreshNtk(old, afterMove);
        for (final IdentityArc a : externalKept) {
            if (a.hasReceivedEtp()) {
                tables.refreshForwarding(a, a.knownPeerAddress(), afterMove);
            }
        }
        for (final IdentityArc a : nsTables) {
            if (a.hasReceivedEtp()) {
                tables.refreshForwarding(a, peerAddressAfter(a, op), afterMove);
            }
        }
        if (!move.entry()) {
            // The neighbours see the old identity's interface change MAC (Identities identity_arc_changed).
            // Every peer sees its arc change (it goes after the newer arcs); qspn ones also change table.
            for (final IdentityArc a : oldArcs) {
                if (internal.contains(a)) {
                    continue;
                }
                a.peer().arcTo(old).ifPresent(b -> {
                    if (b.isQspn() && b.table() != null) {
                        peerChangedMac(b);
                    } else {
                        b.local().arcs().remove(b);
                        b.local().arcs().add(b);
                    }
                });
            }
            // Cleanup of the old namespace for the new identity: the old address's routes and IPs go,
            // and the rules wait for the first ETP of each arc.
            final List<TableName> cleanup = new ArrayList<>();
            if (oldHadNtk) {
                cleanup.add(TableName.NTK);
            }
            for (final IdentityArc a : fresh.arcs()) {
                if (a.table() != null) {
                    cleanup.add(a.table());
                }
            }
            tables.deleteRoutes(host, oldNs, cleanup, oldPrefixes, p -> !isKept(p, g));
            if (oldNs.isDefault()) {
                removeOwnAddresses(host, oldAddress, h);
            }
            for (final IdentityArc a : fresh.arcs()) {
                if (a.table() != null && a.isRuleAdded() && !a.hasReceivedEtp()) {
                    tables.emit(host, new KernelOp.FwmarkRuleDel(oldNs, a.tableId(), a.table()));
                    a.setRuleAdded(false);
                }
            }
        }

        // Part 3: the new identity's routes, all unreachable, in the old namespace (kept routes are there).
        final List<TableName> freshTables = new ArrayList<>();
        if (fresh.hasNtk()) {
            freshTables.add(TableName.NTK);
        }
        for (final IdentityArc a : fresh.arcs()) {
            if (a.table() != null) {
                freshTables.add(a.table());
            }
        }
        for (final TableName table : freshTables) {
            for (final DestinationPrefix p : fresh.prefixes()) {
                if (!isKept(p, g)) {
                    tables.emit(host, new KernelOp.RouteAdd(oldNs, table, p.prefix(), RouteTarget.UNREACHABLE));
                }
            }
        }

        // Part 4: the listed arcs become external qspn-arcs of the new identity.
        for (final int idx : move.externalArcIndices()) {
            final IdentityArc oldArc = oldArcs.stream().filter(a -> a.key() == idx).findFirst().orElseThrow();
            final IdentityArc arc = fresh.arcTo(oldArc.peer()).orElseThrow(
                    () -> new ModelException("arc " + idx + " of " + old + " leads inside the moving g-node"));
            tables.makeQspn(arc);
        }
        fresh.setPendingReal(new Identity.PendingReal(h - 1, move.realPos(), op, move.previousOpId() != null));
        return fresh;
    }

    /**
     * A neighbour's view of a peer identity whose interface changed MAC (it moved to another namespace):
     * the table named after the old MAC goes, a table named after the new one comes, and if the arc was
     * active every table is rewritten, the new one last, followed by its rule.
     */
    private void peerChangedMac(final IdentityArc b) {
        final Identity p = b.local();
        final boolean wasActive = b.hasReceivedEtp();
        tables.removeForwardingTable(b);
        tables.createForwardingTable(b, p.planner().allUnreachable());
        // The arc is as good as new: it goes after the others in the order tables are rewritten.
        p.arcs().remove(b);
        p.arcs().add(b);
        if (wasActive) {
            tables.refreshNtk(p);
            for (final IdentityArc a : p.arcs()) {
                if (a != b && a.isQspn() && a.table() != null && a.hasReceivedEtp()) {
                    tables.refreshForwarding(a, a.knownPeerAddress());
                }
            }
            tables.refreshForwarding(b, b.knownPeerAddress());
        }
    }

    /** Host g-node positions for levels l-1..h, the given position at h-1, the old positions below. */
    private static NetsukukuAddress addressInHost(final NetsukukuAddress old, final PreparedMove move, final int pos) {
        final Topology t = old.topology();
        final int l = t.levels();
        final int[] p = new int[l];
        int i = 0;
        for (final int hostPos : move.hostPositionsTopFirst()) {
            p[i++] = hostPos;
        }
        p[i++] = pos;
        for (int level = move.hostLevel() - 2; level >= 0; level--) {
            p[i++] = old.position(level);
        }
        return NetsukukuAddress.of(t, p);
    }

    /** Internal routes to destinations inside the moving g-node stay valid for old and new identity alike. */
    static boolean isKept(final DestinationPrefix p, final int guestLevel) {
        return p.destination().level() < guestLevel && p.kind() == PrefixKind.INTERNAL && p.internalLevel() <= guestLevel;
    }

    /** Whether the peer moves (or moved) in the operation {@code opId} too. */
    private boolean movesInSameOperation(final Identity peer, final long opId) {
        return (peer.prepared() != null && peer.prepared().opId() == opId)
                || (peer.connectivityOpId() != null && peer.connectivityOpId() == opId);
    }

    private boolean notYetMoved(final Identity peer, final long opId) {
        return peer.prepared() != null && peer.prepared().opId() == opId;
    }

    /** The peer's interface once the current operation is over: its next pseudo NIC if it moves too. */
    private Nic peerNicAfter(final IdentityArc a, final long opId) {
        if (notYetMoved(a.peer(), opId)) {
            final PlannedNetns next = a.peer().host().plannedNetns().peekFirst();
            return next.pseudoByRealDev().get(a.peerRealDev());
        }
        return a.peerNic();
    }

    /** The peer's address once the current operation is over: its connectivity address if it moves too. */
    private NetsukukuAddress peerAddressAfter(final IdentityArc a, final long opId) {
        final Identity peer = a.peer();
        if (notYetMoved(peer, opId)) {
            return peer.address().withPosition(peer.prepared().guestLevel(), peer.prepared().connectivityPos());
        }
        return peer.address();
    }

    /**
     * A gateway of an autonomous subnet (DettagliOperazioni11, entr06): the NETMAP rules of the forms that go
     * (levels h-1 .. l-1, ascending), then the own IPs in the order they were added: internal L(h) .. L(l-1)
     * ascending, the SNAT rule, global, anonymizing.
     */
    private void removeGatewayAddresses(final Host host, final NetsukukuAddress address, final int hostLevel,
            final Optional<Ipv4> global) {
        final Host.StartOptions o = host.options();
        SubnetGateway.change(tables, host, address, hostLevel - 1, false);
        for (final Nic nic : host.nics().values()) {
            for (int k = hostLevel; k < o.topology().levels(); k++) {
                Ipv4Mapping.internal(address, k).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
        }
        if (o.anonymize() && global.isPresent()) {
            tables.emit(host, new KernelOp.Snat(Netns.DEFAULT, false, Ipv4Mapping.anonymizingRange(o.topology()), global.get()));
        }
        for (final Nic nic : host.nics().values()) {
            global.ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            if (o.serveAnonymous()) {
                Ipv4Mapping.anonymizing(address).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
        }
    }

    /** SNAT rule and own IPs of an address that is left: global, anonymizing, internal L(l-1) .. L(h). */
    void removeOwnAddresses(final Host host, final NetsukukuAddress address, final int hostLevel) {
        final Host.StartOptions o = host.options();
        final Optional<Ipv4> global = Ipv4Mapping.global(address);
        if (o.subnetLevel() > 0) {
            removeGatewayAddresses(host, address, hostLevel, global);
            return;
        }
        if (o.anonymize() && global.isPresent()) {
            tables.emit(host, new KernelOp.Snat(Netns.DEFAULT, false, Ipv4Mapping.anonymizingRange(o.topology()), global.get()));
        }
        for (final Nic nic : host.nics().values()) {
            global.ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            if (o.serveAnonymous()) {
                Ipv4Mapping.anonymizing(address).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
            for (int k = o.topology().levels() - 1; k >= hostLevel; k--) {
                Ipv4Mapping.internal(address, k).ifPresent(ip -> tables.emit(host, new KernelOp.AddressDel(Netns.DEFAULT, ip, nic.dev())));
            }
        }
    }
}
