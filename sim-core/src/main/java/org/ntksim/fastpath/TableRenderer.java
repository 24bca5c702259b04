package org.ntksim.fastpath;

import java.util.ArrayList;
import java.util.List;

/**
 * Renders the computed tables of one identity as the {@code ip route change} lines of the proof of
 * concept (spec §2.3 IPv4 mapping, §3.2 order, §3.3 forms, §3.4 blackhole rule): table {@code ntk}
 * first, then one {@code ntk_from_<MAC>} table per arc of the identity in arc id order; in each
 * table the destinations levels l-1 down to 0, positions ascending, and for each destination its
 * computable prefixes (global, anonymizing, internal-k for k = l-1 down to d+1).
 *
 * <p>Holds its own minimal IPv4 mapping (all gsizes powers of two, 10.0.0.0/8) until the address
 * package's {@code Ipv4Mapping} is available; then it should delegate to it.
 */
public final class TableRenderer {
    private final NetworkState state;
    private final RouteTables tables;
    private final int levels;
    private final int[] off;
    private final int bits;

    /** Naming of the peers and local devices. */
    public interface Names {
        /** MAC of the identity (used in ntk_from_&lt;MAC&gt; by its neighbours). */
        String mac(int identity);

        /** Link-local address of the identity (used as gateway by its neighbours). */
        String linkLocal(int identity);

        /** Local device of the identity. */
        String dev(int identity);
    }

    /** A renderer of {@code tables}, computed on {@code state}. */
    public TableRenderer(final NetworkState state, final RouteTables tables) {
        this.state = state;
        this.tables = tables;
        this.levels = state.levels();
        this.off = new int[levels + 1];
        for (int i = 0; i < levels; i++) {
            final int g = state.gsize(i);
            if (Integer.bitCount(g) != 1) {
                throw new IllegalArgumentException("IPv4 mapping needs power-of-two gsizes, level " + i + " is " + g);
            }
            off[i + 1] = off[i] + Integer.numberOfTrailingZeros(g);
        }
        bits = off[levels];
        if (bits > 22 || state.gsize(levels - 1) < levels) {
            throw new IllegalArgumentException("topology does not fit the 10.0.0.0/8 mapping (spec §2.3)");
        }
    }

    private boolean real(final int id, final int level) {
        return state.position(id, level) < state.gsize(level);
    }

    private boolean realRange(final int id, final int from, final int to) {
        for (int i = from; i <= to; i++) {
            if (!real(id, i)) {
                return false;
            }
        }
        return true;
    }

    private static String ip(final int v) {
        return "10." + ((v >>> 16) & 255) + "." + ((v >>> 8) & 255) + "." + (v & 255);
    }

    private int gnodeValue(final int n, final int type, final int internalK, final int d, final int j) {
        int v = type << bits;
        if (type == 1) {
            v |= internalK << off[levels - 1];
            for (int i = d + 1; i < internalK; i++) {
                v |= state.position(n, i) << off[i];
            }
        } else {
            for (int i = d + 1; i < levels; i++) {
                v |= state.position(n, i) << off[i];
            }
        }
        return v | j << off[d];
    }

    private String ownGlobal(final int n) {
        if (!realRange(n, 0, levels - 1)) {
            return null;
        }
        int v = 0;
        for (int i = 0; i < levels; i++) {
            v |= state.position(n, i) << off[i];
        }
        return ip(v);
    }

    private String ownInternal(final int n, final int k) {
        if (!realRange(n, 0, k - 1)) {
            return null;
        }
        int v = 1 << bits | k << off[levels - 1];
        for (int i = 0; i < k; i++) {
            v |= state.position(n, i) << off[i];
        }
        return ip(v);
    }

    /** One prefix of a destination: CIDR, internal level (0 for global/anonymizing), source IP. */
    private record Prefix(String cidr, int internalK, String src) {
    }

    private List<Prefix> prefixes(final int n, final int d, final int j) {
        final List<Prefix> out = new ArrayList<>();
        final int len = 32 - off[d];
        if (realRange(n, d + 1, levels - 1)) {
            final String src = ownGlobal(n);
            out.add(new Prefix(ip(gnodeValue(n, 0, 0, d, j)) + "/" + len, 0, src));
            out.add(new Prefix(ip(gnodeValue(n, 2, 0, d, j)) + "/" + len, 0, src));
        }
        for (int k = levels - 1; k > d; k--) {
            if (realRange(n, d + 1, k - 1)) {
                out.add(new Prefix(ip(gnodeValue(n, 1, k, d, j)) + "/" + len, k, ownInternal(n, k)));
            }
        }
        return out;
    }

    private int maxDistinct(final int a, final int b) {
        for (int l = levels - 1; l >= 0; l--) {
            if (state.position(a, l) != state.position(b, l)) {
                return l;
            }
        }
        return -1;
    }

    /** The lines of table ntk followed by every ntk_from_&lt;MAC&gt; table of identity {@code n}. */
    public List<String> render(final int n, final Names names) {
        final List<String> lines = new ArrayList<>();
        final int[] dest = tables.destinations(n);
        for (int table = -1; table < state.arcCount(); table++) {
            if (table >= 0 && state.arcA(table) != n && state.arcB(table) != n) {
                continue;
            }
            final int v = table < 0 ? -1 : (state.arcA(table) == n ? state.arcB(table) : state.arcA(table));
            final String name = table < 0 ? "ntk" : "ntk_from_" + names.mac(v);
            final int hvLevel = v < 0 ? -1 : maxDistinct(v, n);
            for (int k = 0; k < dest.length; k += 2) {
                final int d = dest[k];
                final int j = dest[k + 1];
                final int gw = tables.nextHop(n, table, d, j);
                for (final Prefix p : prefixes(n, d, j)) {
                    if (table >= 0 && p.internalK() > 0 && p.internalK() <= hvLevel) {
                        lines.add("ip route change blackhole " + p.cidr() + " table " + name);
                    } else if (gw < 0) {
                        lines.add("ip route change unreachable " + p.cidr() + " table " + name);
                    } else {
                        final String via = " via " + names.linkLocal(gw) + " dev " + names.dev(n);
                        lines.add("ip route change " + p.cidr() + " table " + name + via
                                + (table < 0 && p.src() != null ? " src " + p.src() : ""));
                    }
                }
            }
        }
        return lines;
    }
}
