package org.ntksim.model;

import java.util.ArrayList;
import java.util.List;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.HCoord;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.kernel.KernelOp;
import org.ntksim.kernel.KernelSink;
import org.ntksim.kernel.Mac;
import org.ntksim.kernel.Netns;
import org.ntksim.routes.RouteEntry;
import org.ntksim.routes.RoutePlanner;
import org.ntksim.routes.TableName;

/**
 * Writes the routing tables of identities as kernel operations: creating and removing a forwarding
 * table, and rewriting ntk and the forwarding tables from the identity's current paths. Every system's
 * operations go to one {@link KernelSink}, in the order they are made.
 */
final class TableWriter {

    private final KernelSink sink;

    TableWriter(final KernelSink sink) {
        this.sink = sink;
    }

    void makeQspn(final IdentityArc arc) {
        arc.setQspn(true);
        createForwardingTable(arc, arc.local().planner().allUnreachable());
    }

    void createForwardingTable(final IdentityArc arc, final List<RouteEntry> content) {
        final Identity id = arc.local();
        final Mac mac = arc.peerMac();
        final TableIdPool.Allocation alloc = id.host().tableIds().acquire(mac);
        final TableName table = TableName.forwardingFrom(mac.toString());
        arc.setTable(table, alloc.id(), mac);
        if (alloc.isNew()) {
            emit(id.host(), new KernelOp.RtTablesAppend(alloc.id(), table));
        }
        emit(id.host(), new KernelOp.MacMark(id.netns(), true, mac, alloc.id()));
        for (final RouteEntry e : content) {
            emit(id.host(), new KernelOp.RouteAdd(id.netns(), table, e.prefix(), e.target()));
        }
    }

    /**
     * After an ETP: every route of ntk; then each forwarding table whose arc delivered its first ETP just
     * now, followed by its rule; then the other forwarding tables whose arc had delivered one (the order
     * of Eventi5 on delta and gamma; identity-arc creation order within each group).
     */
    void refreshAll(final Identity id) {
        refreshNtk(id);
        final List<IdentityArc> firstEtpNow = new ArrayList<>();
        for (final IdentityArc a : id.arcs()) {
            if (a.isQspn() && a.table() != null && a.hasReceivedEtp() && !a.isRuleAdded()) {
                firstEtpNow.add(a);
            }
        }
        for (final IdentityArc a : firstEtpNow) {
            refreshForwarding(a, a.knownPeerAddress());
        }
        for (final IdentityArc a : id.arcs()) {
            if (a.isQspn() && a.table() != null && a.hasReceivedEtp() && !firstEtpNow.contains(a)) {
                refreshForwarding(a, a.knownPeerAddress());
            }
        }
    }

    void refreshNtk(final Identity id) {
        refreshNtk(id, id.planner());
    }

    void refreshNtk(final Identity id, final RoutePlanner planner) {
        if (!id.hasNtk()) {
            return;
        }
        for (final RouteEntry e : planner.ntk(id.sources())) {
            emit(id.host(), new KernelOp.RouteChange(id.netns(), TableName.NTK, e.prefix(), e.target()));
        }
    }

    void refreshForwarding(final IdentityArc a, final NetsukukuAddress peerAddress) {
        refreshForwarding(a, peerAddress, a.local().planner());
    }

    void refreshForwarding(final IdentityArc a, final NetsukukuAddress peerAddress, final RoutePlanner planner) {
        final Identity id = a.local();
        final HCoord neighbour = Network.maxDistinct(id.address(), peerAddress);
        for (final RouteEntry e : planner.forwarding(neighbour)) {
            emit(id.host(), new KernelOp.RouteChange(id.netns(), a.table(), e.prefix(), e.target()));
        }
        if (!a.isRuleAdded()) {
            emit(id.host(), new KernelOp.FwmarkRuleAdd(id.netns(), a.tableId(), a.table()));
            a.setRuleAdded(true);
        }
    }

    void deleteRoutes(final Host host, final Netns ns, final List<TableName> tables,
            final List<DestinationPrefix> prefixes, final java.util.function.Predicate<DestinationPrefix> which) {
        for (final TableName table : tables) {
            for (final DestinationPrefix p : prefixes) {
                if (which.test(p)) {
                    emit(host, new KernelOp.RouteDel(ns, table, p.prefix()));
                }
            }
        }
    }

    /** The table removal block (spec §3.1): rule (if added), routes, mark, and the name if nobody else uses it. */
    void removeForwardingTable(final IdentityArc b) {
        final Identity p = b.local();
        if (b.isRuleAdded()) {
            emit(p.host(), new KernelOp.FwmarkRuleDel(p.netns(), b.tableId(), b.table()));
        }
        emit(p.host(), new KernelOp.RouteFlush(p.netns(), b.table().name()));
        emit(p.host(), new KernelOp.MacMark(p.netns(), false, b.tableMac(), b.tableId()));
        if (p.host().tableIds().release(b.tableMac())) {
            emit(p.host(), new KernelOp.RtTablesRemove(b.table()));
        }
        b.setRuleAdded(false);
    }

    void emit(final Host host, final KernelOp op) {
        sink.emit(host.name(), op);
    }

    void interfaceSysctls(final Host host, final Netns ns, final String dev) {
        emit(host, new KernelOp.Sysctl(ns, "net.ipv4.conf." + dev + ".rp_filter", "0"));
        emit(host, new KernelOp.Sysctl(ns, "net.ipv4.conf." + dev + ".arp_ignore", "1"));
        emit(host, new KernelOp.Sysctl(ns, "net.ipv4.conf." + dev + ".arp_announce", "2"));
    }
}
