package org.ntksim.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** TEMPORARY STUB. Netsukuku address to IPv4, spec section 2.3. */
public final class Ipv4Mapping {
    private Ipv4Mapping() { }

    private static Ipv4 ip(final Topology t, final int type, final int fields) {
        return new Ipv4((10 << 24) | (type << t.addressBits()) | fields);
    }

    private static boolean realFrom(final NetsukukuAddress n, final int fromLevel, final int toLevelExclusive) {
        for (int i = fromLevel; i < toLevelExclusive; i++) { if (!n.isReal(i)) { return false; } }
        return true;
    }

    private static int fields(final NetsukukuAddress n, final int fromLevel, final int toLevelExclusive) {
        int f = 0;
        for (int i = fromLevel; i < toLevelExclusive; i++) { f |= n.position(i) << n.topology().bitOffset(i); }
        return f;
    }

    public static Optional<Ipv4> global(final NetsukukuAddress n) {
        final Topology t = n.topology();
        return n.isFullyReal() ? Optional.of(ip(t, 0, fields(n, 0, t.levels()))) : Optional.empty();
    }

    public static Optional<Ipv4> anonymizing(final NetsukukuAddress n) {
        final Topology t = n.topology();
        return n.isFullyReal() ? Optional.of(ip(t, 2, fields(n, 0, t.levels()))) : Optional.empty();
    }

    public static Optional<Ipv4> internal(final NetsukukuAddress n, final int k) {
        final Topology t = n.topology();
        if (!realFrom(n, 0, k)) { return Optional.empty(); }
        return Optional.of(ip(t, 1, (k << t.bitOffset(t.levels() - 1)) | fields(n, 0, k)));
    }

    public static Ipv4 localhost(final Topology t) { return ip(t, 1, 0); }

    public static Ipv4Prefix anonymizingRange(final Topology t) { return new Ipv4Prefix(ip(t, 2, 0), 32 - t.addressBits()); }

    public static List<HCoord> destinations(final NetsukukuAddress n, final int subnetLevel) {
        final Topology t = n.topology();
        final List<HCoord> out = new ArrayList<>();
        for (int d = t.levels() - 1; d >= subnetLevel; d--) {
            for (int j = 0; j < t.gsize(d); j++) {
                if (j != n.position(d)) { out.add(new HCoord(d, j)); }
            }
        }
        return out;
    }

    public static List<DestinationPrefix> prefixes(final NetsukukuAddress n, final HCoord dest) {
        final Topology t = n.topology();
        final int l = t.levels();
        final int d = dest.level();
        final int len = 32 - t.bitOffset(d);
        final List<DestinationPrefix> out = new ArrayList<>();
        final int low = dest.pos() << t.bitOffset(d);
        if (realFrom(n, d + 1, l)) {
            final int f = fields(n, d + 1, l) | low;
            out.add(new DestinationPrefix(dest, PrefixKind.GLOBAL, -1, new Ipv4Prefix(ip(t, 0, f), len)));
            out.add(new DestinationPrefix(dest, PrefixKind.ANONYMIZING, -1, new Ipv4Prefix(ip(t, 2, f), len)));
        }
        for (int k = l - 1; k > d; k--) {
            if (realFrom(n, d + 1, k)) {
                final int f = (k << t.bitOffset(l - 1)) | fields(n, d + 1, k) | low;
                out.add(new DestinationPrefix(dest, PrefixKind.INTERNAL, k, new Ipv4Prefix(ip(t, 1, f), len)));
            }
        }
        return out;
    }

    public static List<DestinationPrefix> destinationPrefixes(final NetsukukuAddress n, final int subnetLevel) {
        final List<DestinationPrefix> out = new ArrayList<>();
        for (final HCoord h : destinations(n, subnetLevel)) { out.addAll(prefixes(n, h)); }
        return out;
    }
}
