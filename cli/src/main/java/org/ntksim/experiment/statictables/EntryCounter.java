package org.ntksim.experiment.statictables;

import org.ntksim.fastpath.RouteEntry;
import org.ntksim.fastpath.RouteSink;
import org.ntksim.fastpath.RouteTables;

/**
 * Counts route entries as the router streams them (all, unreachable, unreachable in {@code ntk})
 * and forwards them to stored {@link RouteTables} when there are any. Streaming keeps the counts
 * O(1) per entry and lets networks whose tables are too large to store still be measured.
 * Not thread-safe.
 */
final class EntryCounter implements RouteSink {
    private final RouteTables tables;
    long entries;
    long unreachable;
    long unreachableNtk;

    /** @param tables where entries are stored, or null to only count */
    EntryCounter(final RouteTables tables) {
        this.tables = tables;
    }

    @Override
    public void destination(final int level, final int child, final int pLo, final int pHi, final int dLo,
            final int dHi) {
        if (tables != null) {
            tables.destination(level, child, pLo, pHi, dLo, dHi);
        }
    }

    @Override
    public void accept(final int node, final int table, final int slot, final long entry) {
        entries++;
        if (!RouteEntry.isReachable(entry)) {
            unreachable++;
            if (table == 0) {
                unreachableNtk++;
            }
        }
        if (tables != null) {
            tables.accept(node, table, slot, entry);
        }
    }
}
