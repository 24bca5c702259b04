package org.ntksim.kernel;

import org.ntksim.address.Ipv4;
import org.ntksim.address.Ipv4Prefix;
import org.ntksim.routes.RouteTarget;
import org.ntksim.routes.TableName;

/**
 * One change to the network configuration of a system, as the proof of concept made it. Each record
 * maps to exactly one command line (see {@link LinuxCommandRenderer}); {@code ns} is the namespace
 * the command runs in.
 */
public sealed interface KernelOp {

    /** Set a kernel parameter, e.g. {@code net.ipv4.ip_forward=1}. */
    record Sysctl(Netns ns, String key, String value) implements KernelOp { }

    /** Assign an address to an interface (no prefix length: the kernel takes /32). */
    record AddressAdd(Netns ns, Ipv4 address, String dev) implements KernelOp { }

    /** Remove an address previously assigned with {@link AddressAdd}. */
    record AddressDel(Netns ns, Ipv4 address, String dev) implements KernelOp { }

    /** Bring an interface up. */
    record LinkUp(Netns ns, String dev) implements KernelOp { }

    /** Create a network namespace (always run from the default one). */
    record NetnsAdd(Netns created) implements KernelOp { }

    /** Delete a network namespace. */
    record NetnsDel(Netns deleted) implements KernelOp { }

    /** Create a macvlan pseudo-interface {@code dev} over the real interface {@code parent}. */
    record MacvlanAdd(String dev, String parent) implements KernelOp { }

    /** Move an interface into a namespace. */
    record LinkSetNetns(String dev, Netns target) implements KernelOp { }

    /** Delete a macvlan pseudo-interface. */
    record MacvlanDel(Netns ns, String dev) implements KernelOp { }

    /** Append a table name to {@code /etc/iproute2/rt_tables}, which all namespaces of a system share. */
    record RtTablesAppend(int id, TableName table) implements KernelOp { }

    /** Remove a table name from {@code /etc/iproute2/rt_tables}. */
    record RtTablesRemove(TableName table) implements KernelOp { }

    /** Consult {@code table} for every packet. */
    record RuleAdd(Netns ns, TableName table) implements KernelOp { }

    /** Stop consulting {@code table} for every packet. */
    record RuleDel(Netns ns, TableName table) implements KernelOp { }

    /** Consult {@code table} for packets marked {@code mark}. */
    record FwmarkRuleAdd(Netns ns, int mark, TableName table) implements KernelOp { }

    /** Remove a {@link FwmarkRuleAdd} rule. */
    record FwmarkRuleDel(Netns ns, int mark, TableName table) implements KernelOp { }

    /** Add a route to a table. */
    record RouteAdd(Netns ns, TableName table, Ipv4Prefix prefix, RouteTarget target) implements KernelOp { }

    /** Replace the target of an existing route. */
    record RouteChange(Netns ns, TableName table, Ipv4Prefix prefix, RouteTarget target) implements KernelOp { }

    /** Remove a route from a table. */
    record RouteDel(Netns ns, TableName table, Ipv4Prefix prefix) implements KernelOp { }

    /** Remove every route of a table ({@code main} included). */
    record RouteFlush(Netns ns, String table) implements KernelOp { }

    /** Mark the packets received from {@code mac} with {@code mark} (mangle table), or stop doing so. */
    record MacMark(Netns ns, boolean add, Mac mac, int mark) implements KernelOp { }

    /** Rewrite the source of packets sent to the anonymizing range, or stop doing so. */
    record Snat(Netns ns, boolean add, Ipv4Prefix destinations, Ipv4 source) implements KernelOp { }

    /**
     * Address translation for the gateway of an autonomous subnet (spec §2.5, DettagliOperazioni11):
     * PREROUTING maps {@code destinations} onto {@code to}; POSTROUTING, for packets from {@code sources},
     * maps them onto {@code to}. {@code sources} is null for PREROUTING.
     */
    record Netmap(Netns ns, boolean add, boolean prerouting, Ipv4Prefix destinations, Ipv4Prefix sources, Ipv4Prefix to)
            implements KernelOp { }

    /** The direct route to a neighbour's link-local address (table main). */
    record NeighbourRoute(Netns ns, boolean add, Ipv4 peer, String dev, Ipv4 source) implements KernelOp { }
}
