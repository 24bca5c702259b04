package org.ntksim.experiment;

/**
 * One run of a campaign: its canonical index ({@code point * replications + replication}), the
 * point index, the replication number and the derived seed.
 */
public record PlannedRun(int index, int point, int replication, long seed) {
    /** The run id used in file names and CSV rows: the index, zero-padded to six digits. */
    public String id() {
        return id(index);
    }

    /** The run id of {@code index}. */
    public static String id(final int index) {
        return String.format(java.util.Locale.ROOT, "%06d", index);
    }
}
