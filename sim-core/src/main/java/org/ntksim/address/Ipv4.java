package org.ntksim.address;

/** An IPv4 address held as its 32 bits; {@link #toString()} gives the dotted form. */
public record Ipv4(int value) implements Comparable<Ipv4> {

    /** Parses a dotted quad such as {@code 169.254.69.30}. */
    public static Ipv4 parse(final String text) {
        final String[] parts = text == null ? new String[0] : text.split("\\.", -1);
        if (parts.length != 4) {
            throw new AddressFormatException("IPv4 address '" + text + "' is malformed: expected a.b.c.d");
        }
        int value = 0;
        for (final String p : parts) {
            if (p.isEmpty() || p.length() > 3 || !p.chars().allMatch(c -> c >= '0' && c <= '9')) {
                throw new AddressFormatException("IPv4 address '" + text + "' is malformed: expected a.b.c.d with 0..255");
            }
            final int octet = Integer.parseInt(p);
            if (octet > 255) {
                throw new AddressFormatException("IPv4 address '" + text + "' has octet " + octet + ": expected 0..255");
            }
            value = (value << 8) | octet;
        }
        return new Ipv4(value);
    }

    @Override
    public int compareTo(final Ipv4 o) {
        return Integer.compareUnsigned(value, o.value);
    }

    @Override
    public String toString() {
        return (value >>> 24) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "." + (value & 255);
    }
}
