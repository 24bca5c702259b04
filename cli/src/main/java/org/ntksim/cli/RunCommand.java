package org.ntksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.config.ConfigException;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.config.ExperimentReader;
import org.ntksim.experiment.output.Provenance;
import org.ntksim.experiment.run.CampaignRunner;
import org.ntksim.experiment.run.ProgressReporter;
import org.ntksim.experiment.run.Shard;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ntksim run EXPERIMENT.toml}: checks the experiment file (every sweep point) and runs the
 * campaign (docs/experiments.md). Exit 0 on success, 2 on a bad file or bad options (one line on
 * stderr, before any run starts), 1 if a run fails.
 */
@Command(name = "run", mixinStandardHelpOptions = true,
        description = "Run an experiment file (TOML): parameter sweeps x replications, in parallel, resumable;"
                + " writes metrics.csv, series.csv, summary.csv, perf.csv, metadata.json and plots/.")
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "EXPERIMENT", description = "experiment file (docs/experiments.md)")
    Path file;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "concurrent runs (default: available cores)")
    Integer jobs;

    @Option(names = "--out", paramLabel = "DIR", description = "output directory (default: [experiment] output,"
            + " else out/<name>; with --shard, <that>/shard-<i>-of-<n>)")
    Path out;

    @Option(names = "--shard", paramLabel = "i/n", description = "run only the runs whose index is i modulo n")
    String shard;

    @Option(names = "--force", description = "reuse an output directory that holds another campaign, deleting its runs")
    boolean force;

    @Option(names = "--progress", paramLabel = "MODE", defaultValue = "auto",
            description = "auto (bar on a terminal, lines otherwise), bar, lines or none")
    String progress;

    @Option(names = "--snapshot-every", paramLabel = "MINUTES", defaultValue = "30",
            description = "save the state of a long growth run every MINUTES of wall time (runs/snapshot-<id>.bin);"
                    + " a campaign run again resumes it from there; 0 = never (default: ${DEFAULT-VALUE})")
    double snapshotMinutes;

    @Option(names = "--dry-run", description = "check the file and print the plan, run nothing")
    boolean dryRun;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        final PrintWriter err = spec.commandLine().getErr();
        final PrintWriter stdout = spec.commandLine().getOut();
        final Shard slice;
        final ProgressReporter.Mode mode;
        try {
            slice = shard == null ? Shard.ALL : Shard.parse(shard);
            mode = ProgressReporter.Mode.valueOf(progress.toUpperCase(java.util.Locale.ROOT));
        } catch (final IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage().startsWith("No enum")
                    ? "--progress must be auto, bar, lines or none, was '" + progress + "'" : e.getMessage());
        }
        if (!(snapshotMinutes >= 0) || Double.isInfinite(snapshotMinutes)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--snapshot-every must be a number of minutes >= 0, was " + snapshotMinutes);
        }
        final int j = jobs != null ? jobs : Runtime.getRuntime().availableProcessors();
        if (j < 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--jobs must be >= 1, was " + j);
        }
        final ExperimentFile exp;
        try {
            exp = new ExperimentReader(ModelRegistry.builtIn()).read(file, true);
        } catch (final ConfigException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        Path dir = out != null ? out : exp.outputDirectory();
        if (out == null && !slice.isAll()) {
            dir = dir.resolve("shard-" + slice.index() + "-of-" + slice.count());
        }
        if (dryRun) {
            stdout.println(exp.plan().name() + ": model " + exp.plan().model().name() + ", " + exp.plan().points().size()
                    + " point(s) x " + exp.plan().replications() + " replication(s) = " + exp.plan().runCount()
                    + " runs, config hash " + exp.plan().configHash() + ", output " + dir);
            for (int p = 0; p < exp.plan().points().size(); p++) {
                stdout.println("point " + p + ": " + (exp.plan().swept().isEmpty() ? "(no sweep)"
                        : ExperimentReader.describe(exp.plan().points().get(p), exp.plan().swept())));
            }
            stdout.flush();
            return 0;
        }
        final CampaignRunner runner = new CampaignRunner(Provenance.detect(Main.VERSION, Main.class), err, System.err,
                CampaignRunner.PARTIAL_INTERVAL, java.time.Duration.ofNanos(Math.round(snapshotMinutes * 60e9)));
        try {
            runner.run(exp, new CampaignRunner.Options(dir, j, slice, force, mode));
        } catch (final CampaignRunner.RunFailedException e) {
            err.println("ntksim run: " + e.getMessage());
            err.flush();
            return 1;
        }
        return 0;
    }
}
