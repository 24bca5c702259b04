package org.ntksim.experiment.config;

import java.nio.file.Path;
import org.ntksim.experiment.CampaignPlan;

/**
 * A checked experiment file: the plan it expands to, the output directory it asks for (null for the
 * default {@code out/<name>}), the directory relative model paths resolve against, and its text
 * (copied next to the results so that {@code merge} can rebuild the plan).
 */
public record ExperimentFile(Path source, CampaignPlan plan, String declaredOutput, Path baseDirectory,
        String text) {

    /** {@code declaredOutput}, or {@code out/<name>} relative to the working directory. */
    public Path outputDirectory() {
        return Path.of(declaredOutput != null ? declaredOutput : "out/" + plan.name());
    }
}
