package org.ntksim.experiment;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One declared model parameter: name, type, default, inclusive range (numbers) or allowed values
 * (strings; empty = any), and a one-line doc. {@link #coerce} turns a value read from a config
 * file into the canonical Java value or explains in one line why it is not acceptable; {@link
 * #format} and {@link #parse} give its canonical text (used in CSV columns and seed derivation).
 * Immutable.
 */
public record ParameterSpec(String name, ParameterType type, Object defaultValue, double min, double max,
        List<String> choices, String doc) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9_]*");

    /** Validates the declaration (a bad declaration is a bug in the model). */
    public ParameterSpec {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(doc, "doc");
        if (!NAME.matcher(Objects.requireNonNull(name, "name")).matches()) {
            throw new IllegalArgumentException("parameter name must match [a-z][a-z0-9_]*: " + name);
        }
        choices = List.copyOf(choices);
        coerce(type, min, max, choices, defaultValue);
    }

    /** An integer parameter in [min, max]. */
    public static ParameterSpec integer(final String name, final long defaultValue, final long min, final long max,
            final String doc) {
        return new ParameterSpec(name, ParameterType.INTEGER, defaultValue, min, max, List.of(), doc);
    }

    /** A real parameter in [min, max]. */
    public static ParameterSpec real(final String name, final double defaultValue, final double min,
            final double max, final String doc) {
        return new ParameterSpec(name, ParameterType.REAL, defaultValue, min, max, List.of(), doc);
    }

    /** A free string parameter. */
    public static ParameterSpec string(final String name, final String defaultValue, final String doc) {
        return new ParameterSpec(name, ParameterType.STRING, defaultValue, 0, 0, List.of(), doc);
    }

    /** A string parameter restricted to {@code choices}. */
    public static ParameterSpec choice(final String name, final String defaultValue, final List<String> choices,
            final String doc) {
        return new ParameterSpec(name, ParameterType.STRING, defaultValue, 0, 0, choices, doc);
    }

    /** A boolean parameter. */
    public static ParameterSpec bool(final String name, final boolean defaultValue, final String doc) {
        return new ParameterSpec(name, ParameterType.BOOLEAN, defaultValue, 0, 0, List.of(), doc);
    }

    /**
     * The canonical value for {@code raw} (as read from TOML: Long, Double, String, Boolean, or
     * anything else).
     *
     * @throws IllegalArgumentException with a message naming what was expected and what was found
     */
    public Object coerce(final Object raw) {
        return coerce(type, min, max, choices, raw);
    }

    private static Object coerce(final ParameterType type, final double min, final double max,
            final List<String> choices, final Object raw) {
        switch (type) {
            case INTEGER: {
                if (!(raw instanceof Long)) {
                    throw new IllegalArgumentException("expected " + type.description() + ", got " + describe(raw));
                }
                final long v = (Long) raw;
                if (v < min || v > max) {
                    throw new IllegalArgumentException("must be in [" + (long) min + ", " + (long) max + "], was " + v);
                }
                return v;
            }
            case REAL: {
                final double v;
                if (raw instanceof Long) {
                    v = (Long) raw;
                } else if (raw instanceof Double) {
                    v = (Double) raw;
                } else {
                    throw new IllegalArgumentException("expected " + type.description() + ", got " + describe(raw));
                }
                if (!(v >= min && v <= max)) {
                    throw new IllegalArgumentException("must be in [" + min + ", " + max + "], was " + v);
                }
                return v;
            }
            case STRING: {
                if (!(raw instanceof String)) {
                    throw new IllegalArgumentException("expected " + type.description() + ", got " + describe(raw));
                }
                final String s = (String) raw;
                if (!choices.isEmpty() && !choices.contains(s)) {
                    throw new IllegalArgumentException("unknown value \"" + s + "\", expected one of " + choices
                            + DidYouMean.suffix(s, choices));
                }
                return s;
            }
            case BOOLEAN: {
                if (!(raw instanceof Boolean)) {
                    throw new IllegalArgumentException("expected " + type.description() + ", got " + describe(raw));
                }
                return raw;
            }
            default:
                throw new AssertionError(type);
        }
    }

    /** Canonical text of a coerced value: decimal integers, {@link Double#toString}, raw strings. */
    public String format(final Object value) {
        return String.valueOf(value);
    }

    /** Inverse of {@link #format}, then {@link #coerce}. */
    public Object parse(final String text) {
        switch (type) {
            case INTEGER:
                return coerce(Long.parseLong(text));
            case REAL:
                return coerce(Double.parseDouble(text));
            case BOOLEAN:
                return coerce(Boolean.parseBoolean(text));
            default:
                return coerce(text);
        }
    }

    /** True for INTEGER and REAL (plottable on a numeric axis). */
    public boolean numeric() {
        return type == ParameterType.INTEGER || type == ParameterType.REAL;
    }

    private static String describe(final Object raw) {
        if (raw == null) {
            return "nothing";
        }
        if (raw instanceof Long) {
            return "the integer " + raw;
        }
        if (raw instanceof Double) {
            return "the float " + raw;
        }
        if (raw instanceof String) {
            return "the string \"" + raw + "\"";
        }
        if (raw instanceof Boolean) {
            return "the boolean " + raw;
        }
        if (raw instanceof org.tomlj.TomlArray) {
            return "an array";
        }
        if (raw instanceof org.tomlj.TomlTable) {
            return "a table";
        }
        return "a " + raw.getClass().getSimpleName();
    }
}
