package org.ntksim.experiment.statictables;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ntksim.experiment.ExperimentModel;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.ParameterSchema;
import org.ntksim.experiment.ParameterSpec;
import org.ntksim.experiment.RunProgress;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.experiment.topology.TopologyParameters;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.MeshGraph;

/**
 * {@code static-tables}: one converged network per run. Builds a topology (generator from
 * topology-gen, or an imported file), keeps its largest connected component, assigns addresses
 * ({@link Addressing}), computes all route tables with the fast path and records the
 * figures of {@link TableMeasurements}. Random streams: {@code topology} (generator),
 * {@code topology.costs} (arc costs), {@code stretch.pairs} (sampled pairs). Stateless.
 */
public final class StaticTablesModel implements ExperimentModel {
    private static final ParameterSchema SCHEMA = new ParameterSchema(schemaSpecs());

    private static List<ParameterSpec> schemaSpecs() {
        final List<ParameterSpec> specs = new ArrayList<>(TopologyParameters.specs(100));
        specs.add(ParameterSpec.string("gsizes", "*.8.8", "topology (gsizes) top level first, dotted; top may be '*'"
                + " (as many top positions as the partition needs)"));
        specs.add(ParameterSpec.integer("stretch_pairs", 200, 0, 10_000_000,
                "source-target pairs sampled for path stretch"));
        return specs;
    }

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
        if (!TopologyParameters.fromFile(p) && p.integer("nodes") > gsizes.capacity()) {
            throw new InvalidParameterException("gsizes", "topology too small for the node count: gsizes "
                    + p.string("gsizes") + " give " + gsizes.capacity() + " addresses, nodes is " + p.integer("nodes"));
        }
        TopologyParameters.check(p, baseDirectory);
    }

    @Override
    public long memoryEstimateBytes(final ParameterPoint p) {
        final double n = TopologyParameters.estimatedNodes(p);
        final double degree = TopologyParameters.estimatedDegree(p);
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
        final MeshGraph graph = TopologyParameters.build(p, baseDirectory, streams);
        progress.update(0.2);
        final NetworkState state = Addressing.assign(graph, Gsizes.parse(p.string("gsizes")), p.real("cost_unit"));
        progress.update(0.3);
        final TableMeasurements tables = TableMeasurements.compute(state);
        progress.update(0.8);
        tables.record(recorder, (int) p.integer("stretch_pairs"), streams.stream("stretch.pairs"));
        progress.update(1.0);
        return 0;
    }
}
