package org.ntksim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ntksim.experiment.statictables.StaticTablesModel;

/**
 * The models an experiment file may name. {@link #builtIn()} holds ntksim's own; tests build
 * registries of their own models. Immutable.
 */
public final class ModelRegistry {
    private final Map<String, ExperimentModel> models = new LinkedHashMap<>();

    /** A registry of {@code models}; names must be distinct. */
    public ModelRegistry(final List<ExperimentModel> models) {
        for (final ExperimentModel m : models) {
            if (this.models.put(m.name(), m) != null) {
                throw new IllegalArgumentException("duplicate model " + m.name());
            }
        }
    }

    /** The built-in models. */
    public static ModelRegistry builtIn() {
        return new ModelRegistry(List.of(new StaticTablesModel()));
    }

    /** The model named {@code name}, or null. */
    public ExperimentModel get(final String name) {
        return models.get(name);
    }

    /** Model names in registration order. */
    public List<String> names() {
        return new ArrayList<>(models.keySet());
    }
}
