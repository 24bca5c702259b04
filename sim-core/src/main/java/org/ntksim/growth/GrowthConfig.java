package org.ntksim.growth;

import java.util.Arrays;
import java.util.Objects;

/**
 * Parameters of one growth-and-churn run, validated once; every message names the parameter. Build
 * with {@link #builder(int...)}; defaults are listed on each builder method.
 *
 * @param gsizesTopFirst topology, top level first (e.g. {@code 16,16,16,16,16})
 * @param arrivalProcess how arrival times are drawn
 * @param arrivalRatePerSecond Poisson arrival rate (nodes per simulated second), used by {@code POISSON}
 * @param arrivalOrder which node arrives next
 * @param nodesToArrive how many universe nodes arrive (-1: all)
 * @param leaveRatePerSecond churn: node departures per simulated second (whole network)
 * @param arcBreakRatePerSecond churn: arc breaks per simulated second
 * @param arcCostChangeRatePerSecond churn: arc cost changes per simulated second
 * @param churnStartNs when churn begins
 * @param churnLengthNs how long the churn phase lasts
 * @param nodeDownMeanNs mean time a departed node stays away before arriving again (0: never returns)
 * @param arcDownMeanNs mean time a broken arc stays down before re-forming (0: never re-forms)
 * @param costChangeMaxFactor a changed arc gets cost base × f, f uniform in [1/max, max]
 * @param durationNs simulated length of the run
 * @param samples number of time-series checkpoints (evenly spaced, the last at {@code durationNs})
 * @param routingMode which routing backend
 * @param epsilon Hooking ε: a host level hl with hl - l < ε is satisfying (the spec suggests 5 for gsize-2 topologies)
 * @param maxMigrationDistance longest migration path searched (d = migrations)
 * @param maxSearchVisits bound on nodes scanned by one migration-path search (keeps it local)
 * @param stretchSources checkpoint stretch sample: number of source nodes
 * @param stretchTargetsPerSource checkpoint stretch sample: targets per source
 * @param stretchMaxNodes networks larger than this get route-table sizes but no stretch sample (memory)
 * @param virtualRetryNs a node with a virtual position looks for a real one again after this long, and
 *     again every period until it gets one (0: never; default 10 min, spec §7 "Hooking: retry after a
 *     'do not enter' evaluation")
 * @param entryRetryNs a contact whose entry was refused (no place at any level) or skipped (the host end
 *     is virtual) is examined again after this long, and again every period while it fails (0: never;
 *     default 10 min, same rule)
 * @param electAmongContacts when an entering g-node has degraded to a single node (level 0) and its contact
 *     has no place for it, the node tries its other contacts into the same network before a virtual
 *     position (true, the default: docs/growth.md §3) or not (false: the behaviour before retries existed)
 */
public record GrowthConfig(int[] gsizesTopFirst, ArrivalProcess arrivalProcess, double arrivalRatePerSecond,
        ArrivalOrder arrivalOrder, int nodesToArrive, double leaveRatePerSecond, double arcBreakRatePerSecond,
        double arcCostChangeRatePerSecond, long churnStartNs, long churnLengthNs, long nodeDownMeanNs,
        long arcDownMeanNs, double costChangeMaxFactor, long durationNs, int samples, RoutingMode routingMode,
        int epsilon, int maxMigrationDistance, int maxSearchVisits, int stretchSources, int stretchTargetsPerSource,
        int stretchMaxNodes, long virtualRetryNs, long entryRetryNs, boolean electAmongContacts) implements java.io.Serializable {

    /** The spec's Hooking retry period (§7): 10 minutes. */
    public static final long SPEC_RETRY_NS = 600_000_000_000L;

    /** How arrival times are drawn. */
    public enum ArrivalProcess {
        /** exponential gaps with rate {@code arrivalRatePerSecond} */
        POISSON,
        /** every node at t = 0, one event each, in the arrival order */
        ALL_AT_ZERO
    }

    /** Which node arrives next. */
    public enum ArrivalOrder {
        /** a seeded random permutation of the universe: networks form in many places and merge */
        RANDOM,
        /** breadth-first from a seeded random node: one network that stays connected while it grows */
        BFS
    }

    /** Which routing backend answers at checkpoints. */
    public enum RoutingMode {
        /** all tables computed directly ({@link FastPathBackend}) at checkpoints */
        FAST_PATH,
        /** message-level QSPN (plugged in by the experiment runner) */
        MESSAGE_QSPN,
        /** no routing (growth only) */
        NONE
    }

    /** Validates; the message names the parameter and the value. */
    public GrowthConfig {
        Objects.requireNonNull(gsizesTopFirst, "gsizesTopFirst");
        gsizesTopFirst = gsizesTopFirst.clone();
        if (gsizesTopFirst.length < 1 || gsizesTopFirst.length > 30) {
            throw bad("gsizes", "1 to 30 levels", Arrays.toString(gsizesTopFirst));
        }
        double radixBits = 0;
        for (final int g : gsizesTopFirst) {
            if (g < 2 || g > 1 << 14) {
                throw bad("gsizes", "every gsize in 2..16384", Arrays.toString(gsizesTopFirst));
            }
            radixBits += Math.log(2.0 * g) / Math.log(2.0);
        }
        if (radixBits > HierarchyState.PREFIX_BITS + 1e-9) {
            throw bad("gsizes", "sum of log2(2 * gsize) <= " + HierarchyState.PREFIX_BITS
                    + " (g-node keys are packed in 64 bits)", Arrays.toString(gsizesTopFirst));
        }
        Objects.requireNonNull(arrivalProcess, "arrivalProcess");
        Objects.requireNonNull(arrivalOrder, "arrivalOrder");
        Objects.requireNonNull(routingMode, "routingMode");
        if (arrivalProcess == ArrivalProcess.POISSON && !(arrivalRatePerSecond > 0 && Double.isFinite(arrivalRatePerSecond))) {
            throw bad("arrivalRatePerSecond", "> 0 for Poisson arrivals", arrivalRatePerSecond);
        }
        if (nodesToArrive < -1) {
            throw bad("nodesToArrive", ">= 0, or -1 for all", nodesToArrive);
        }
        nonNegative("leaveRatePerSecond", leaveRatePerSecond);
        nonNegative("arcBreakRatePerSecond", arcBreakRatePerSecond);
        nonNegative("arcCostChangeRatePerSecond", arcCostChangeRatePerSecond);
        if (churnStartNs < 0) {
            throw bad("churnStartNs", ">= 0", churnStartNs);
        }
        if (churnLengthNs < 0) {
            throw bad("churnLengthNs", ">= 0", churnLengthNs);
        }
        if (nodeDownMeanNs < 0) {
            throw bad("nodeDownMeanNs", ">= 0 (0: departed nodes never return)", nodeDownMeanNs);
        }
        if (arcDownMeanNs < 0) {
            throw bad("arcDownMeanNs", ">= 0 (0: broken arcs never re-form)", arcDownMeanNs);
        }
        if (!(costChangeMaxFactor >= 1 && Double.isFinite(costChangeMaxFactor))) {
            throw bad("costChangeMaxFactor", ">= 1", costChangeMaxFactor);
        }
        if (durationNs <= 0) {
            throw bad("durationNs", "> 0", durationNs);
        }
        if (samples < 1) {
            throw bad("samples", ">= 1", samples);
        }
        if (epsilon < 1) {
            throw bad("epsilon", ">= 1", epsilon);
        }
        if (maxMigrationDistance < 0) {
            throw bad("maxMigrationDistance", ">= 0", maxMigrationDistance);
        }
        if (maxSearchVisits < 1) {
            throw bad("maxSearchVisits", ">= 1", maxSearchVisits);
        }
        if (stretchSources < 0) {
            throw bad("stretchSources", ">= 0", stretchSources);
        }
        if (stretchTargetsPerSource < 0) {
            throw bad("stretchTargetsPerSource", ">= 0", stretchTargetsPerSource);
        }
        if (stretchMaxNodes < 0) {
            throw bad("stretchMaxNodes", ">= 0", stretchMaxNodes);
        }
        if (virtualRetryNs < 0) {
            throw bad("virtualRetryNs", ">= 0 (0: a virtual node never retries)", virtualRetryNs);
        }
        if (entryRetryNs < 0) {
            throw bad("entryRetryNs", ">= 0 (0: a refused entry is never retried)", entryRetryNs);
        }
    }

    @Override
    public int[] gsizesTopFirst() {
        return gsizesTopFirst.clone();
    }

    /** Number of levels. */
    public int levels() {
        return gsizesTopFirst.length;
    }

    /** Whether the config has any churn. */
    public boolean hasChurn() {
        return churnLengthNs > 0 && (leaveRatePerSecond > 0 || arcBreakRatePerSecond > 0 || arcCostChangeRatePerSecond > 0);
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof GrowthConfig c && Arrays.equals(gsizesTopFirst, c.gsizesTopFirst) && toString().equals(c.toString());
    }

    @Override
    public int hashCode() {
        return toString().hashCode();
    }

    @Override
    public String toString() {
        return "GrowthConfig[gsizes=" + Arrays.toString(gsizesTopFirst) + ", arrival=" + arrivalProcess + "@"
                + arrivalRatePerSecond + "/s " + arrivalOrder + " n=" + nodesToArrive + ", churn leave=" + leaveRatePerSecond
                + " break=" + arcBreakRatePerSecond + " cost=" + arcCostChangeRatePerSecond + " from " + churnStartNs
                + " for " + churnLengthNs + " nodeDown=" + nodeDownMeanNs + " arcDown=" + arcDownMeanNs + " factor="
                + costChangeMaxFactor + ", duration=" + durationNs + ", samples=" + samples + ", routing=" + routingMode
                + ", epsilon=" + epsilon + ", maxMigrationDistance=" + maxMigrationDistance + ", maxSearchVisits="
                + maxSearchVisits + ", stretch=" + stretchSources + "x" + stretchTargetsPerSource + " up to "
                + stretchMaxNodes + ", retry virtual=" + virtualRetryNs + " entry=" + entryRetryNs + ", electAmongContacts="
                + electAmongContacts + "]";
    }

    private static void nonNegative(final String key, final double v) {
        if (!(v >= 0 && Double.isFinite(v))) {
            throw bad(key, ">= 0", v);
        }
    }

    private static IllegalArgumentException bad(final String key, final String expected, final Object was) {
        return new IllegalArgumentException("growth parameter " + key + ": expected " + expected + ", was " + was);
    }

    /** A builder with the defaults below for topology {@code gsizesTopFirst}. */
    public static Builder builder(final int... gsizesTopFirst) {
        return new Builder(gsizesTopFirst);
    }

    /** Mutable builder; {@link #build()} validates. */
    public static final class Builder {
        private final int[] gsizes;
        private ArrivalProcess arrivalProcess = ArrivalProcess.POISSON;
        private double arrivalRatePerSecond = 10;
        private ArrivalOrder arrivalOrder = ArrivalOrder.BFS;
        private int nodesToArrive = -1;
        private double leaveRatePerSecond;
        private double arcBreakRatePerSecond;
        private double arcCostChangeRatePerSecond;
        private long churnStartNs;
        private long churnLengthNs;
        private long nodeDownMeanNs;
        private long arcDownMeanNs;
        private double costChangeMaxFactor = 2;
        private long durationNs = 60_000_000_000L;
        private int samples = 10;
        private RoutingMode routingMode = RoutingMode.FAST_PATH;
        private int epsilon = 5;
        private int maxMigrationDistance = 16;
        private int maxSearchVisits = 50_000;
        private int stretchSources = 8;
        private int stretchTargetsPerSource = 16;
        private int stretchMaxNodes = 200_000;
        private long virtualRetryNs = SPEC_RETRY_NS;
        private long entryRetryNs = SPEC_RETRY_NS;
        private boolean electAmongContacts = true;

        private Builder(final int[] gsizes) {
            this.gsizes = gsizes.clone();
        }

        /** Default POISSON at 10 nodes/s. */
        public Builder poissonArrivals(final double ratePerSecond) {
            arrivalProcess = ArrivalProcess.POISSON;
            arrivalRatePerSecond = ratePerSecond;
            return this;
        }

        /** All nodes at t = 0. */
        public Builder allAtZero() {
            arrivalProcess = ArrivalProcess.ALL_AT_ZERO;
            return this;
        }

        /** Default BFS. */
        public Builder arrivalOrder(final ArrivalOrder order) {
            arrivalOrder = order;
            return this;
        }

        /** Default -1 (all). */
        public Builder nodesToArrive(final int count) {
            nodesToArrive = count;
            return this;
        }

        /** Churn rates per second (default 0) and phase {@code [startNs, startNs + lengthNs)} (default empty). */
        public Builder churn(final double leavePerSecond, final double arcBreakPerSecond, final double costChangePerSecond,
                final long startNs, final long lengthNs) {
            leaveRatePerSecond = leavePerSecond;
            arcBreakRatePerSecond = arcBreakPerSecond;
            arcCostChangeRatePerSecond = costChangePerSecond;
            churnStartNs = startNs;
            churnLengthNs = lengthNs;
            return this;
        }

        /** Mean down times (default 0 = never back). */
        public Builder downTimes(final long nodeDownNs, final long arcDownNs) {
            nodeDownMeanNs = nodeDownNs;
            arcDownMeanNs = arcDownNs;
            return this;
        }

        /** Default 2. */
        public Builder costChangeMaxFactor(final double factor) {
            costChangeMaxFactor = factor;
            return this;
        }

        /** Default 60 s. */
        public Builder durationNs(final long ns) {
            durationNs = ns;
            return this;
        }

        /** Default 10. */
        public Builder samples(final int count) {
            samples = count;
            return this;
        }

        /** Default FAST_PATH. */
        public Builder routingMode(final RoutingMode mode) {
            routingMode = mode;
            return this;
        }

        /** Hooking: ε (default 5), max migration distance (default 16), max nodes scanned per search (default 50 000). */
        public Builder hooking(final int eps, final int maxDistance, final int maxVisits) {
            epsilon = eps;
            maxMigrationDistance = maxDistance;
            maxSearchVisits = maxVisits;
            return this;
        }

        /** Stretch sample (default 8 sources × 16 targets, networks up to 200 000 nodes). */
        public Builder stretch(final int sources, final int targetsPerSource, final int maxNodes) {
            stretchSources = sources;
            stretchTargetsPerSource = targetsPerSource;
            stretchMaxNodes = maxNodes;
            return this;
        }

        /**
         * Retry periods (default 10 min each, spec §7; 0 = never): a virtual node looking for a real
         * position, a refused or skipped contact examined again.
         */
        public Builder retries(final long virtualNs, final long entryNs) {
            virtualRetryNs = virtualNs;
            entryRetryNs = entryNs;
            return this;
        }

        /** Default true: a single entering node tries every contact before a virtual position. */
        public Builder electAmongContacts(final boolean elect) {
            electAmongContacts = elect;
            return this;
        }

        /** Validates and builds. */
        public GrowthConfig build() {
            return new GrowthConfig(gsizes, arrivalProcess, arrivalRatePerSecond, arrivalOrder, nodesToArrive,
                    leaveRatePerSecond, arcBreakRatePerSecond, arcCostChangeRatePerSecond, churnStartNs, churnLengthNs,
                    nodeDownMeanNs, arcDownMeanNs, costChangeMaxFactor, durationNs, samples, routingMode, epsilon,
                    maxMigrationDistance, maxSearchVisits, stretchSources, stretchTargetsPerSource, stretchMaxNodes,
                    virtualRetryNs, entryRetryNs, electAmongContacts);
        }
    }
}
