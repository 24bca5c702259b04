package org.ntksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.output.CampaignMerge;
import org.ntksim.experiment.output.Provenance;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code ntksim merge OUT DIR...}: joins the directories of shards run with {@code --shard i/n} into
 * OUT, writing the same metrics, series, summary and plots an unsharded run would have.
 */
@Command(name = "merge", mixinStandardHelpOptions = true,
        description = "Join shard directories of one campaign (ntksim run --shard i/n) into OUT and write its outputs.")
public final class MergeCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "OUT", description = "merged campaign directory (new, or a previous merge)")
    Path out;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "DIR", description = "shard directories")
    List<Path> shards;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        final PrintWriter err = spec.commandLine().getErr();
        final int runs = CampaignMerge.merge(out, shards, ModelRegistry.builtIn(),
                Provenance.detect(Main.VERSION, Main.class), err);
        err.println("ntksim merge: " + runs + " runs from " + shards.size() + " director" + (shards.size() == 1 ? "y" : "ies")
                + " merged into " + out);
        err.flush();
        return 0;
    }
}
