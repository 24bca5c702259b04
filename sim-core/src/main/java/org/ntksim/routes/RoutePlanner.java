package org.ntksim.routes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.IntFunction;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.HCoord;
import org.ntksim.address.Ipv4;
import org.ntksim.address.PrefixKind;
import org.ntksim.qspn.Path;
import org.ntksim.qspn.PathMap;

/**
 * Derives the content of an identity's tables from its QSPN paths, as the proof of concept's
 * {@code find_best_route_to_dest_foreach_table} does: table {@code ntk} takes the best path to each
 * destination; the forwarding table of a neighbour takes the best path that does not cross the
 * neighbour's maximum distinct g-node (so a packet never goes back where it came from), or a blackhole
 * for internal addresses that such a neighbour cannot legitimately target. Stateless.
 */
public final class RoutePlanner {

    /** The first hop of an identity arc: the neighbour's link-local and the local interface. */
    public record Gateway(Ipv4 gateway, String dev) { }

    /** The source addresses the main identity owns, used as {@code src} of the routes of ntk. */
    public record SourceAddresses(Optional<Ipv4> global, Map<Integer, Ipv4> internalByLevel) {

        /** No source at all: connectivity identities and forwarding tables. */
        public static final SourceAddresses NONE = new SourceAddresses(Optional.empty(), Map.of());

        /** Global and anonymizing destinations are reached from the global address; internal-k ones from internal-k. */
        Optional<Ipv4> forPrefix(final DestinationPrefix p) {
            if (p.kind() == PrefixKind.INTERNAL) {
                return Optional.ofNullable(internalByLevel.get(p.internalLevel()));
            }
            return global;
        }
    }

    private final List<DestinationPrefix> prefixes;
    private final Function<HCoord, List<Path>> paths;
    private final IntFunction<Gateway> gatewayOfArc;
    private final Map<HCoord, List<Path>> cache = new HashMap<>();

    /**
     * @param prefixes     the identity's destination prefixes, in table order
     * @param paths        the identity's paths per destination, cheapest first
     * @param gatewayOfArc the first hop of each arc key
     */
    public RoutePlanner(final List<DestinationPrefix> prefixes, final Function<HCoord, List<Path>> paths,
            final IntFunction<Gateway> gatewayOfArc) {
        this.prefixes = List.copyOf(prefixes);
        this.paths = paths;
        this.gatewayOfArc = gatewayOfArc;
    }

    /** The content of table ntk. */
    public List<RouteEntry> ntk(final SourceAddresses sources) {
        final List<RouteEntry> out = new ArrayList<>();
        for (final DestinationPrefix p : prefixes) {
            final List<Path> routes = routesTo(p.destination());
            out.add(new RouteEntry(p.prefix(), routes.isEmpty() ? RouteTarget.UNREACHABLE
                    : via(routes.get(0), sources.forPrefix(p))));
        }
        return out;
    }

    /** The content of the forwarding table of the neighbour whose maximum distinct g-node is {@code neighbour}. */
    public List<RouteEntry> forwarding(final HCoord neighbour) {
        final List<RouteEntry> out = new ArrayList<>();
        for (final DestinationPrefix p : prefixes) {
            if (p.kind() == PrefixKind.INTERNAL && p.internalLevel() <= neighbour.level()) {
                // The neighbour is outside my level-k g-node: internal-k addresses mean nothing to it.
                out.add(new RouteEntry(p.prefix(), RouteTarget.BLACKHOLE));
                continue;
            }
            final Optional<Path> r = PathMap.firstAvoiding(routesTo(p.destination()), neighbour);
            out.add(new RouteEntry(p.prefix(), r.isPresent() ? via(r.get(), Optional.empty()) : RouteTarget.UNREACHABLE));
        }
        return out;
    }

    /** Every prefix unreachable: a freshly populated table. */
    public List<RouteEntry> allUnreachable() {
        final List<RouteEntry> out = new ArrayList<>();
        for (final DestinationPrefix p : prefixes) {
            out.add(new RouteEntry(p.prefix(), RouteTarget.UNREACHABLE));
        }
        return out;
    }

    private List<Path> routesTo(final HCoord h) {
        return cache.computeIfAbsent(h, paths);
    }

    private RouteTarget via(final Path r, final Optional<Ipv4> source) {
        final Gateway g = gatewayOfArc.apply(r.arcKey());
        return new RouteTarget.Via(g.gateway(), g.dev(), source);
    }
}
