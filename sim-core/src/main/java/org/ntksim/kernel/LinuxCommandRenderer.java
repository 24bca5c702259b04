package org.ntksim.kernel;

import org.ntksim.routes.RouteTarget;

/**
 * Renders a {@link KernelOp} as the command line the proof of concept documents for it, byte for byte.
 * Stateless.
 */
public final class LinuxCommandRenderer {

    /** Renders one operation. */
    public String render(final KernelOp op) {
        if (op instanceof KernelOp.Sysctl o) {
            return in(o.ns()) + "sysctl " + o.key() + "=" + o.value();
        } else if (op instanceof KernelOp.AddressAdd o) {
            return in(o.ns()) + "ip address add " + o.address() + " dev " + o.dev();
        } else if (op instanceof KernelOp.AddressDel o) {
            return in(o.ns()) + "ip address del " + o.address() + "/32 dev " + o.dev();
        } else if (op instanceof KernelOp.LinkUp o) {
            return in(o.ns()) + "ip link set dev " + o.dev() + " up";
        } else if (op instanceof KernelOp.NetnsAdd o) {
            return "ip netns add " + o.created().name();
        } else if (op instanceof KernelOp.NetnsDel o) {
            return "ip netns del " + o.deleted().name();
        } else if (op instanceof KernelOp.MacvlanAdd o) {
            return "ip link add dev " + o.dev() + " link " + o.parent() + " type macvlan";
        } else if (op instanceof KernelOp.LinkSetNetns o) {
            return "ip link set dev " + o.dev() + " netns " + o.target().name();
        } else if (op instanceof KernelOp.MacvlanDel o) {
            return in(o.ns()) + "ip link delete " + o.dev() + " type macvlan";
        } else if (op instanceof KernelOp.RtTablesAppend o) {
            // The shared file: never prefixed by a namespace. The marker comment lets sed find the line again.
            return "(echo; echo \"" + o.id() + " " + o.table() + " # " + marker(o.table().name())
                    + "\") | tee -a /etc/iproute2/rt_tables >/dev/null";
        } else if (op instanceof KernelOp.RtTablesRemove o) {
            return "sed -i '/" + marker(o.table().name()) + "/d' /etc/iproute2/rt_tables";
        } else if (op instanceof KernelOp.RuleAdd o) {
            return in(o.ns()) + "ip rule add table " + o.table();
        } else if (op instanceof KernelOp.RuleDel o) {
            return in(o.ns()) + "ip rule del table " + o.table();
        } else if (op instanceof KernelOp.FwmarkRuleAdd o) {
            return in(o.ns()) + "ip rule add fwmark " + o.mark() + " table " + o.table();
        } else if (op instanceof KernelOp.FwmarkRuleDel o) {
            return in(o.ns()) + "ip rule del fwmark " + o.mark() + " table " + o.table();
        } else if (op instanceof KernelOp.RouteAdd o) {
            return in(o.ns()) + "ip route add " + route(o.prefix().toString(), o.table().name(), o.target());
        } else if (op instanceof KernelOp.RouteChange o) {
            return in(o.ns()) + "ip route change " + route(o.prefix().toString(), o.table().name(), o.target());
        } else if (op instanceof KernelOp.RouteDel o) {
            return in(o.ns()) + "ip route del " + o.prefix() + " table " + o.table();
        } else if (op instanceof KernelOp.RouteFlush o) {
            return in(o.ns()) + "ip route flush table " + o.table();
        } else if (op instanceof KernelOp.MacMark o) {
            return in(o.ns()) + "iptables -t mangle " + (o.add() ? "-A" : "-D") + " PREROUTING -m mac --mac-source "
                    + o.mac() + " -j MARK --set-mark " + o.mark();
        } else if (op instanceof KernelOp.Snat o) {
            return in(o.ns()) + "iptables -t nat " + (o.add() ? "-A" : "-D") + " POSTROUTING -d " + o.destinations()
                    + " -j SNAT --to " + o.source();
        } else if (op instanceof KernelOp.Netmap o) {
            return in(o.ns()) + "iptables -t nat " + (o.add() ? "-A" : "-D")
                    + (o.prerouting() ? " PREROUTING -d " + o.destinations()
                            : " POSTROUTING -d " + o.destinations() + " -s " + o.sources())
                    + " -j NETMAP --to " + o.to();
        } else if (op instanceof KernelOp.NeighbourRoute o) {
            return in(o.ns()) + "ip route " + (o.add() ? "add " : "del ") + o.peer() + " dev " + o.dev()
                    + " src " + o.source();
        }
        throw new IllegalArgumentException("no rendering for " + op);
    }

    private static String marker(final String table) {
        return "xxx_table_" + table + "_xxx";
    }

    private static String in(final Netns ns) {
        return ns.isDefault() ? "" : "ip netns exec " + ns.name() + " ";
    }

    private static String route(final String prefix, final String table, final RouteTarget target) {
        if (target instanceof RouteTarget.Unreachable) {
            return "unreachable " + prefix + " table " + table;
        } else if (target instanceof RouteTarget.Blackhole) {
            return "blackhole " + prefix + " table " + table;
        }
        final RouteTarget.Via via = (RouteTarget.Via) target;
        return prefix + " table " + table + " via " + via.gateway() + " dev " + via.dev()
                + via.source().map(s -> " src " + s).orElse("");
    }
}
