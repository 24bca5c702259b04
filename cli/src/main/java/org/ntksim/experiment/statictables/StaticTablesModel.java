package org.ntksim.experiment.statictables;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.experiment.ExperimentModel;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.ParameterSchema;
import org.ntksim.experiment.ParameterSpec;
import org.ntksim.experiment.RunProgress;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.ArcCosts;
import org.ntksim.topology.MeshGenerators;
import org.ntksim.topology.MeshGraph;
import org.ntksim.topology.io.GraphMlImporter;
import org.ntksim.topology.io.NetJsonImporter;

/**
 * {@code static-tables}: one converged network per run. Builds a topology (generator from
 * topology-gen, or an imported file), keeps its largest connected component, assigns addresses
 * ({@link Addressing}), computes all route tables with the fast path and records the
 * figures of {@link TableMeasurements}. Random streams: {@code topology} (generator),
 * {@code topology.costs} (arc costs), {@code stretch.pairs} (sampled pairs). Stateless.
 */
public final class StaticTablesModel implements ExperimentModel {
    /** Generator kinds. */
    static final List<String> GENERATORS = List.of("rgg", "grid", "gnp", "ba", "ws", "complete", "netjson", "graphml");
    /** Arc cost models. */
    static final List<String> COSTS = List.of("as-generated", "uniform", "exponential");

    private static final ParameterSchema SCHEMA = new ParameterSchema(List.of(
            ParameterSpec.choice("generator", "rgg", GENERATORS,
                    "topology: rgg (unit disk in the unit square, giant component), grid, gnp (connected by bridges),"
                            + " ba (Barabasi-Albert), ws (Watts-Strogatz, giant component), complete, netjson/graphml (file)"),
            ParameterSpec.integer("nodes", 100, 2, 50_000_000, "node count for generated topologies (before the"
                    + " giant-component filter of rgg and ws); ignored for files"),
            ParameterSpec.real("mean_degree", 8.0, 0.1, 1e6, "expected degree: sets the rgg radius, the gnp p,"
                    + " the ba arcs per node (mean_degree/2) and the ws ring degree (nearest even)"),
            ParameterSpec.real("rewire_p", 0.1, 0.0, 1.0, "ws rewiring probability"),
            ParameterSpec.integer("grid_rows", 0, 0, 1_000_000, "grid rows (nodes / grid_rows columns); 0 = as"
                    + " square as nodes allows"),
            ParameterSpec.string("file", "", "topology file for netjson/graphml, relative to the experiment file"),
            ParameterSpec.string("graphml_cost_key", "weight", "GraphML edge attribute holding the arc cost"
                    + " (edges without it cost 1)"),
            ParameterSpec.choice("costs", "as-generated", COSTS, "arc costs: as-generated (1 for generators,"
                    + " the file's for imports), uniform in [cost_min, cost_max], exponential with mean cost_mean"),
            ParameterSpec.real("cost_min", 1.0, 1e-9, 1e9, "uniform costs: lower bound"),
            ParameterSpec.real("cost_max", 10.0, 1e-9, 1e9, "uniform costs: upper bound"),
            ParameterSpec.real("cost_mean", 5.0, 1e-9, 1e9, "exponential costs: mean"),
            ParameterSpec.real("cost_unit", 1.0, 1e-9, 1e9, "route costs are integers: max(1, round(cost / cost_unit))"),
            ParameterSpec.string("gsizes", "*.8.8", "topology (gsizes) top level first, dotted; top may be '*'"
                    + " (as many top positions as the partition needs)"),
            ParameterSpec.integer("stretch_pairs", 200, 0, 10_000_000, "source-target pairs sampled for path stretch")));

    @Override
    public String name() {
        return "static-tables";
    }

    @Override
    public String description() {
        return "route tables of a converged network (fast path): table sizes, unreachable entries, stretch,"
                + " address-space use";
    }

    @Override
    public ParameterSchema schema() {
        return SCHEMA;
    }

    @Override
    public void check(final ParameterPoint p, final Path baseDirectory) {
        final Gsizes gsizes;
        try {
            gsizes = Gsizes.parse(p.string("gsizes"));
        } catch (final IllegalArgumentException e) {
            throw new InvalidParameterException("gsizes", e.getMessage());
        }
        final String generator = p.string("generator");
        final boolean fromFile = "netjson".equals(generator) || "graphml".equals(generator);
        if (fromFile) {
            final String file = p.string("file");
            if (file.isEmpty()) {
                throw new InvalidParameterException("file", "generator " + generator + " needs a topology file");
            }
            final Path path = baseDirectory.resolve(file);
            if (!Files.isReadable(path)) {
                throw new InvalidParameterException("file", "cannot read topology file " + path);
            }
            return;
        }
        final long n = p.integer("nodes");
        if (n > gsizes.capacity()) {
            throw new InvalidParameterException("gsizes", "topology too small for the node count: gsizes "
                    + p.string("gsizes") + " give " + gsizes.capacity() + " addresses, nodes is " + n);
        }
        switch (generator) {
            case "grid": {
                final long rows = p.integer("grid_rows");
                if (rows > 0 && n % rows != 0) {
                    throw new InvalidParameterException("grid_rows", "nodes " + n + " is not a multiple of grid_rows " + rows);
                }
                break;
            }
            case "ba": {
                final long m = baArcsPerNode(p.real("mean_degree"));
                if (m + 1 > n) {
                    throw new InvalidParameterException("mean_degree", "ba needs nodes > mean_degree/2 ("
                            + m + " arcs per node), nodes is " + n);
                }
                break;
            }
            case "ws": {
                final long k = wsRingDegree(p.real("mean_degree"));
                if (k >= n) {
                    throw new InvalidParameterException("mean_degree", "ws needs an even ring degree < nodes; mean_degree "
                            + p.real("mean_degree") + " gives " + k + ", nodes is " + n);
                }
                break;
            }
            case "complete":
                if (n > 20_000) {
                    throw new InvalidParameterException("nodes", "a complete graph of " + n
                            + " nodes has too many arcs (limit 20000 nodes)");
                }
                break;
            default:
                break;
        }
        if ("uniform".equals(p.string("costs")) && p.real("cost_max") < p.real("cost_min")) {
            throw new InvalidParameterException("cost_max", "must be >= cost_min " + p.real("cost_min")
                    + ", was " + p.real("cost_max"));
        }
    }

    @Override
    public long memoryEstimateBytes(final ParameterPoint p) {
        final String generator = p.string("generator");
        // files: unknown before reading; assume the size of the largest bundled community mesh
        final double n = "netjson".equals(generator) || "graphml".equals(generator) ? 5_000 : p.integer("nodes");
        final double degree = "complete".equals(generator) ? n - 1
                : "grid".equals(generator) ? 4 : Math.max(1, p.real("mean_degree"));
        final double arcs = n * degree / 2;
        Gsizes g;
        try {
            g = Gsizes.parse(p.string("gsizes"));
        } catch (final IllegalArgumentException e) {
            g = Gsizes.parse("*.8.8");
        }
        // the greedy partition fills g-nodes worse at each level up (measured: 70%, 45%, 20% for 16.16.16 on
        // 10^5 rgg nodes; 75%, 55% for 8.8 on 2*10^4), so a '*' top needs far more than n / capacity positions:
        // assume half-full g-nodes at every level (within a factor 2 of both measurements)
        double perTopPosition = 1;
        for (final int s : g.lowerTopFirst()) {
            perTopPosition *= s * 0.5;
        }
        double destinations = g.automaticTop() ? Math.max(1, n / perTopPosition) : g.top();
        for (final int s : g.lowerTopFirst()) {
            destinations += s - 1;
        }
        destinations = Math.min(destinations, n);
        final double entries = n * destinations * (1 + degree);
        // beyond 2^31 entries the tables are only counted while streamed, not stored
        final double tables = entries < Integer.MAX_VALUE ? 8 * entries : 0;
        final double graphs = 200 * n + 120 * arcs; // MeshGraph, jgrapht build, NetworkState, CsrNetwork
        return (long) (tables + graphs + 16 * 1024 * 1024);
    }

    @Override
    public List<String> mainMetrics() {
        return List.of("destinations_per_node.mean", "route_entries_per_node.mean", "stretch.mean",
                "unreachable_entries", "address_use.level0");
    }

    @Override
    public long run(final ParameterPoint p, final Path baseDirectory, final RandomStreams streams,
            final RunRecorder recorder, final RunProgress progress) throws Exception {
        final MeshGraph graph = withCosts(topology(p, baseDirectory, streams.stream("topology")), p,
                streams.stream("topology.costs"));
        progress.update(0.2);
        final NetworkState state = Addressing.assign(graph, Gsizes.parse(p.string("gsizes")), p.real("cost_unit"));
        progress.update(0.3);
        final TableMeasurements tables = TableMeasurements.compute(state);
        progress.update(0.8);
        tables.record(recorder, (int) p.integer("stretch_pairs"), streams.stream("stretch.pairs"));
        progress.update(1.0);
        return 0;
    }

    /** The topology of point {@code p}, reduced to its largest connected component. */
    static MeshGraph topology(final ParameterPoint p, final Path baseDirectory, final RandomGenerator rnd)
            throws java.io.IOException {
        final int n = (int) p.integer("nodes");
        final double degree = p.real("mean_degree");
        final MeshGraph g;
        switch (p.string("generator")) {
            case "rgg":
                g = MeshGenerators.unitDisk(n, Math.sqrt(degree / (Math.PI * n)), true, rnd).graph();
                break;
            case "grid": {
                final int rows = p.integer("grid_rows") > 0 ? (int) p.integer("grid_rows") : squarestRows(n);
                g = MeshGenerators.grid(rows, n / rows);
                break;
            }
            case "gnp":
                g = MeshGenerators.gnpWithBridges(n, Math.min(1.0, degree / (n - 1)), rnd);
                break;
            case "ba": {
                final int m = (int) baArcsPerNode(degree);
                g = MeshGenerators.barabasiAlbert(m + 1, m, n, rnd);
                break;
            }
            case "ws":
                g = MeshGenerators.wattsStrogatz(n, (int) wsRingDegree(degree), p.real("rewire_p"), rnd);
                break;
            case "complete":
                g = MeshGenerators.complete(n);
                break;
            case "netjson":
                g = NetJsonImporter.read(baseDirectory.resolve(p.string("file"))).graph();
                break;
            case "graphml":
                g = new GraphMlImporter(p.string("graphml_cost_key"), 1.0)
                        .read(baseDirectory.resolve(p.string("file"))).graph();
                break;
            default:
                throw new IllegalArgumentException("unknown generator " + p.string("generator"));
        }
        return g.largestComponent();
    }

    private static MeshGraph withCosts(final MeshGraph g, final ParameterPoint p, final RandomGenerator rnd) {
        switch (p.string("costs")) {
            case "uniform":
                return ArcCosts.uniform(p.real("cost_min"), p.real("cost_max")).apply(g, rnd);
            case "exponential":
                return ArcCosts.exponential(p.real("cost_mean")).apply(g, rnd);
            default:
                return g;
        }
    }

    /** Largest divisor of n not above sqrt(n). */
    static int squarestRows(final int n) {
        int best = 1;
        for (int r = 1; (long) r * r <= n; r++) {
            if (n % r == 0) {
                best = r;
            }
        }
        return best;
    }

    static long baArcsPerNode(final double meanDegree) {
        return Math.max(1, Math.round(meanDegree / 2));
    }

    static long wsRingDegree(final double meanDegree) {
        return Math.max(2, 2 * Math.round(meanDegree / 2));
    }
}
