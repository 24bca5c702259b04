package org.ntksim.experiment.run;

/**
 * A deterministic slice of a campaign: shard {@code index} of {@code count} holds the runs whose
 * canonical index is congruent to {@code index} modulo {@code count}, so shards interleave points
 * and have sizes within one run of each other.
 */
public record Shard(int index, int count) {
    /** The whole campaign. */
    public static final Shard ALL = new Shard(0, 1);

    /** Validates {@code 0 <= index < count}. */
    public Shard {
        if (count < 1 || index < 0 || index >= count) {
            throw new IllegalArgumentException("shard must be i/n with 0 <= i < n, was " + index + "/" + count);
        }
    }

    /** Parses {@code i/n}. */
    public static Shard parse(final String text) {
        final String[] parts = text.split("/", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("shard must be i/n (e.g. 0/4), was '" + text + "'");
        }
        try {
            return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
        } catch (final NumberFormatException e) {
            throw new IllegalArgumentException("shard must be i/n with integers (e.g. 0/4), was '" + text + "'");
        }
    }

    /** True if run {@code runIndex} belongs to this shard. */
    public boolean contains(final int runIndex) {
        return runIndex % count == index;
    }

    /** True for the whole campaign. */
    public boolean isAll() {
        return count == 1;
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
