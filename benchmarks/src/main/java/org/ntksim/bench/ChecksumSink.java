package org.ntksim.bench;

import org.ntksim.fastpath.RouteSink;

/** A streaming sink that folds every entry into a checksum and counts them (allocation-free). */
final class ChecksumSink implements RouteSink {
    long hash;
    long count;

    @Override
    public void accept(final int node, final int table, final int slot, final long entry) {
        hash = hash * 31 + (entry ^ ((long) node << 20) ^ ((long) table << 8) ^ slot);
        count++;
    }
}
