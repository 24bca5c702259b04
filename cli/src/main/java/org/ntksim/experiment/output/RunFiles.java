package org.ntksim.experiment.output;

import it.unimi.dsi.fastutil.ints.IntAVLTreeSet;
import it.unimi.dsi.fastutil.ints.IntSortedSet;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.metrics.RunRecorder;

/**
 * One CSV file per finished run, {@code runs/run-NNNNNN.csv}, columns {@code kind,name,time_ns,value}
 * with kinds {@code meta} (seed), {@code metric}, {@code series} and {@code perf}. Written to a
 * temporary name in the same directory and renamed with {@code ATOMIC_MOVE}, so a run file exists
 * only when it is complete; a killed campaign leaves at most temporary files, which are ignored.
 * Stateless.
 */
public final class RunFiles {
    /** Name of the run directory inside a campaign directory. */
    public static final String RUNS = "runs";
    /** CSV dialect of every file ntksim writes: RFC 4180 with {@code \n} line ends. */
    public static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

    private static final Pattern NAME = Pattern.compile("run-(\\d{6,})\\.csv");

    private RunFiles() {
    }

    /** Path of run {@code index}'s file. */
    public static Path path(final Path runsDir, final int index) {
        return runsDir.resolve("run-" + PlannedRun.id(index) + ".csv");
    }

    /** Indices of the complete run files in {@code runsDir} (empty if the directory does not exist). */
    public static IntSortedSet existing(final Path runsDir) throws IOException {
        final IntSortedSet found = new IntAVLTreeSet();
        if (!Files.isDirectory(runsDir)) {
            return found;
        }
        try (DirectoryStream<Path> ds = Files.newDirectoryStream(runsDir, "run-*.csv")) {
            for (final Path p : ds) {
                final Matcher m = NAME.matcher(p.getFileName().toString());
                if (m.matches()) {
                    found.add(Integer.parseInt(m.group(1)));
                }
            }
        }
        return found;
    }

    /** Path of the partial file of unfinished run {@code index} (not a run file: resuming ignores it). */
    public static Path partialPath(final Path runsDir, final int index) {
        return runsDir.resolve("partial-" + PlannedRun.id(index) + ".csv");
    }

    /**
     * Writes, atomically, what an unfinished run has recorded so far: its seed, its time series up to
     * now and its wall time so far, in the columns of a run file. For people and scripts reading a run
     * that is still going or that died (killed, out of memory); the runner deletes it when the run's
     * own file is written.
     */
    public static void writePartial(final Path runsDir, final int index, final long seed,
            final List<RunRecorder.Sample> samples, final long wallNs) throws IOException {
        final Path target = partialPath(runsDir, index);
        final Path tmp = runsDir.resolve("." + target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSV)) {
            out.printRecord("kind", "name", "time_ns", "value");
            out.printRecord("meta", "seed", "", Long.toString(seed));
            for (final RunRecorder.Sample s : samples) {
                out.printRecord("series", s.series(), Long.toString(s.timeNs()), Numbers.format(s.value()));
            }
            out.printRecord("perf", "wall_ns", "", Long.toString(wallNs));
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /** Writes {@code r} atomically into {@code runsDir}. */
    public static void write(final Path runsDir, final RunResult r) throws IOException {
        final Path target = path(runsDir, r.index());
        final Path tmp = runsDir.resolve("." + target.getFileName() + ".tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8);
                CSVPrinter out = new CSVPrinter(w, CSV)) {
            out.printRecord("kind", "name", "time_ns", "value");
            out.printRecord("meta", "seed", "", Long.toString(r.seed()));
            for (final Map.Entry<String, Double> m : r.metrics().entrySet()) {
                out.printRecord("metric", m.getKey(), "", Numbers.format(m.getValue()));
            }
            for (final RunRecorder.Sample s : r.samples()) {
                out.printRecord("series", s.series(), Long.toString(s.timeNs()), Numbers.format(s.value()));
            }
            out.printRecord("perf", "wall_ns", "", Long.toString(r.wallNs()));
            out.printRecord("perf", "peak_heap_bytes", "", Long.toString(r.peakHeapBytes()));
            out.printRecord("perf", "events", "", Long.toString(r.events()));
        }
        Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Reads run {@code index}'s file.
     *
     * @throws IOException naming the file and line if it is malformed
     */
    public static RunResult read(final Path file, final int index) throws IOException {
        long seed = 0;
        boolean haveSeed = false;
        final Map<String, Double> metrics = new TreeMap<>();
        final List<RunRecorder.Sample> samples = new ArrayList<>();
        long wall = 0;
        long heap = 0;
        long events = 0;
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                CSVParser p = CSVParser.builder().setReader(r).setFormat(CSV).get()) {
            for (final CSVRecord rec : p) {
                if (rec.getRecordNumber() == 1) {
                    continue; // header
                }
                try {
                    final String kind = rec.get(0);
                    final String name = rec.get(1);
                    final String value = rec.get(3);
                    switch (kind) {
                        case "meta":
                            if ("seed".equals(name)) {
                                seed = Long.parseLong(value);
                                haveSeed = true;
                            }
                            break;
                        case "metric":
                            metrics.put(name, Double.parseDouble(value));
                            break;
                        case "series":
                            samples.add(new RunRecorder.Sample(name, Long.parseLong(rec.get(2)), Double.parseDouble(value)));
                            break;
                        case "perf":
                            if ("wall_ns".equals(name)) {
                                wall = Long.parseLong(value);
                            } else if ("peak_heap_bytes".equals(name)) {
                                heap = Long.parseLong(value);
                            } else if ("events".equals(name)) {
                                events = Long.parseLong(value);
                            }
                            break;
                        default:
                            throw new IOException("unknown row kind '" + kind + "'");
                    }
                } catch (final NumberFormatException | ArrayIndexOutOfBoundsException e) {
                    throw new IOException(file + ":" + (rec.getRecordNumber()) + ": malformed run file row", e);
                } catch (final IOException e) {
                    throw new IOException(file + ":" + (rec.getRecordNumber()) + ": " + e.getMessage(), e);
                }
            }
        } catch (final IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException(file + ": malformed CSV (" + e.getMessage() + ")", e);
        }
        if (!haveSeed) {
            throw new IOException(file + ": no seed row; not a run file");
        }
        return new RunResult(index, seed, metrics, samples, wall, heap, events);
    }
}
