package org.ntksim.address;

/** An IPv4 prefix {@code address/length}; the address has no bits set below the prefix length. */
public record Ipv4Prefix(Ipv4 address, int length) {
    public Ipv4Prefix {
        if (length < 0 || length > 32) {
            throw new IllegalArgumentException("prefix length must be 0..32, was " + length);
        }
        final int hostMask = length == 0 ? -1 : (length == 32 ? 0 : (-1 >>> length));
        if ((address.value() & hostMask) != 0) {
            throw new IllegalArgumentException("prefix " + address + "/" + length + " has host bits set");
        }
    }

    /** Whether {@code ip} lies inside this prefix. */
    public boolean contains(final Ipv4 ip) {
        final int netMask = length == 0 ? 0 : (-1 << (32 - length));
        return (ip.value() & netMask) == address.value();
    }

    @Override
    public String toString() {
        return address + "/" + length;
    }
}
