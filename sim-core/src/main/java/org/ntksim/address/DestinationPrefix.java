package org.ntksim.address;

/** TEMPORARY STUB. One route destination: a g-node in one IP form. */
public record DestinationPrefix(HCoord destination, PrefixKind kind, int internalLevel, Ipv4Prefix prefix) { }
