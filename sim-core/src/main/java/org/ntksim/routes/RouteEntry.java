package org.ntksim.routes;

import org.ntksim.address.Ipv4Prefix;

/** One line of a routing table: a destination prefix and where it goes. */
public record RouteEntry(Ipv4Prefix prefix, RouteTarget target) { }
