package org.ntksim.experiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Where a long run keeps its saved state, so that a killed campaign resumes an unfinished run where its
 * last snapshot left it instead of starting it over. The runner decides how often ({@link #due()}) and
 * where; the model decides what a snapshot holds and reads back only its own.
 */
public interface RunSnapshots {
    /** Never due, nothing saved. */
    RunSnapshots NONE = new RunSnapshots() {
        @Override
        public InputStream saved() {
            return null;
        }

        @Override
        public boolean due() {
            return false;
        }

        @Override
        public void save(final Writer writer) {
            throw new IllegalStateException("snapshots are off");
        }
    };

    /** Writes one snapshot. */
    @FunctionalInterface
    interface Writer {
        /** Writes the state to {@code out} (the runner closes it). */
        void write(OutputStream out) throws IOException;
    }

    /** The last snapshot of this run (the caller closes it), or null if there is none. */
    InputStream saved() throws IOException;

    /** Whether it is time to save one (cheap; call it between steps). */
    boolean due();

    /**
     * Saves a snapshot, replacing the previous one only once it is completely written. Implementations may
     * swallow a failure (and save no more) rather than end the run.
     */
    void save(Writer writer) throws IOException;
}
