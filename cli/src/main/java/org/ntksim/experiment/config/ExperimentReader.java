package org.ntksim.experiment.config;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.DidYouMean;
import org.ntksim.experiment.ExperimentModel;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.ParameterSchema;
import org.ntksim.experiment.ParameterSpec;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseError;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads an experiment file (format: docs/experiments.md) into an {@link ExperimentFile}. Stops at
 * the first problem with a {@link ConfigException} naming file, line and key. With
 * {@code checkPoints}, also expands the sweep and lets the model cross-check every point, so a bad
 * point deep in a sweep is reported before any run starts. Stateless.
 */
public final class ExperimentReader {
    /** Top-level tables. */
    static final List<String> TABLES = List.of("experiment", "parameters", "sweep");
    /** Keys of [experiment]. */
    static final List<String> EXPERIMENT_KEYS = List.of("name", "model", "replications", "base_seed", "output");
    /** Largest replications value accepted. */
    static final long MAX_REPLICATIONS = 1_000_000;
    /** Largest number of runs a campaign may expand to (run ids are ints). */
    static final long MAX_RUNS = 100_000_000;

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.-]+");
    private static final String ZIP = "zip";

    private final ModelRegistry registry;

    /** A reader resolving model names in {@code registry}. */
    public ExperimentReader(final ModelRegistry registry) {
        this.registry = registry;
    }

    /** Reads and checks {@code file}; see the class comment. */
    public ExperimentFile read(final Path file, final boolean checkPoints) {
        final String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            throw new ConfigException(file.toString(), 0, null, "cannot read the file ("
                    + e.getClass().getSimpleName() + (e.getMessage() != null ? ": " + e.getMessage() : "") + ")");
        }
        final Path parent = file.toAbsolutePath().getParent();
        return parse(text, file.toString(), parent, checkPoints).withSource(file);
    }

    /** Parses {@code text}; {@code name} is the file name used in messages. */
    public Parsed parse(final String text, final String name, final Path baseDirectory, final boolean checkPoints) {
        return new Parse(text, name, baseDirectory).run(checkPoints);
    }

    /** A parse result before it is tied to a file. */
    public record Parsed(CampaignPlan plan, String declaredOutput, Path baseDirectory, String text) {
        ExperimentFile withSource(final Path source) {
            return new ExperimentFile(source, plan, declaredOutput, baseDirectory, text);
        }

        /** As an {@link ExperimentFile} with the given source path. */
        public ExperimentFile asFile(final Path source) {
            return withSource(source);
        }
    }

    /** Where a parameter was set and with which values (one value unless swept), each with its line. */
    private record Setting(String key, int line, List<Object> values, List<Integer> valueLines) {
        Setting(final String key, final int line, final List<Object> values) {
            this(key, line, values, java.util.Collections.nCopies(values.size(), line));
        }

        /** Line of the value equal to {@code v}, else the key's line. */
        int lineOf(final Object v) {
            final int i = values.indexOf(v);
            return i >= 0 ? valueLines.get(i) : line;
        }
    }

    /** Values of a sweep list and the line of each. */
    private record Values(List<Object> values, List<Integer> lines) {
    }

    /** A sweep dimension: parameters that vary together (one for a cartesian list). */
    private record Dimension(List<String> parameters, int length, int order) {
    }

    /** One parse: holds the file name and the TOML tree for error positions. */
    private final class Parse {
        private final String text;
        private final String file;
        private final Path baseDirectory;
        private TomlParseResult toml;

        Parse(final String text, final String file, final Path baseDirectory) {
            this.text = text;
            this.file = file;
            this.baseDirectory = baseDirectory;
        }

        Parsed run(final boolean checkPoints) {
            toml = Toml.parse(text);
            if (!toml.errors().isEmpty()) {
                final TomlParseError e = toml.errors().get(0);
                throw new ConfigException(file, e.position() != null ? e.position().line() : 0, null,
                        "not valid TOML: " + e.getMessage());
            }
            for (final String key : toml.keySet()) {
                if (!TABLES.contains(key)) {
                    throw fail(List.of(key), key, "unknown table" + DidYouMean.suffix(key, TABLES));
                }
                if (!(toml.get(List.of(key)) instanceof TomlTable)) {
                    throw fail(List.of(key), key, "expected a table [" + key + "]");
                }
            }
            final TomlTable exp = toml.getTable(List.of("experiment"));
            if (exp == null) {
                throw new ConfigException(file, 1, "experiment", "missing table [experiment] (with name and model)");
            }
            for (final String key : exp.keySet()) {
                if (!EXPERIMENT_KEYS.contains(key)) {
                    throw fail(List.of("experiment", key), "experiment." + key,
                            "unknown key" + DidYouMean.suffix(key, EXPERIMENT_KEYS));
                }
            }
            final String name = requiredString(exp, "name");
            if (!NAME.matcher(name).matches()) {
                throw fail(List.of("experiment", "name"), "experiment.name",
                        "must match [A-Za-z0-9_.-]+ (it names the output directory), was \"" + name + "\"");
            }
            final String modelName = requiredString(exp, "model");
            final ExperimentModel model = registry.get(modelName);
            if (model == null) {
                throw fail(List.of("experiment", "model"), "experiment.model", "unknown model \"" + modelName
                        + "\", known: " + registry.names() + DidYouMean.suffix(modelName, registry.names()));
            }
            final long replications = optionalLong(exp, "replications", 1, 1, MAX_REPLICATIONS);
            final long baseSeed = optionalLong(exp, "base_seed", 1, Long.MIN_VALUE, Long.MAX_VALUE);
            String output = null;
            if (exp.contains(List.of("output"))) {
                output = string(exp, "output");
                if (output.isBlank()) {
                    throw fail(List.of("experiment", "output"), "experiment.output", "must not be empty");
                }
            }
            final ParameterSchema schema = model.schema();
            final Map<String, Setting> settings = new HashMap<>();
            readParameters(schema, settings);
            final List<Dimension> dimensions = readSweep(schema, settings);
            final List<ParameterPoint> points = expand(schema, settings, dimensions);
            final List<String> swept = new ArrayList<>();
            for (final Dimension d : dimensions) {
                swept.addAll(d.parameters());
            }
            swept.sort(Comparator.comparingInt(schema::indexOf));
            final long runs = (long) points.size() * replications;
            if (runs > MAX_RUNS) {
                throw new ConfigException(file, position(List.of("sweep")), "sweep", "expands to " + runs
                        + " runs, more than the " + MAX_RUNS + " a campaign may have");
            }
            final CampaignPlan plan = new CampaignPlan(name, model, (int) replications, baseSeed, swept, points);
            if (checkPoints) {
                checkPoints(model, points, swept, settings);
            }
            return new Parsed(plan, output, baseDirectory, text);
        }

        private void readParameters(final ParameterSchema schema, final Map<String, Setting> settings) {
            final TomlTable params = toml.getTable(List.of("parameters"));
            if (params == null) {
                return;
            }
            for (final String key : params.keySet()) {
                final List<String> path = List.of("parameters", key);
                final String dotted = "parameters." + key;
                final ParameterSpec spec = spec(schema, key, path, dotted);
                final Object value = coerce(spec, params.get(List.of(key)), path, dotted);
                settings.put(key, new Setting(dotted, position(path), List.of(value)));
            }
        }

        private List<Dimension> readSweep(final ParameterSchema schema, final Map<String, Setting> settings) {
            final List<Dimension> dims = new ArrayList<>();
            final TomlTable sweep = toml.getTable(List.of("sweep"));
            if (sweep == null) {
                return dims;
            }
            for (final String key : sweep.keySet()) {
                if (ZIP.equals(key)) {
                    continue;
                }
                final List<String> path = List.of("sweep", key);
                final String dotted = "sweep." + key;
                final ParameterSpec spec = spec(schema, key, path, dotted);
                final Object raw = sweep.get(List.of(key));
                if (!(raw instanceof TomlArray)) {
                    throw fail(path, dotted, "a sweep needs a non-empty array of values, like " + key
                            + " = [1, 2, 3]; a single value belongs in [parameters]");
                }
                final Values values = coerceAll(spec, (TomlArray) raw, position(path), dotted, true);
                put(settings, key, new Setting(dotted, position(path), values.values(), values.lines()));
                dims.add(new Dimension(List.of(key), values.values().size(), schema.indexOf(key)));
            }
            if (sweep.contains(List.of(ZIP))) {
                final Object zip = sweep.get(List.of(ZIP));
                final List<String> zipPath = List.of("sweep", ZIP);
                if (!(zip instanceof TomlArray) || !allTables((TomlArray) zip)) {
                    throw fail(zipPath, "sweep.zip", "expected groups [[sweep.zip]] (an array of tables)");
                }
                final TomlArray groups = (TomlArray) zip;
                for (int g = 0; g < groups.size(); g++) {
                    dims.add(readZipGroup(schema, settings, groups.getTable(g), g, line(groups.inputPositionOf(g))));
                }
            }
            dims.sort(Comparator.comparingInt(Dimension::order));
            return dims;
        }

        private Dimension readZipGroup(final ParameterSchema schema, final Map<String, Setting> settings,
                final TomlTable group, final int g, final int groupLine) {
            final String prefix = "sweep.zip[" + g + "].";
            if (group.isEmpty()) {
                throw new ConfigException(file, groupLine, "sweep.zip[" + g + "]",
                        "empty group: give two or more parameters with lists of equal length");
            }
            final List<String> names = new ArrayList<>(group.keySet());
            names.sort(Comparator.comparingInt(k -> {
                final int i = schema.indexOf(k);
                return i < 0 ? Integer.MAX_VALUE : i;
            }));
            int length = -1;
            String first = null;
            final List<List<String>> tuples = new ArrayList<>();
            for (final String key : names) {
                final String dotted = prefix + key;
                final int line = lineOr(group.inputPositionOf(List.of(key)), groupLine);
                final ParameterSpec spec = schema.get(key);
                if (spec == null) {
                    throw new ConfigException(file, line, dotted, "unknown parameter of model"
                            + DidYouMean.suffix(key, schema.names()));
                }
                final Object raw = group.get(List.of(key));
                if (!(raw instanceof TomlArray)) {
                    throw new ConfigException(file, line, dotted, "a zipped sweep needs an array of values");
                }
                // one list of a group may repeat a value (1200 s for several sizes); the tuples may not
                final Values values = coerceAll(spec, (TomlArray) raw, line, dotted, false);
                if (length >= 0 && values.values().size() != length) {
                    throw new ConfigException(file, line, dotted, "zipped lists must have equal lengths: "
                            + values.values().size() + " values here, " + length + " for '" + prefix + first + "'");
                }
                length = values.values().size();
                first = first == null ? key : first;
                put(settings, key, new Setting(dotted, line, values.values(), values.lines()));
                while (tuples.size() < length) {
                    tuples.add(new ArrayList<>());
                }
                for (int i = 0; i < length; i++) {
                    tuples.get(i).add(spec.format(values.values().get(i)));
                }
            }
            final Map<List<String>, Integer> seen = new HashMap<>();
            for (int i = 0; i < length; i++) {
                final Integer before = seen.putIfAbsent(tuples.get(i), i);
                if (before != null) {
                    throw new ConfigException(file, groupLine, "sweep.zip[" + g + "]", "point " + (i + 1) + " "
                            + tuples.get(i) + " repeats point " + (before + 1));
                }
            }
            return new Dimension(names, length, schema.indexOf(names.get(0)));
        }

        private void put(final Map<String, Setting> settings, final String key, final Setting s) {
            final Setting old = settings.put(key, s);
            if (old != null) {
                throw new ConfigException(file, s.line(), s.key(), "parameter '" + key + "' is already set by '"
                        + old.key() + "' at line " + old.line() + "; set each parameter in one place");
            }
        }

        private List<ParameterPoint> expand(final ParameterSchema schema, final Map<String, Setting> settings,
                final List<Dimension> dims) {
            final Map<String, Object> base = new LinkedHashMap<>();
            for (final ParameterSpec s : schema.specs()) {
                final Setting set = settings.get(s.name());
                base.put(s.name(), set != null && set.values().size() == 1 && !isSwept(dims, s.name())
                        ? set.values().get(0) : s.defaultValue());
            }
            long total = 1;
            for (final Dimension d : dims) {
                total *= d.length();
                if (total > MAX_RUNS) {
                    throw new ConfigException(file, position(List.of("sweep")), "sweep", "expands to more than "
                            + MAX_RUNS + " points");
                }
            }
            final List<ParameterPoint> points = new ArrayList<>((int) total);
            final Set<ParameterPoint> seen = new HashSet<>();
            final int[] index = new int[dims.size()];
            for (long k = 0; k < total; k++) {
                final Map<String, Object> values = new LinkedHashMap<>(base);
                for (int d = 0; d < dims.size(); d++) {
                    for (final String p : dims.get(d).parameters()) {
                        values.put(p, settings.get(p).values().get(index[d]));
                    }
                }
                final ParameterPoint point = new ParameterPoint(schema, values);
                if (!seen.add(point)) {
                    throw new ConfigException(file, position(List.of("sweep")), "sweep",
                            "the sweep gives the same point twice (" + describe(point, swept(dims)) + ")");
                }
                points.add(point);
                // odometer: last dimension varies fastest
                for (int d = dims.size() - 1; d >= 0; d--) {
                    if (++index[d] < dims.get(d).length()) {
                        break;
                    }
                    index[d] = 0;
                }
            }
            return points;
        }

        private void checkPoints(final ExperimentModel model, final List<ParameterPoint> points,
                final List<String> swept, final Map<String, Setting> settings) {
            for (int p = 0; p < points.size(); p++) {
                final ParameterPoint point = points.get(p);
                try {
                    model.check(point, baseDirectory);
                } catch (final InvalidParameterException e) {
                    final Setting s = settings.get(e.key());
                    final String where = swept.isEmpty() ? "" : " (sweep point " + p + ": " + describe(point, swept) + ")";
                    if (s != null) {
                        throw new ConfigException(file, s.lineOf(point.get(e.key())), s.key(), e.getMessage() + where);
                    }
                    final int line = toml.getTable(List.of("parameters")) != null ? position(List.of("parameters")) : 1;
                    throw new ConfigException(file, line, "parameters." + e.key(), e.getMessage()
                            + " (default value " + point.formatted(e.key()) + ")" + where);
                }
            }
        }

        private ParameterSpec spec(final ParameterSchema schema, final String key, final List<String> path,
                final String dotted) {
            final ParameterSpec spec = schema.get(key);
            if (spec == null) {
                throw fail(path, dotted, "unknown parameter of model" + DidYouMean.suffix(key, schema.names()));
            }
            return spec;
        }

        private Object coerce(final ParameterSpec spec, final Object raw, final List<String> path, final String dotted) {
            try {
                return spec.coerce(raw);
            } catch (final IllegalArgumentException e) {
                throw fail(path, dotted, e.getMessage());
            }
        }

        private Values coerceAll(final ParameterSpec spec, final TomlArray array, final int line,
                final String dotted, final boolean distinct) {
            if (array.isEmpty()) {
                throw new ConfigException(file, line, dotted, "empty list of values");
            }
            final List<Object> values = new ArrayList<>();
            final List<Integer> lines = new ArrayList<>();
            final Set<String> seen = new HashSet<>();
            for (int i = 0; i < array.size(); i++) {
                final int at = lineOr(array.inputPositionOf(i), line);
                final Object v;
                try {
                    v = spec.coerce(array.get(i));
                } catch (final IllegalArgumentException e) {
                    throw new ConfigException(file, at, dotted, "value " + (i + 1) + ": " + e.getMessage());
                }
                if (!seen.add(spec.format(v)) && distinct) {
                    throw new ConfigException(file, at, dotted, "value " + (i + 1) + " (" + spec.format(v)
                            + ") appears twice");
                }
                values.add(v);
                lines.add(at);
            }
            return new Values(values, lines);
        }

        private String requiredString(final TomlTable exp, final String key) {
            if (!exp.contains(List.of(key))) {
                throw new ConfigException(file, position(List.of("experiment")), "experiment." + key,
                        "missing (required)");
            }
            return string(exp, key);
        }

        private String string(final TomlTable exp, final String key) {
            final Object v = exp.get(List.of(key));
            if (!(v instanceof String)) {
                throw fail(List.of("experiment", key), "experiment." + key, "expected a string");
            }
            return (String) v;
        }

        private long optionalLong(final TomlTable exp, final String key, final long dflt, final long min,
                final long max) {
            if (!exp.contains(List.of(key))) {
                return dflt;
            }
            final Object v = exp.get(List.of(key));
            final List<String> path = List.of("experiment", key);
            if (!(v instanceof Long)) {
                throw fail(path, "experiment." + key, "expected an integer");
            }
            final long x = (Long) v;
            if (x < min || x > max) {
                throw fail(path, "experiment." + key, "must be in [" + min + ", " + max + "], was " + x);
            }
            return x;
        }

        private ConfigException fail(final List<String> path, final String key, final String message) {
            return new ConfigException(file, position(path), key, message);
        }

        private int position(final List<String> path) {
            return lineOr(toml.inputPositionOf(path), 0);
        }
    }

    private static boolean allTables(final TomlArray a) {
        for (int i = 0; i < a.size(); i++) {
            if (!a.isTable(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isSwept(final List<Dimension> dims, final String name) {
        for (final Dimension d : dims) {
            if (d.parameters().contains(name)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> swept(final List<Dimension> dims) {
        final List<String> names = new ArrayList<>();
        for (final Dimension d : dims) {
            names.addAll(d.parameters());
        }
        return names;
    }

    /** {@code a=1, b=x} for the given parameters of a point. */
    public static String describe(final ParameterPoint point, final List<String> names) {
        final StringBuilder sb = new StringBuilder();
        for (final String n : names) {
            if (sb.length() > 0) {
                sb.append(", ");
            }
            sb.append(n).append('=').append(point.formatted(n));
        }
        return sb.toString();
    }

    private static int line(final TomlPosition p) {
        return lineOr(p, 0);
    }

    private static int lineOr(final TomlPosition p, final int fallback) {
        return p != null ? p.line() : fallback;
    }
}
