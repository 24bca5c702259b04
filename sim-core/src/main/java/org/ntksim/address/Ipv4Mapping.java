package org.ntksim.address;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The mapping of Netsukuku addresses and destination g-nodes onto IPv4 in 10.0.0.0/8 (spec §2.3).
 *
 * <p>With B address bits, a 24-bit value V = (T &lt;&lt; B) + fields becomes 10.(V&gt;&gt;16).(V&gt;&gt;8).V, where
 * T = 0 for global, 1 for internal, 2 for anonymizing, and each level's position sits at the level's bit
 * offset. An internal address valid inside one's level-k g-node stores k in the top-level field, keeps
 * the positions below k and zeroes the levels in between. Forms that would need the bits of a virtual
 * position do not exist: those methods return empty or skip them.
 *
 * <p>Pure functions; thread-safe.
 */
public final class Ipv4Mapping {
    private static final int GLOBAL_MARKER = 0;
    private static final int INTERNAL_MARKER = 1;
    private static final int ANONYMIZING_MARKER = 2;
    private static final int TEN_SLASH_8 = 10 << 24;

    private Ipv4Mapping() {
    }

    /** The identity's global address; empty unless every position is real. */
    public static Optional<Ipv4> global(final NetsukukuAddress n) {
        return n.isFullyReal() ? Optional.of(node(n, GLOBAL_MARKER)) : Optional.empty();
    }

    /** The identity's anonymizing address; empty unless every position is real. */
    public static Optional<Ipv4> anonymizing(final NetsukukuAddress n) {
        return n.isFullyReal() ? Optional.of(node(n, ANONYMIZING_MARKER)) : Optional.empty();
    }

    /**
     * The identity's internal address inside its own g-node of level {@code k} (1..levels-1); empty unless
     * the positions of levels 0..k-1 are real.
     */
    public static Optional<Ipv4> internal(final NetsukukuAddress n, final int k) {
        final Topology t = n.topology();
        if (k < 1 || k >= t.levels()) {
            throw new IllegalArgumentException("internal level must be 1.." + (t.levels() - 1) + ", was " + k);
        }
        if (!n.isRealBetween(0, k - 1)) {
            return Optional.empty();
        }
        int fields = k << t.bitOffset(t.levels() - 1);
        for (int i = 0; i < k; i++) {
            fields |= n.position(i) << t.bitOffset(i);
        }
        return Optional.of(ip(t, INTERNAL_MARKER, fields));
    }

    /** The internal address of level 0, a synonym of "this host" assigned to {@code lo}. */
    public static Ipv4 localhost(final Topology t) {
        return ip(t, INTERNAL_MARKER, 0);
    }

    /** The range of all anonymizing addresses (the SNAT rule matches it). */
    public static Ipv4Prefix anonymizingRange(final Topology t) {
        return new Ipv4Prefix(ip(t, ANONYMIZING_MARKER, 0), 32 - t.addressBits());
    }

    /** The range of all global addresses. */
    public static Ipv4Prefix globalRange(final Topology t) {
        return new Ipv4Prefix(ip(t, GLOBAL_MARKER, 0), 32 - t.addressBits());
    }

    /**
     * The addresses the identity owns, in the order the proof of concept assigns them at start-up:
     * global, anonymizing, then internal from level {@code levels-1} down to 1; forms that do not exist are
     * skipped.
     */
    public static List<OwnAddress> ownAddresses(final NetsukukuAddress n) {
        final List<OwnAddress> out = new ArrayList<>();
        global(n).ifPresent(ip -> out.add(new OwnAddress(PrefixKind.GLOBAL, 0, ip)));
        anonymizing(n).ifPresent(ip -> out.add(new OwnAddress(PrefixKind.ANONYMIZING, 0, ip)));
        for (int k = n.topology().levels() - 1; k >= 1; k--) {
            final int level = k;
            internal(n, k).ifPresent(ip -> out.add(new OwnAddress(PrefixKind.INTERNAL, level, ip)));
        }
        return out;
    }

    /**
     * The destination g-nodes of the identity: for each level from the top down to {@code subnetLevel},
     * every real position other than the identity's own, ascending. A virtual own position leaves every real
     * position of that level as a destination.
     */
    public static List<HCoord> destinations(final NetsukukuAddress n, final int subnetLevel) {
        final Topology t = n.topology();
        checkSubnetLevel(t, subnetLevel);
        final List<HCoord> out = new ArrayList<>();
        for (int d = t.levels() - 1; d >= subnetLevel; d--) {
            for (int j = 0; j < t.gsize(d); j++) {
                if (j != n.position(d)) {
                    out.add(new HCoord(d, j));
                }
            }
        }
        return out;
    }

    /**
     * The prefixes through which identity {@code n} reaches destination {@code dest}, in table order:
     * global, anonymizing, then internal for k from {@code levels-1} down to {@code dest.level()+1}, keeping
     * only the forms that exist (global and anonymizing need real positions above the destination's level;
     * internal-k needs real positions strictly between the destination's level and k).
     */
    public static List<DestinationPrefix> prefixes(final NetsukukuAddress n, final HCoord dest) {
        final Topology t = n.topology();
        final int d = dest.level();
        if (d >= t.levels() || dest.pos() >= t.gsize(d)) {
            throw new IllegalArgumentException("destination " + dest + " is not a real g-node of topology " + t);
        }
        final int length = 32 - t.bitOffset(d);
        final List<DestinationPrefix> out = new ArrayList<>(2 + t.levels());
        if (n.isRealBetween(d + 1, t.levels() - 1)) {
            int fields = dest.pos() << t.bitOffset(d);
            for (int i = d + 1; i < t.levels(); i++) {
                fields |= n.position(i) << t.bitOffset(i);
            }
            out.add(new DestinationPrefix(dest, PrefixKind.GLOBAL, 0,
                    new Ipv4Prefix(ip(t, GLOBAL_MARKER, fields), length)));
            out.add(new DestinationPrefix(dest, PrefixKind.ANONYMIZING, 0,
                    new Ipv4Prefix(ip(t, ANONYMIZING_MARKER, fields), length)));
        }
        for (int k = t.levels() - 1; k > d; k--) {
            if (!n.isRealBetween(d + 1, k - 1)) {
                continue;
            }
            int fields = (k << t.bitOffset(t.levels() - 1)) | (dest.pos() << t.bitOffset(d));
            for (int i = d + 1; i < k; i++) {
                fields |= n.position(i) << t.bitOffset(i);
            }
            out.add(new DestinationPrefix(dest, PrefixKind.INTERNAL, k,
                    new Ipv4Prefix(ip(t, INTERNAL_MARKER, fields), length)));
        }
        return out;
    }

    /**
     * Every destination prefix of the identity in the order the proof of concept fills table {@code ntk}
     * (and every forwarding table): destinations as in {@link #destinations}, each with its
     * {@link #prefixes}.
     */
    public static List<DestinationPrefix> destinationPrefixes(final NetsukukuAddress n, final int subnetLevel) {
        final List<DestinationPrefix> out = new ArrayList<>();
        for (final HCoord dest : destinations(n, subnetLevel)) {
            out.addAll(prefixes(n, dest));
        }
        return out;
    }

    /**
     * The NETMAP ranges of the gateway of an autonomous subnet of level {@code s} (DettagliOperazioni11),
     * for level {@code i} (s..levels-1): the subnet as it is seen inside its level-(i+1) g-node (internal
     * form of level i+1 below the top level, global form at the top level), and the whole space of that
     * form. Empty when the identity's positions from {@code s} up to {@code i} are not all real (the form
     * does not exist yet).
     */
    public static Optional<SubnetRanges> subnetRanges(final NetsukukuAddress n, final int s, final int i) {
        final Topology t = n.topology();
        final int l = t.levels();
        if (s < 1 || s >= l || i < s || i >= l) {
            throw new IllegalArgumentException("need 1 <= subnet level " + s + " <= level " + i + " < " + l);
        }
        final boolean top = i == l - 1;
        if (!n.isRealBetween(s, top ? l - 1 : i)) {
            return Optional.empty();
        }
        final int length = 32 - t.bitOffset(s);
        int fields = top ? 0 : (i + 1) << t.bitOffset(l - 1);
        for (int level = s; level <= i; level++) {
            fields |= n.position(level) << t.bitOffset(level);
        }
        final int marker = top ? GLOBAL_MARKER : INTERNAL_MARKER;
        final Ipv4Prefix subnet = new Ipv4Prefix(ip(t, marker, fields), length);
        final Ipv4Prefix space = top ? globalRange(t)
                : new Ipv4Prefix(ip(t, INTERNAL_MARKER, (i + 1) << t.bitOffset(l - 1)), 32 - t.bitOffset(i + 1));
        final Ipv4Prefix anonymizingSubnet = top ? new Ipv4Prefix(ip(t, ANONYMIZING_MARKER, fields), length) : null;
        return Optional.of(new SubnetRanges(subnet, space, anonymizingSubnet));
    }

    /** The autonomous subnet's own range: its internal addresses inside its level-s g-node. */
    public static Ipv4Prefix subnetInside(final Topology t, final int s) {
        return new Ipv4Prefix(ip(t, INTERNAL_MARKER, s << t.bitOffset(t.levels() - 1)), 32 - t.bitOffset(s));
    }

    /**
     * NETMAP ranges of one level: the subnet's range in that form ({@code range2} of the page), the whole
     * space of the form ({@code range3}), and at the top level the subnet's anonymizing range ({@code range4}).
     */
    public record SubnetRanges(Ipv4Prefix subnet, Ipv4Prefix space, Ipv4Prefix anonymizingSubnet) { }

    private static void checkSubnetLevel(final Topology t, final int subnetLevel) {
        if (subnetLevel < 0 || subnetLevel >= t.levels()) {
            throw new IllegalArgumentException("subnet level must be 0.." + (t.levels() - 1) + ", was " + subnetLevel);
        }
    }

    private static Ipv4 node(final NetsukukuAddress n, final int marker) {
        final Topology t = n.topology();
        int fields = 0;
        for (int i = 0; i < t.levels(); i++) {
            fields |= n.position(i) << t.bitOffset(i);
        }
        return ip(t, marker, fields);
    }

    private static Ipv4 ip(final Topology t, final int marker, final int fields) {
        return new Ipv4(TEN_SLASH_8 | (marker << t.addressBits()) | fields);
    }
}
