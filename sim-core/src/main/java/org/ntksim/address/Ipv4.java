package org.ntksim.address;

/** TEMPORARY STUB. An IPv4 address; toString is dotted. */
public record Ipv4(int value) {
    public static Ipv4 parse(final String text) {
        final String[] p = text.split("\\.", -1);
        if (p.length != 4) { throw new IllegalArgumentException("not an IPv4 address: " + text); }
        int v = 0;
        for (final String s : p) {
            if (s.isEmpty() || s.length() > 3 || !s.chars().allMatch(Character::isDigit)) {
                throw new IllegalArgumentException("not an IPv4 address: " + text);
            }
            final int b = Integer.parseInt(s);
            if (b > 255) { throw new IllegalArgumentException("not an IPv4 address: " + text); }
            v = (v << 8) | b;
        }
        return new Ipv4(v);
    }
    @Override public String toString() {
        return ((value >>> 24) & 255) + "." + ((value >>> 16) & 255) + "." + ((value >>> 8) & 255) + "." + (value & 255);
    }
}
