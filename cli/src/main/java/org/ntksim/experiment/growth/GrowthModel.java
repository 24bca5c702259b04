package org.ntksim.experiment.growth;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ntksim.experiment.ExperimentModel;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.ParameterSchema;
import org.ntksim.experiment.ParameterSpec;
import org.ntksim.experiment.RunProgress;
import org.ntksim.experiment.RunSnapshots;
import org.ntksim.experiment.topology.TopologyParameters;
import org.ntksim.growth.GrowthConfig;
import org.ntksim.growth.GrowthSimulation;
import org.ntksim.growth.Universe;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.qspn.EtpParameters;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.MeshGraph;

/**
 * {@code growth}: the topology of the point is the universe of potential nodes and links; nodes
 * arrive over simulated time, form arcs, enter networks (migration paths when g-nodes are full),
 * networks merge, and optional churn follows (docs/growth.md). Routes by the fast path at checkpoints
 * or by message-level QSPN. Random streams: those of {@link TopologyParameters} and of {@link
 * GrowthSimulation} ({@code growth.*}). Stateless.
 */
public final class GrowthModel implements ExperimentModel {
    /** Routing choices, as written in experiment files. */
    static final List<String> ROUTING = List.of("fast-path", "qspn", "none");

    private static final double NS_PER_S = 1e9;
    private static final ParameterSchema SCHEMA = new ParameterSchema(schemaSpecs());

    private static List<ParameterSpec> schemaSpecs() {
        final List<ParameterSpec> s = new ArrayList<>(TopologyParameters.specs(1000));
        s.add(ParameterSpec.string("gsizes", "16.16.16", "Netsukuku topology (gsizes) top level first, dotted;"
                + " its capacity (product) must hold every node"));
        s.add(ParameterSpec.choice("arrivals", "poisson", List.of("poisson", "all-at-zero"),
                "arrival times: poisson (rate arrival_rate) or all at t = 0, one event each"));
        s.add(ParameterSpec.real("arrival_rate", 10.0, 1e-9, 1e12, "poisson arrivals: nodes per simulated second"));
        s.add(ParameterSpec.choice("arrival_order", "bfs", List.of("bfs", "random"),
                "which node arrives next: bfs from a random node (one growing network) or random (networks form"
                        + " apart and merge)"));
        s.add(ParameterSpec.integer("nodes_to_arrive", -1, -1, 50_000_000, "how many nodes arrive (-1: all)"));
        s.add(ParameterSpec.real("leave_rate", 0.0, 0.0, 1e12, "churn: node departures per simulated second"));
        s.add(ParameterSpec.real("arc_break_rate", 0.0, 0.0, 1e12, "churn: arc breaks per simulated second"));
        s.add(ParameterSpec.real("cost_change_rate", 0.0, 0.0, 1e12, "churn: arc cost changes per simulated second"));
        s.add(ParameterSpec.real("churn_start_s", 0.0, 0.0, 1e9, "churn starts at this simulated time (s)"));
        s.add(ParameterSpec.real("churn_length_s", 0.0, 0.0, 1e9, "churn lasts this long (s)"));
        s.add(ParameterSpec.real("node_down_mean_s", 0.0, 0.0, 1e9,
                "mean time a departed node stays away (s); 0: never returns"));
        s.add(ParameterSpec.real("arc_down_mean_s", 0.0, 0.0, 1e9,
                "mean time a broken arc stays down (s); 0: never re-forms"));
        s.add(ParameterSpec.real("cost_change_max_factor", 2.0, 1.0, 1e6,
                "a changed arc costs its base cost times f, f uniform in [1/max, max]"));
        s.add(ParameterSpec.real("duration_s", 120.0, 1e-9, 1e9, "simulated length of the run (s)"));
        s.add(ParameterSpec.integer("samples", 10, 1, 100_000, "time-series checkpoints (evenly spaced)"));
        s.add(ParameterSpec.choice("routing", "fast-path", ROUTING,
                "routes: fast-path (all tables at checkpoints), qspn (ETP messages with per-arc latency), none"));
        s.add(ParameterSpec.integer("epsilon", 5, 1, 64, "Hooking epsilon: host levels hl - l < epsilon satisfy"));
        s.add(ParameterSpec.integer("max_migration_distance", 16, 0, 1_000, "longest migration path searched"));
        s.add(ParameterSpec.integer("max_search_visits", 50_000, 1, 100_000_000,
                "bound on g-nodes scanned by one migration-path search"));
        s.add(ParameterSpec.real("virtual_retry_s", 600.0, 0.0, 1e9, "a node with a virtual position looks for a real"
                + " one again after this long, then every period (s); 0: never; 600 = the spec's 10 min"));
        s.add(ParameterSpec.real("entry_retry_s", 600.0, 0.0, 1e9, "a refused or skipped contact between two networks"
                + " is examined again after this long, then every period (s); 0: never; 600 = the spec's 10 min"));
        s.add(ParameterSpec.bool("elect_contacts", true, "an entering node with no place through its first contact"
                + " tries its other contacts into that network before taking a virtual position"));
        s.add(ParameterSpec.integer("stretch_sources", 8, 0, 1_000_000, "stretch sample per checkpoint: sources"));
        s.add(ParameterSpec.integer("stretch_targets", 16, 0, 1_000_000, "stretch sample: targets per source"));
        s.add(ParameterSpec.integer("stretch_max_nodes", 200_000, 0, 100_000_000,
                "networks larger than this get no stretch sample (memory)"));
        s.add(ParameterSpec.integer("qspn_max_paths", 5, 1, 1_000_000, "qspn routing: max_paths per destination"));
        return s;
    }

    @Override
    public String name() {
        return "growth";
    }

    @Override
    public String description() {
        return "a network grows (arrivals, entries, migrations, merges) and churns; fast-path or QSPN routes";
    }

    @Override
    public ParameterSchema schema() {
        return SCHEMA;
    }

    @Override
    public void check(final ParameterPoint p, final Path baseDirectory) {
        final int[] gsizes = gsizes(p);
        final long capacity = capacity(gsizes);
        final long n = TopologyParameters.fromFile(p) ? -1
                : p.integer("nodes_to_arrive") >= 0 ? Math.min(p.integer("nodes_to_arrive"), p.integer("nodes"))
                : p.integer("nodes");
        if (n > capacity) {
            throw new InvalidParameterException("gsizes", "topology too small for the node count: gsizes "
                    + p.string("gsizes") + " give " + capacity + " addresses, " + n + " nodes arrive");
        }
        TopologyParameters.check(p, baseDirectory);
        try {
            config(p, gsizes);
        } catch (final IllegalArgumentException e) {
            throw new InvalidParameterException(experimentKey(e.getMessage()), e.getMessage());
        }
    }

    /**
     * Live heap per path the estimate counts, fitted to class histograms (full GC) of message-level growth
     * with migrations: a 100×100 grid (degree 4, 16·16·16·16) held 155 KB per node at 3 860 nodes, a
     * unit-disk mesh of mean degree 10 (8·16·16·16, 1 024 nodes) 795 KB. With the path count of
     * {@link #memoryEstimateBytes} (max_paths + degree kept per destination, as many from each neighbour)
     * the estimate is 1.9× and 1.2× those (docs/experiments.md).
     */
    static final double QSPN_BYTES_PER_PATH = 110;

    @Override
    public long memoryEstimateBytes(final ParameterPoint p) {
        final double n = TopologyParameters.estimatedNodes(p);
        final double degree = TopologyParameters.estimatedDegree(p);
        final int[] gsizes = gsizes(p);
        double destinations = 0;
        for (final int g : gsizes) {
            destinations += g - 1;
        }
        destinations = Math.min(destinations, n);
        final double graphs = 250 * n + 150 * n * degree / 2;
        final double growth = 120 * n + 40 * n * degree;
        final double routes;
        if ("qspn".equals(p.string("routing"))) {
            // every identity keeps, per destination, max_paths paths plus mandatory ones (about one per
            // neighbour), and holds what each neighbour last advertised (as many): fitted on a grid and a
            // unit-disk mesh (class histograms, docs/experiments.md)
            routes = n * destinations * (p.integer("qspn_max_paths") + degree) * (1 + degree) * QSPN_BYTES_PER_PATH;
        } else if ("fast-path".equals(p.string("routing"))) {
            routes = n * destinations * (1 + degree) * 8;
        } else {
            routes = 0;
        }
        return (long) (graphs + growth + routes + 32 * 1024 * 1024);
    }

    /**
     * Events between two chances to save a snapshot or stop within one progress step (a few seconds of a
     * large message-level run, whose single steps can take an hour).
     */
    static final long EVENTS_PER_SLICE = 2_000_000;

    @Override
    public List<String> mainMetrics() {
        return List.of("growth.migrations", "growth.migration_path_length.mean", "growth.virtual_addresses",
                "routes.ntk_mean", "stretch.mean", "qspn.etps_per_node");
    }

    @Override
    public long run(final ParameterPoint p, final Path baseDirectory, final RandomStreams streams,
            final RunRecorder recorder, final RunProgress progress) throws Exception {
        return run(p, baseDirectory, streams, recorder, progress, RunSnapshots.NONE);
    }

    /** A growth run saves its whole state between two of its progress steps when a snapshot is due. */
    @Override
    public long run(final ParameterPoint p, final Path baseDirectory, final RandomStreams streams,
            final RunRecorder recorder, final RunProgress progress, final RunSnapshots snapshots) throws Exception {
        GrowthSimulation growth = null;
        try (InputStream saved = snapshots.saved()) {
            if (saved != null) {
                growth = GrowthSimulation.readSnapshot(saved, recorder);
            }
        } catch (final IOException e) {
            snapshots.unreadable(e);
        }
        if (growth == null) {
            final MeshGraph graph = TopologyParameters.build(p, baseDirectory, streams);
            final long capacity = capacity(gsizes(p));
            final long arriving = p.integer("nodes_to_arrive") >= 0 ? Math.min(p.integer("nodes_to_arrive"),
                    graph.nodeCount()) : graph.nodeCount();
            if (arriving > capacity) {
                throw new InvalidParameterException("gsizes", "topology too small for the node count: gsizes "
                        + p.string("gsizes") + " give " + capacity + " addresses, the topology has " + arriving + " nodes");
            }
            final Universe universe = universe(graph, p.real("cost_unit"));
            progress.update(0.05);
            final GrowthConfig config = config(p, gsizes(p));
            growth = GrowthSimulation.create(universe, config, streams, recorder,
                    new EtpParameters((int) p.integer("qspn_max_paths"), EtpParameters.proof().maxCommonHopsRatio(), true));
        } else {
            progress.resumed(workDone(growth.fractionDone()));
        }
        growth.onProgress(fraction -> progress.update(workDone(fraction)));
        final GrowthSimulation run = growth;
        while (!run.step(EVENTS_PER_SLICE)) {
            // between two slices of a long step: the same fraction again, so that the runner can stop
            // this run, and a snapshot if one is due
            progress.update(workDone(run.fractionDone()));
            if (snapshots.due()) {
                snapshots.save(run::writeSnapshot);
            }
        }
        progress.update(1.0);
        return run.eventsExecuted();
    }

    /** The run's work done when {@code simulated} of its duration is: building the topology counts for 5 %. */
    private static double workDone(final double simulated) {
        return 0.05 + 0.95 * simulated;
    }

    /** The universe of {@code graph}: same nodes and links, integer costs in {@code cost_unit}s. */
    static Universe universe(final MeshGraph graph, final double costUnit) {
        final int m = graph.arcCount();
        final int[] a = new int[m];
        final int[] b = new int[m];
        final int[] c = new int[m];
        for (int e = 0; e < m; e++) {
            a[e] = graph.arcA(e);
            b[e] = graph.arcB(e);
            c[e] = TopologyParameters.routeCost(graph.arcCost(e), costUnit);
        }
        return new Universe(graph.nodeCount(), a, b, c);
    }

    static GrowthConfig config(final ParameterPoint p, final int[] gsizes) {
        final GrowthConfig.Builder b = GrowthConfig.builder(gsizes);
        if ("poisson".equals(p.string("arrivals"))) {
            b.poissonArrivals(p.real("arrival_rate"));
        } else {
            b.allAtZero();
        }
        b.arrivalOrder("bfs".equals(p.string("arrival_order")) ? GrowthConfig.ArrivalOrder.BFS
                : GrowthConfig.ArrivalOrder.RANDOM);
        b.nodesToArrive((int) p.integer("nodes_to_arrive"));
        b.churn(p.real("leave_rate"), p.real("arc_break_rate"), p.real("cost_change_rate"), ns(p, "churn_start_s"),
                ns(p, "churn_length_s"));
        b.downTimes(ns(p, "node_down_mean_s"), ns(p, "arc_down_mean_s"));
        b.costChangeMaxFactor(p.real("cost_change_max_factor"));
        b.durationNs(ns(p, "duration_s"));
        b.samples((int) p.integer("samples"));
        switch (p.string("routing")) {
            case "qspn":
                b.routingMode(GrowthConfig.RoutingMode.MESSAGE_QSPN);
                break;
            case "none":
                b.routingMode(GrowthConfig.RoutingMode.NONE);
                break;
            default:
                b.routingMode(GrowthConfig.RoutingMode.FAST_PATH);
                break;
        }
        b.hooking((int) p.integer("epsilon"), (int) p.integer("max_migration_distance"),
                (int) p.integer("max_search_visits"));
        b.retries(ns(p, "virtual_retry_s"), ns(p, "entry_retry_s"));
        b.electAmongContacts(p.bool("elect_contacts"));
        b.stretch((int) p.integer("stretch_sources"), (int) p.integer("stretch_targets"),
                (int) p.integer("stretch_max_nodes"));
        return b.build();
    }

    /** GrowthConfig's component names as experiment-file keys, for error messages. */
    private static final Map<String, String> CONFIG_KEYS = Map.ofEntries(
            Map.entry("gsizes", "gsizes"), Map.entry("arrivalRatePerSecond", "arrival_rate"),
            Map.entry("nodesToArrive", "nodes_to_arrive"), Map.entry("leaveRatePerSecond", "leave_rate"),
            Map.entry("arcBreakRatePerSecond", "arc_break_rate"),
            Map.entry("arcCostChangeRatePerSecond", "cost_change_rate"), Map.entry("churnStartNs", "churn_start_s"),
            Map.entry("churnLengthNs", "churn_length_s"), Map.entry("nodeDownMeanNs", "node_down_mean_s"),
            Map.entry("arcDownMeanNs", "arc_down_mean_s"), Map.entry("costChangeMaxFactor", "cost_change_max_factor"),
            Map.entry("durationNs", "duration_s"), Map.entry("samples", "samples"), Map.entry("epsilon", "epsilon"),
            Map.entry("maxMigrationDistance", "max_migration_distance"),
            Map.entry("maxSearchVisits", "max_search_visits"), Map.entry("stretchSources", "stretch_sources"),
            Map.entry("stretchTargetsPerSource", "stretch_targets"), Map.entry("stretchMaxNodes", "stretch_max_nodes"),
            Map.entry("virtualRetryNs", "virtual_retry_s"), Map.entry("entryRetryNs", "entry_retry_s"));
    private static final Pattern CONFIG_MESSAGE = Pattern.compile("growth parameter (\\w+):");

    /** The experiment-file key a GrowthConfig message blames ({@code gsizes} when it names none). */
    static String experimentKey(final String message) {
        final Matcher m = CONFIG_MESSAGE.matcher(message == null ? "" : message);
        return m.find() ? CONFIG_KEYS.getOrDefault(m.group(1), "gsizes") : "gsizes";
    }

    private static long ns(final ParameterPoint p, final String key) {
        return Math.round(p.real(key) * NS_PER_S);
    }

    private static long capacity(final int[] gsizes) {
        long capacity = 1;
        for (final int g : gsizes) {
            capacity = Math.min(Long.MAX_VALUE / 2, capacity * g);
        }
        return capacity;
    }

    static int[] gsizes(final ParameterPoint p) {
        final String text = p.string("gsizes");
        final String[] parts = text.split("\\.", -1);
        final int[] g = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                g[i] = Integer.parseInt(parts[i]);
            } catch (final NumberFormatException e) {
                throw new InvalidParameterException("gsizes", "expected dotted gsizes such as 16.16.16 (no '*' in"
                        + " growth: the topology is fixed), was \"" + text + "\"");
            }
            if (g[i] < 2) {
                throw new InvalidParameterException("gsizes", "every gsize must be >= 2, was \"" + text + "\"");
            }
        }
        return g;
    }
}
