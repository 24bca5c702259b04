package org.ntksim.kernel;

import java.util.regex.Pattern;

/**
 * A hardware (MAC) address, kept in the upper-case colon form that names the forwarding tables
 * ({@code ntk_from_00:16:3E:EC:A3:E1}) and that iptables matches.
 */
public record Mac(String text) {

    private static final Pattern FORM = Pattern.compile("[0-9A-F]{2}(:[0-9A-F]{2}){5}");

    public Mac {
        if (!FORM.matcher(text).matches()) {
            throw new IllegalArgumentException("malformed MAC address: " + text);
        }
    }

    /** Parses six colon-separated hex octets, in either case. */
    public static Mac parse(final String text) {
        return new Mac(text.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return text;
    }
}
