package org.ntksim.experiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered parameters of a model. The declaration order is canonical: it orders CSV columns,
 * sweep dimensions and the text from which run seeds derive. Immutable.
 */
public final class ParameterSchema {
    private final Map<String, ParameterSpec> specs = new LinkedHashMap<>();

    /** A schema of {@code specs} in this order; names must be distinct. */
    public ParameterSchema(final List<ParameterSpec> specs) {
        for (final ParameterSpec s : specs) {
            if (this.specs.put(s.name(), s) != null) {
                throw new IllegalArgumentException("duplicate parameter " + s.name());
            }
        }
    }

    /** The spec named {@code name}, or null. */
    public ParameterSpec get(final String name) {
        return specs.get(name);
    }

    /** Parameter names in declaration order. */
    public List<String> names() {
        return new ArrayList<>(specs.keySet());
    }

    /** Specs in declaration order. */
    public List<ParameterSpec> specs() {
        return new ArrayList<>(specs.values());
    }

    /** Position of {@code name} in declaration order, -1 if unknown. */
    public int indexOf(final String name) {
        return names().indexOf(name);
    }
}
