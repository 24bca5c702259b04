package org.ntksim.fastpath;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.HCoord;
import org.ntksim.address.Ipv4;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.PrefixKind;
import org.ntksim.address.Topology;

/**
 * Renders the computed tables of one identity as the {@code ip route change} lines of the proof of
 * concept (spec §2.3 IPv4 mapping via {@link Ipv4Mapping}, §3.2 order, §3.3 forms, §3.4 blackhole
 * rule): table {@code ntk} first, then one {@code ntk_from_<MAC>} table per arc of the identity in arc
 * id order; in each table every destination of the address (levels l-1 down to 0, positions ascending;
 * empty sibling g-nodes are unreachable), and for each destination its existing prefixes (global, anonymizing, internal-k for k = l-1 down to d+1).
 * {@code src} (ntk only) is the own global address for global/anonymizing prefixes and the own
 * internal-k address for internal-k ones, when the identity has it.
 */
public final class TableRenderer {
    private final NetworkState state;
    private final RouteTables tables;
    private final Topology topology;
    private final int levels;

    /** Naming of the peers and local devices. */
    public interface Names {
        /** MAC of the identity (used in ntk_from_&lt;MAC&gt; by its neighbours). */
        String mac(int identity);

        /** Link-local address of the identity (used as gateway by its neighbours). */
        String linkLocal(int identity);

        /** Local device of the identity. */
        String dev(int identity);
    }

    /** A renderer of {@code tables}, computed on {@code state}; the topology must map onto IPv4. */
    public TableRenderer(final NetworkState state, final RouteTables tables) {
        this.state = state;
        this.tables = tables;
        this.levels = state.levels();
        final int[] top = new int[levels];
        for (int l = 0; l < levels; l++) {
            top[levels - 1 - l] = state.gsize(l);
        }
        this.topology = Topology.ofTopFirst(top);
    }

    private NetsukukuAddress address(final int id) {
        final int[] top = new int[levels];
        for (int l = 0; l < levels; l++) {
            top[levels - 1 - l] = state.position(id, l);
        }
        return NetsukukuAddress.of(topology, top);
    }

    private int maxDistinct(final int a, final int b) {
        for (int l = levels - 1; l >= 0; l--) {
            if (state.position(a, l) != state.position(b, l)) {
                return l;
            }
        }
        return -1;
    }

    /** The lines of table ntk followed by every ntk_from_&lt;MAC&gt; table of identity {@code n}. */
    public List<String> render(final int n, final Names names) {
        final NetsukukuAddress self = address(n);
        final String global = Ipv4Mapping.global(self).map(Ipv4::toString).orElse(null);
        final String[] internal = new String[levels];
        for (int k = 1; k < levels; k++) {
            internal[k] = Ipv4Mapping.internal(self, k).map(Ipv4::toString).orElse(null);
        }
        final List<String> lines = new ArrayList<>();
        // The kernel tables hold every destination of the address (spec §3.2), also the empty sibling
        // g-nodes the router does not compute: those are unreachable.
        final int[] computed = tables.destinations(n);
        final Set<HCoord> present = new HashSet<>();
        for (int k = 0; k < computed.length; k += 2) {
            present.add(new HCoord(computed[k], computed[k + 1]));
        }
        final List<HCoord> dest = Ipv4Mapping.destinations(self, 0);
        for (int table = -1; table < state.arcCount(); table++) {
            if (table >= 0 && state.arcA(table) != n && state.arcB(table) != n) {
                continue;
            }
            final int v = table < 0 ? -1 : (state.arcA(table) == n ? state.arcB(table) : state.arcA(table));
            final String name = table < 0 ? "ntk" : "ntk_from_" + names.mac(v);
            final int hvLevel = v < 0 ? -1 : maxDistinct(v, n);
            for (final HCoord h : dest) {
                final int gw = present.contains(h) ? tables.nextHop(n, table, h.level(), h.pos()) : -1;
                for (final DestinationPrefix p : Ipv4Mapping.prefixes(self, h)) {
                    final boolean isInternal = p.kind() == PrefixKind.INTERNAL;
                    final String cidr = p.prefix().toString();
                    if (table >= 0 && isInternal && p.internalLevel() <= hvLevel) {
                        lines.add("ip route change blackhole " + cidr + " table " + name);
                    } else if (gw < 0) {
                        lines.add("ip route change unreachable " + cidr + " table " + name);
                    } else {
                        final String src = table >= 0 ? null : isInternal ? internal[p.internalLevel()] : global;
                        lines.add("ip route change " + cidr + " table " + name + " via " + names.linkLocal(gw)
                                + " dev " + names.dev(n) + (src != null ? " src " + src : ""));
                    }
                }
            }
        }
        return lines;
    }
}
