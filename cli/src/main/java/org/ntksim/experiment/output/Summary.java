package org.ntksim.experiment.output;

import org.apache.commons.math3.distribution.TDistribution;

/**
 * Mean, sample standard deviation and two-sided 95% Student-t confidence interval of a metric over
 * replications: {@code mean ± t(0.975, n-1) * sd / sqrt(n)}. With n = 1 the sd and interval are
 * undefined (NaN). Sums run in the order given, so the result is deterministic.
 */
public record Summary(int n, double mean, double sd, double ciLow, double ciHigh) {

    /** Summary of {@code values[0..n)}. */
    public static Summary of(final double[] values, final int n) {
        if (n == 0) {
            return new Summary(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double sum = 0;
        for (int i = 0; i < n; i++) {
            sum += values[i];
        }
        final double mean = sum / n;
        if (n == 1) {
            return new Summary(1, mean, Double.NaN, Double.NaN, Double.NaN);
        }
        double squares = 0;
        for (int i = 0; i < n; i++) {
            squares += (values[i] - mean) * (values[i] - mean);
        }
        final double sd = Math.sqrt(squares / (n - 1));
        // only the inverse CDF is used, never sample(): no random generator needed
        final double t = new TDistribution(null, n - 1).inverseCumulativeProbability(0.975);
        final double half = t * sd / Math.sqrt(n);
        return new Summary(n, mean, sd, mean - half, mean + half);
    }
}
