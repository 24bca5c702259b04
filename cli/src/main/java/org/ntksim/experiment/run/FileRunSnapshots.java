package org.ntksim.experiment.run;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.experiment.RunSnapshots;

/**
 * The snapshot of one run in the campaign's {@code runs/} directory ({@code snapshot-<id>.bin}), written
 * atomically (temporary file, then a move). A header names the build and the run seed: a snapshot of
 * another build or another seed is not read back (the run starts over and the next save replaces it),
 * because the saved state of one build may mean something else to another.
 *
 * <p>The header also carries the run's wall time and peak heap up to the save, so that the run's
 * {@code perf.csv} row counts every process that did part of it: the work a process did after its last
 * snapshot is redone by the next one and counted once, as the run's own cost.
 */
final class FileRunSnapshots implements RunSnapshots {
    private static final String MAGIC = "ntksim run snapshot 2";

    private final Path file;
    private final Path tmp;
    private final String build;
    private final long seed;
    private final long intervalNs;
    private final LongSupplier clock;
    private final LongSupplier peakHeap;
    private final long startNs;
    private long wallBeforeNs;
    private long peakHeapBeforeBytes;
    private long lastSaveNs;
    private boolean failed;
    private final Consumer<String> notes;

    /**
     * @param build the build identity (version and commit); snapshots are kept only for the same one
     * @param intervalNs wall time between two saves
     * @param clock wall clock in ns (the runner's, never the model's)
     * @param peakHeap the process's peak heap so far, in bytes
     * @param notes where a line goes when a snapshot is resumed from or refused
     */
    FileRunSnapshots(final Path runsDir, final int index, final String build, final long seed, final long intervalNs,
            final LongSupplier clock, final LongSupplier peakHeap, final Consumer<String> notes) {
        this.file = path(runsDir, index);
        this.tmp = runsDir.resolve("." + file.getFileName() + ".tmp");
        this.build = build;
        this.seed = seed;
        this.intervalNs = intervalNs;
        this.clock = clock;
        this.peakHeap = peakHeap;
        this.notes = notes;
        this.startNs = clock.getAsLong();
        this.lastSaveNs = startNs;
    }

    /** The run's wall time so far: this process's, plus that of the processes before it up to the snapshot resumed. */
    long wallNs() {
        return wallBeforeNs + clock.getAsLong() - startNs;
    }

    /** The run's peak heap so far: the larger of this process's and that saved in the snapshot resumed. */
    long peakHeapBytes() {
        return Math.max(peakHeapBeforeBytes, peakHeap.getAsLong());
    }

    /** Path of the snapshot of run {@code index}. */
    static Path path(final Path runsDir, final int index) {
        return runsDir.resolve("snapshot-" + PlannedRun.id(index) + ".bin");
    }

    @Override
    public InputStream saved() throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        final DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20));
        try {
            final String magic = in.readUTF();
            final String itsBuild = in.readUTF();
            final long itsSeed = in.readLong();
            final long itsWallNs = in.readLong();
            final long itsPeakHeapBytes = in.readLong();
            if (!MAGIC.equals(magic) || !build.equals(itsBuild) || itsSeed != seed) {
                notes.accept(file + ": written by " + itsBuild + " for seed " + itsSeed + ", this is " + build
                        + " with seed " + seed + ": not resumed, the run starts over");
                in.close();
                return null;
            }
            notes.accept("resuming from " + file);
            wallBeforeNs = itsWallNs;
            peakHeapBeforeBytes = itsPeakHeapBytes;
            return in;
        } catch (final IOException e) {
            in.close();
            notes.accept(file + ": unreadable header (" + e.getMessage() + "): not resumed, the run starts over");
            return null;
        }
    }

    @Override
    public void unreadable(final IOException why) throws IOException {
        notes.accept(file + ": unreadable (" + why.getMessage() + "): not resumed, the run starts over");
        wallBeforeNs = 0;
        peakHeapBeforeBytes = 0;
        Files.deleteIfExists(file);
    }

    @Override
    public boolean due() {
        return !failed && clock.getAsLong() - lastSaveNs >= intervalNs;
    }

    /**
     * Saves, or, if saving fails (disk full, a state too large for the heap), says why and saves no more: a
     * run of hours is not worth losing over its snapshot, and the previous snapshot stays as it was.
     */
    @Override
    public void save(final Writer writer) {
        try {
            try (OutputStream raw = new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20)) {
                final DataOutputStream out = new DataOutputStream(raw);
                out.writeUTF(MAGIC);
                out.writeUTF(build);
                out.writeLong(seed);
                out.writeLong(wallNs());
                out.writeLong(peakHeapBytes());
                out.flush();
                writer.write(raw);
            }
            Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            lastSaveNs = clock.getAsLong();
        } catch (final IOException | RuntimeException | StackOverflowError | OutOfMemoryError e) {
            failed = true;
            try {
                Files.deleteIfExists(tmp);
            } catch (final IOException ignored) {
                // the temporary file is overwritten by the next save of a later campaign run
            }
            notes.accept("saving a snapshot to " + file + " failed (" + e + "); the run goes on without snapshots");
        }
    }
}
