package org.ntksim.fastpath;

/**
 * Packing of a route entry into one {@code long}: cost in the high 32 bits, the next hop as an
 * internal CSR arc slot in the low 32 bits; {@link #UNREACHABLE} when there is no admissible path.
 * (Blackhole is not stored: it is a property of the prefix form, applied when rendering.)
 */
public final class RouteEntry {
    /** No admissible path. */
    public static final long UNREACHABLE = -1L;

    private RouteEntry() {
    }

    /** Packs a reachable entry. */
    public static long of(final int cost, final int arcSlot) {
        return ((long) cost << 32) | (arcSlot & 0xffffffffL);
    }

    /** Cost of the path, or -1 if unreachable. */
    public static int cost(final long entry) {
        return entry == UNREACHABLE ? -1 : (int) (entry >>> 32);
    }

    /** Internal arc slot of the first hop, or -1 if unreachable. */
    public static int arcSlot(final long entry) {
        return entry == UNREACHABLE ? -1 : (int) entry;
    }

    /** Whether there is a path. */
    public static boolean isReachable(final long entry) {
        return entry != UNREACHABLE;
    }
}
