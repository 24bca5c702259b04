package org.ntksim.address;

/** TEMPORARY STUB. An IPv4 prefix, toString {@code 10.0.0.0/29}. */
public record Ipv4Prefix(Ipv4 address, int length) {
    @Override public String toString() { return address + "/" + length; }
}
