package org.ntksim.model;

import java.util.Optional;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.Ipv4Prefix;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.kernel.KernelOp;
import org.ntksim.kernel.Netns;

/**
 * The NETMAP rules of a system that is the gateway of an autonomous subnet of level s ({@code -s s}; spec
 * §2.5, DettagliOperazioni11 and 12). For each level i from s to l-1 whose form of the subnet exists (the
 * main identity's positions from s up to i are real), the subnet's own range (its internal addresses of
 * level s) is mapped onto the range that represents it inside its level-(i+1) g-node, and back.
 */
final class SubnetGateway {

    private SubnetGateway() {
    }

    /** Adds ({@code add}) or removes the rules of level {@code i}, if the address has that form. */
    static void rulesOfLevel(final TableWriter tables, final Host host, final NetsukukuAddress n, final int i,
            final boolean add) {
        final Host.StartOptions o = host.options();
        final int s = o.subnetLevel();
        final Topology t = o.topology();
        final Optional<Ipv4Mapping.SubnetRanges> r = Ipv4Mapping.subnetRanges(n, s, i);
        if (r.isEmpty()) {
            return;
        }
        final Ipv4Prefix inside = Ipv4Mapping.subnetInside(t, s);
        final Ipv4Mapping.SubnetRanges ranges = r.get();
        tables.emit(host, new KernelOp.Netmap(Netns.DEFAULT, add, true, ranges.subnet(), null, inside));
        tables.emit(host, new KernelOp.Netmap(Netns.DEFAULT, add, false, ranges.space(), inside, ranges.subnet()));
        if (i == t.levels() - 1) {
            // Contacted in anonymous form only if every system of the subnet accepts it (-k); the subnet
            // may always contact the outside anonymously.
            if (o.serveAnonymous()) {
                tables.emit(host, new KernelOp.Netmap(Netns.DEFAULT, add, true, ranges.anonymizingSubnet(), null, inside));
            }
            tables.emit(host, new KernelOp.Netmap(Netns.DEFAULT, add, false, Ipv4Mapping.anonymizingRange(t), inside,
                    ranges.subnet()));
        }
    }

    /** Every rule the address allows, levels ascending (start-up). */
    static void addAll(final TableWriter tables, final Host host, final NetsukukuAddress n) {
        change(tables, host, n, host.options().subnetLevel(), true);
    }

    /** Every rule the address allows from level {@code from} up, levels ascending. */
    static void change(final TableWriter tables, final Host host, final NetsukukuAddress n, final int from,
            final boolean add) {
        final int s = host.options().subnetLevel();
        if (s == 0) {
            return;
        }
        for (int i = Math.max(s, from); i < host.options().topology().levels(); i++) {
            rulesOfLevel(tables, host, n, i, add);
        }
    }

    /** The rules that {@code after} allows and {@code before} did not (a virtual position became real). */
    static void addNew(final TableWriter tables, final Host host, final NetsukukuAddress before,
            final NetsukukuAddress after) {
        final int s = host.options().subnetLevel();
        if (s == 0) {
            return;
        }
        for (int i = s; i < host.options().topology().levels(); i++) {
            if (Ipv4Mapping.subnetRanges(before, s, i).isEmpty()) {
                rulesOfLevel(tables, host, after, i, true);
            }
        }
    }
}
