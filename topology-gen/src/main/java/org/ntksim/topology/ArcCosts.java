package org.ntksim.topology;

import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.distribution.LogNormalDistribution;
import org.apache.commons.math3.distribution.RealDistribution;
import org.apache.commons.math3.distribution.UniformRealDistribution;
import org.apache.commons.math3.random.RandomGenerator;

/**
 * Arc cost (latency) distributions. A model draws one cost per arc, in arc-id order (see
 * {@link MeshGraph}: arc ids are canonical), from the random stream it is given, so the result is a
 * pure function of (graph, model, stream). Distributions are commons-math3 ones built on the
 * explicit stream, never on their seedless default generator.
 *
 * <p>Usage: {@code g = ArcCosts.uniform(1, 10).apply(g, streams.stream("topology.costs"))}.
 */
@FunctionalInterface
public interface ArcCosts {

    /** Costs for every arc of {@code graph}, in arc-id order; positive and finite. */
    double[] draw(MeshGraph graph, RandomGenerator rnd);

    /** {@code graph} with costs drawn by this model. */
    default MeshGraph apply(final MeshGraph graph, final RandomGenerator rnd) {
        return graph.withCosts(draw(graph, rnd));
    }

    /** Every arc costs {@code c} (> 0); draws nothing. */
    static ArcCosts constant(final double c) {
        if (!(c > 0) || Double.isInfinite(c)) {
            throw new IllegalArgumentException("constant cost must be positive and finite, was " + c);
        }
        return (g, rnd) -> {
            final double[] costs = new double[g.arcCount()];
            java.util.Arrays.fill(costs, c);
            return costs;
        };
    }

    /** Uniform in [lo, hi] with 0 < lo <= hi (lo == hi is the constant lo). */
    static ArcCosts uniform(final double lo, final double hi) {
        if (!(lo > 0) || !(hi >= lo) || Double.isInfinite(hi)) {
            throw new IllegalArgumentException("uniform costs need 0 < lo <= hi < inf, were lo " + lo + ", hi " + hi);
        }
        if (lo == hi) {
            return constant(lo);
        }
        return (g, rnd) -> sample(new UniformRealDistribution(rnd, lo, hi), g.arcCount());
    }

    /**
     * Exponential with the given mean (> 0). A draw of exactly 0 (possible in floating point) is
     * redrawn, so costs stay positive.
     */
    static ArcCosts exponential(final double mean) {
        if (!(mean > 0) || Double.isInfinite(mean)) {
            throw new IllegalArgumentException("exponential costs need a positive finite mean, was " + mean);
        }
        return (g, rnd) -> sample(new ExponentialDistribution(rnd, mean), g.arcCount());
    }

    /**
     * Log-normal: {@code exp(scale + shape * Z)} with Z standard normal (commons-math3's
     * parametrisation: {@code scale} is the mean of the log, {@code shape} (> 0) its standard
     * deviation). A heavy-tailed latency model.
     */
    static ArcCosts logNormal(final double scale, final double shape) {
        if (!(shape > 0) || Double.isInfinite(shape) || Double.isNaN(scale) || Double.isInfinite(scale)) {
            throw new IllegalArgumentException("log-normal costs need finite scale and shape > 0, were scale "
                    + scale + ", shape " + shape);
        }
        return (g, rnd) -> sample(new LogNormalDistribution(rnd, scale, shape,
                LogNormalDistribution.DEFAULT_INVERSE_ABSOLUTE_ACCURACY), g.arcCount());
    }

    /**
     * Cost proportional to the Euclidean length of the arc in {@code mesh}:
     * {@code max(minCost, perUnit * distance)}; deterministic, draws nothing. Only valid for the
     * graph of {@code mesh} (checked by identity).
     */
    static ArcCosts proportionalToDistance(final GeometricMesh mesh, final double perUnit, final double minCost) {
        if (!(perUnit > 0) || !(minCost > 0) || Double.isInfinite(perUnit) || Double.isInfinite(minCost)) {
            throw new IllegalArgumentException("distance costs need perUnit > 0 and minCost > 0, were "
                    + perUnit + ", " + minCost);
        }
        return (g, rnd) -> {
            if (g != mesh.graph()) {
                throw new IllegalArgumentException("distance costs apply only to the graph of their GeometricMesh");
            }
            final double[] costs = new double[g.arcCount()];
            for (int e = 0; e < costs.length; e++) {
                costs[e] = Math.max(minCost, perUnit * mesh.distance(g.arcA(e), g.arcB(e)));
            }
            return costs;
        };
    }

    private static double[] sample(final RealDistribution d, final int count) {
        final double[] costs = new double[count];
        for (int e = 0; e < count; e++) {
            double c;
            do {
                c = d.sample();
            } while (!(c > 0));
            costs[e] = c;
        }
        return costs;
    }
}
