package org.ntksim.experiment.topology;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.math3.random.RandomGenerator;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.ParameterSpec;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.ArcCosts;
import org.ntksim.topology.MeshGenerators;
import org.ntksim.topology.MeshGraph;
import org.ntksim.topology.io.GraphMlImporter;
import org.ntksim.topology.io.NetJsonImporter;

/**
 * Topology parameters of a point and the graph they describe. Random streams: {@code topology}
 * (generator), {@code topology.costs} (arc costs). Stateless.
 */
public final class TopologyParameters {
    /** Generator kinds. */
    public static final List<String> GENERATORS = List.of("rgg", "grid", "gnp", "ba", "ws", "complete", "netjson",
            "graphml");
    /** Arc cost models. */
    public static final List<String> COSTS = List.of("as-generated", "uniform", "exponential");
    /** Largest complete graph accepted (its arcs grow with the square). */
    public static final int COMPLETE_MAX_NODES = 20_000;
    /** Node count assumed for memory estimates of imported files (unknown before reading). */
    public static final int FILE_NODES_ESTIMATE = 5_000;

    private TopologyParameters() {
    }

    /** The parameter declarations, in canonical order; {@code defaultNodes} is the default of {@code nodes}. */
    public static List<ParameterSpec> specs(final long defaultNodes) {
        return List.of(
                ParameterSpec.choice("generator", "rgg", GENERATORS,
                        "topology: rgg (unit disk in the unit square, giant component), grid, gnp (connected by bridges),"
                                + " ba (Barabasi-Albert), ws (Watts-Strogatz, giant component), complete, netjson/graphml (file)"),
                ParameterSpec.integer("nodes", defaultNodes, 2, 50_000_000, "node count for generated topologies (before"
                        + " the giant-component filter of rgg and ws); ignored for files"),
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
                ParameterSpec.real("cost_unit", 1.0, 1e-9, 1e9,
                        "route costs are integers: max(1, round(cost / cost_unit))"));
    }

    /** Whether the point reads its topology from a file. */
    public static boolean fromFile(final ParameterPoint p) {
        final String generator = p.string("generator");
        return "netjson".equals(generator) || "graphml".equals(generator);
    }

    /**
     * Checks the topology parameters of {@code p} (file readable, generator-specific constraints,
     * cost bounds).
     *
     * @throws InvalidParameterException naming the parameter
     */
    public static void check(final ParameterPoint p, final Path baseDirectory) {
        final String generator = p.string("generator");
        if (fromFile(p)) {
            final String file = p.string("file");
            if (file.isEmpty()) {
                throw new InvalidParameterException("file", "generator " + generator + " needs a topology file");
            }
            final Path path = baseDirectory.resolve(file);
            if (!Files.isReadable(path)) {
                throw new InvalidParameterException("file", "cannot read topology file " + path);
            }
        } else {
            final long n = p.integer("nodes");
            switch (generator) {
                case "grid": {
                    final long rows = p.integer("grid_rows");
                    if (rows > 0 && n % rows != 0) {
                        throw new InvalidParameterException("grid_rows", "nodes " + n + " is not a multiple of grid_rows "
                                + rows);
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
                        throw new InvalidParameterException("mean_degree", "ws needs an even ring degree < nodes;"
                                + " mean_degree " + p.real("mean_degree") + " gives " + k + ", nodes is " + n);
                    }
                    break;
                }
                case "complete":
                    if (n > COMPLETE_MAX_NODES) {
                        throw new InvalidParameterException("nodes", "a complete graph of " + n
                                + " nodes has too many arcs (limit " + COMPLETE_MAX_NODES + " nodes)");
                    }
                    break;
                default:
                    break;
            }
        }
        if ("uniform".equals(p.string("costs")) && p.real("cost_max") < p.real("cost_min")) {
            throw new InvalidParameterException("cost_max", "must be >= cost_min " + p.real("cost_min")
                    + ", was " + p.real("cost_max"));
        }
    }

    /** Node count for memory estimates (files: {@link #FILE_NODES_ESTIMATE}). */
    public static double estimatedNodes(final ParameterPoint p) {
        return fromFile(p) ? FILE_NODES_ESTIMATE : p.integer("nodes");
    }

    /** Expected degree for memory estimates. */
    public static double estimatedDegree(final ParameterPoint p) {
        final String generator = p.string("generator");
        return "complete".equals(generator) ? estimatedNodes(p) - 1
                : "grid".equals(generator) ? 4 : Math.max(1, p.real("mean_degree"));
    }

    /** The topology of point {@code p}, reduced to its largest connected component, with its arc costs. */
    public static MeshGraph build(final ParameterPoint p, final Path baseDirectory, final RandomStreams streams)
            throws IOException {
        return withCosts(topology(p, baseDirectory, streams.stream("topology")), p, streams.stream("topology.costs"));
    }

    /** The integer route cost of a graph arc cost: max(1, round(cost / cost_unit)). */
    public static int routeCost(final double cost, final double costUnit) {
        final long c = Math.max(1L, Math.round(cost / costUnit));
        if (c > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("arc cost " + cost + " / cost_unit " + costUnit
                    + " does not fit an int: raise cost_unit");
        }
        return (int) c;
    }

    private static MeshGraph topology(final ParameterPoint p, final Path baseDirectory, final RandomGenerator rnd)
            throws IOException {
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
    public static int squarestRows(final int n) {
        int best = 1;
        for (int r = 1; (long) r * r <= n; r++) {
            if (n % r == 0) {
                best = r;
            }
        }
        return best;
    }

    /** Barabási–Albert arcs per new node for a mean degree. */
    public static long baArcsPerNode(final double meanDegree) {
        return Math.max(1, Math.round(meanDegree / 2));
    }

    /** Watts–Strogatz ring degree (even, ≥ 2) for a mean degree. */
    public static long wsRingDegree(final double meanDegree) {
        return Math.max(2, 2 * Math.round(meanDegree / 2));
    }
}
