package org.ntksim.routes;

import java.util.Optional;
import org.ntksim.address.Ipv4;

/** Where a route sends packets: nowhere (unreachable), into a black hole, or to a gateway. */
public sealed interface RouteTarget {

    /** No known path: the kernel answers "unreachable" to the sender. */
    record Unreachable() implements RouteTarget { }

    /**
     * Silently dropped. Used only in forwarding tables, for internal destinations that the previous
     * hop cannot legitimately address (it lives outside the g-node where that internal address is valid).
     */
    record Blackhole() implements RouteTarget { }

    /** Next hop {@code gateway} through local interface {@code dev}, optionally with a preferred source. */
    record Via(Ipv4 gateway, String dev, Optional<Ipv4> source) implements RouteTarget { }

    /** The single unreachable value; targets are values, so sharing is safe. */
    RouteTarget UNREACHABLE = new Unreachable();
    /** The single blackhole value. */
    RouteTarget BLACKHOLE = new Blackhole();
}
