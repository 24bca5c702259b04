package org.ntksim.address;

/**
 * One IPv4 prefix through which an identity reaches a destination g-node.
 *
 * @param destination   the destination g-node as seen from the identity
 * @param kind          global, anonymizing or internal
 * @param internalLevel for {@link PrefixKind#INTERNAL}, the level k of the g-node inside which the prefix is
 *                      valid; 0 for the other kinds
 * @param prefix        the prefix itself
 */
public record DestinationPrefix(HCoord destination, PrefixKind kind, int internalLevel, Ipv4Prefix prefix) {
}
