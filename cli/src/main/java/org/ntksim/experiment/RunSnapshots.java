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

        @Override
        public void unreadable(final IOException why) {
            throw new IllegalStateException("snapshots are off", why);
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

    /**
     * The model could not read back what {@link #saved()} gave (its body is not a state this build can
     * rebuild, even though its header matched): the snapshot is dropped and the run starts over, as with a
     * snapshot of another build.
     */
    void unreadable(IOException why) throws IOException;
}
