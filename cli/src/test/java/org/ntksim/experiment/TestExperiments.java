package org.ntksim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.config.ExperimentReader;

/** Helpers: a registry with the fake model and the static-tables model, and reading a config text. */
public final class TestExperiments {
    private TestExperiments() {
    }

    public static ModelRegistry registry(final FakeModel fake) {
        return new ModelRegistry(List.of(fake, new org.ntksim.experiment.statictables.StaticTablesModel()));
    }

    /** Writes {@code text} to {@code dir/name} and reads it with every point checked. */
    public static ExperimentFile read(final ModelRegistry registry, final Path dir, final String name,
            final String text) throws IOException {
        final Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return new ExperimentReader(registry).read(file, true);
    }
}
