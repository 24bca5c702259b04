package org.ntksim.experiment;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One point of a parameter space: a value for every parameter of a schema, in declaration order.
 * {@link #canonical()} covers every parameter (defaults included), so two points are the same
 * experiment exactly when their canonical texts are equal; the config hash covers it. The run seeds
 * derive from {@link #seedText()}, which leaves out the parameters at their declared default, so that
 * a model gaining a parameter (whose default keeps the old behaviour) keeps the seeds, hence the
 * results, of every existing experiment file. Immutable.
 */
public final class ParameterPoint {
    private final ParameterSchema schema;
    private final Map<String, Object> values;

    /** {@code values} must hold a coerced value for every parameter of {@code schema}. */
    public ParameterPoint(final ParameterSchema schema, final Map<String, Object> values) {
        this.schema = schema;
        this.values = new LinkedHashMap<>();
        for (final String name : schema.names()) {
            this.values.put(name, Objects.requireNonNull(values.get(name), () -> "no value for " + name));
        }
    }

    /** The schema. */
    public ParameterSchema schema() {
        return schema;
    }

    /** The value of {@code name} (Long, Double, String or Boolean). */
    public Object get(final String name) {
        final Object v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("no parameter " + name);
        }
        return v;
    }

    /** An INTEGER parameter. */
    public long integer(final String name) {
        return (Long) get(name);
    }

    /** A REAL parameter. */
    public double real(final String name) {
        return (Double) get(name);
    }

    /** A STRING parameter. */
    public String string(final String name) {
        return (String) get(name);
    }

    /** A BOOLEAN parameter. */
    public boolean bool(final String name) {
        return (Boolean) get(name);
    }

    /** Canonical text of one value. */
    public String formatted(final String name) {
        return schema.get(name).format(get(name));
    }

    /**
     * {@code name=value} for every parameter in declaration order, one per line, string values
     * quoted with {@code "} and {@code \} escaped so that no two points share a text.
     */
    public String canonical() {
        return lines(false);
    }

    /**
     * {@link #canonical()} without the lines of parameters whose value equals their declared default:
     * the text the run seeds derive from. Within one schema two points have the same seed text exactly
     * when they are equal, as the defaults are fixed.
     */
    public String seedText() {
        return lines(true);
    }

    private String lines(final boolean skipDefaults) {
        final StringBuilder sb = new StringBuilder();
        for (final ParameterSpec s : schema.specs()) {
            if (skipDefaults && s.format(get(s.name())).equals(s.format(s.coerce(s.defaultValue())))) {
                continue;
            }
            sb.append(s.name()).append('=');
            final String text = s.format(get(s.name()));
            if (s.type() == ParameterType.STRING) {
                sb.append('"').append(text.replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
            } else {
                sb.append(text);
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof ParameterPoint && ((ParameterPoint) o).canonical().equals(canonical());
    }

    @Override
    public int hashCode() {
        return canonical().hashCode();
    }

    @Override
    public String toString() {
        return canonical().replace('\n', ' ').trim();
    }
}
