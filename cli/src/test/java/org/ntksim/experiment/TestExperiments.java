package org.ntksim.experiment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ntksim.experiment.config.ExperimentFile;
import org.ntksim.experiment.config.ExperimentReader;

/** Helpers: a registry with the fake model and the static-tables model, reading a config text, building a point. */
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

    /** A point of {@code model}: every parameter at its default except the given name/value pairs. */
    public static ParameterPoint point(final ExperimentModel model, final Object... namesAndValues) {
        final Map<String, Object> values = new HashMap<>();
        for (final ParameterSpec s : model.schema().specs()) {
            values.put(s.name(), s.defaultValue());
        }
        for (int i = 0; i < namesAndValues.length; i += 2) {
            final String name = (String) namesAndValues[i];
            values.put(name, model.schema().get(name).coerce(namesAndValues[i + 1]));
        }
        return new ParameterPoint(model.schema(), values);
    }
}
