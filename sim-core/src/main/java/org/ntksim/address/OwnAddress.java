package org.ntksim.address;

/**
 * One IPv4 address an identity owns.
 *
 * @param kind          global, anonymizing or internal
 * @param internalLevel for {@link PrefixKind#INTERNAL}, the level k of the g-node inside which the address is
 *                      valid (1..levels-1); 0 for the other kinds
 * @param ip            the address
 */
public record OwnAddress(PrefixKind kind, int internalLevel, Ipv4 ip) {
}
