package org.ntksim.experiment.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.ntksim.experiment.InvalidParameterException;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.TestExperiments;
import org.ntksim.experiment.RunProgress;
import org.ntksim.growth.Universe;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.random.RandomStreams;
import org.ntksim.topology.MeshGraph;

/** The growth model as the runner drives it: parameter checks, universe conversion, determinism. */
class GrowthModelTest {
    private final GrowthModel model = new GrowthModel();

    @TempDir
    Path tmp;

    private ParameterPoint point(final Object... kv) {
        return TestExperiments.point(model, kv);
    }

    private Map<String, Double> run(final ParameterPoint p, final long seed) throws Exception {
        final RunRecorder r = new RunRecorder();
        model.run(p, tmp, new RandomStreams(seed, 0), r, RunProgress.NONE);
        return r.results();
    }

    @Test
    void aTopologyTooSmallForTheNodesIsRejectedNamingGsizes() {
        final InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> model.check(point("nodes", 600L, "gsizes", "8.8.8"), tmp));
        assertEquals("gsizes", e.key());
        assertTrue(e.getMessage().contains("512"), e.getMessage());
    }

    @Test
    void nodesToArriveBelowTheCapacityMakeASmallTopologyAcceptable() {
        model.check(point("nodes", 600L, "nodes_to_arrive", 500L, "gsizes", "8.8.8"), tmp);
    }

    @Test
    void anAutomaticTopSizeIsRejectedBecauseGrowthNeedsAFixedTopology() {
        final InvalidParameterException e = assertThrows(InvalidParameterException.class,
                () -> model.check(point("gsizes", "*.8.8"), tmp));
        assertEquals("gsizes", e.key());
    }

    // Class-histogram samples (full GC) of message-level growth runs with migrations, measured outside the code
    // under test (docs/experiments.md, "Memory pre-flight"): nodes present and live heap in bytes.
    private static final long GRID_NODES = 3_860L;              // qspn-growth-1e4-migrations, 100x100 grid
    private static final long GRID_LIVE_BYTES = 599_047_344L;
    private static final long MESH_NODES = 1_024L;              // unit-disk mesh, mean degree 10, 8.16.16.16
    private static final long MESH_LIVE_BYTES = 813_587_984L;   // (an earlier advert layout, 8 % larger)

    @Test
    void theQspnMemoryEstimateCoversTheLiveHeapMeasuredOnAGridAndOnAUnitDiskMesh() {
        final long grid = model.memoryEstimateBytes(point("generator", "grid", "nodes", GRID_NODES, "gsizes",
                "16.16.16.16", "routing", "qspn"));
        assertTrue(grid >= GRID_LIVE_BYTES, "grid: " + grid + " < " + GRID_LIVE_BYTES);
        assertTrue(grid <= 3 * GRID_LIVE_BYTES, "grid: " + grid + " > 3 x " + GRID_LIVE_BYTES);
        final long mesh = model.memoryEstimateBytes(point("generator", "rgg", "nodes", MESH_NODES, "mean_degree", 10.0,
                "gsizes", "8.16.16.16", "routing", "qspn"));
        assertTrue(mesh >= MESH_LIVE_BYTES, "mesh: " + mesh + " < " + MESH_LIVE_BYTES);
        assertTrue(mesh <= 3 * MESH_LIVE_BYTES, "mesh: " + mesh + " > 3 x " + MESH_LIVE_BYTES);
    }

    @Test
    void theQspnMemoryEstimateGrowsWithTheKeptPathsAndTheDegree() {
        final long five = model.memoryEstimateBytes(point("nodes", 4096L, "routing", "qspn", "qspn_max_paths", 5L));
        final long ten = model.memoryEstimateBytes(point("nodes", 4096L, "routing", "qspn", "qspn_max_paths", 10L));
        final long dense = model.memoryEstimateBytes(point("nodes", 4096L, "routing", "qspn", "qspn_max_paths", 5L,
                "mean_degree", 16.0));
        assertTrue(ten > 1.2 * five, five + " -> " + ten);
        assertTrue(dense > 2 * five, five + " -> " + dense);
    }

    @Test
    void negativeRatesAreRejectedByTheSchema() {
        assertThrows(IllegalArgumentException.class, () -> model.schema().get("leave_rate").coerce(-1.0));
        assertThrows(IllegalArgumentException.class, () -> model.schema().get("arrival_rate").coerce(0.0));
    }

    @Test
    void growthConfigMessagesAreMappedToTheExperimentFileKey() {
        assertEquals("duration_s", GrowthModel.experimentKey("growth parameter durationNs: expected > 0, was 0"));
        assertEquals("stretch_targets",
                GrowthModel.experimentKey("growth parameter stretchTargetsPerSource: expected >= 0, was -1"));
        assertEquals("gsizes", GrowthModel.experimentKey("something else"));
    }

    @Test
    void retryPeriodsAndTheContactElectionReachTheGrowthConfig() {
        final ParameterPoint defaults = point();
        assertEquals(600_000_000_000L, GrowthModel.config(defaults, new int[] {8, 8, 8}).virtualRetryNs());
        assertEquals(600_000_000_000L, GrowthModel.config(defaults, new int[] {8, 8, 8}).entryRetryNs());
        assertTrue(GrowthModel.config(defaults, new int[] {8, 8, 8}).electAmongContacts());
        final ParameterPoint p = point("virtual_retry_s", 2.5, "entry_retry_s", 0.0, "elect_contacts", false);
        final org.ntksim.growth.GrowthConfig c = GrowthModel.config(p, new int[] {8, 8, 8});
        assertEquals(2_500_000_000L, c.virtualRetryNs());
        assertEquals(0L, c.entryRetryNs());
        assertEquals(false, c.electAmongContacts());
        assertThrows(IllegalArgumentException.class, () -> model.schema().get("virtual_retry_s").coerce(-1.0));
        assertEquals("entry_retry_s", GrowthModel.experimentKey("growth parameter entryRetryNs: expected >= 0, was -1"));
    }

    @Test
    void theUniverseHasTheGraphsLinksWithCostsInCostUnits() {
        final MeshGraph g = MeshGraph.builder().addNodes(3).addArc(0, 1, 2.5).addArc(1, 2, 0.0001).build();
        final Universe u = GrowthModel.universe(g, 0.5);
        assertEquals(3, u.nodeCount());
        assertEquals(2, u.linkCount());
        assertEquals(5, u.linkCost(0));      // 2.5 / 0.5
        assertEquals(1, u.linkCost(1));      // rounds to 0, raised to the minimum cost 1
        assertEquals(0, Math.min(u.linkA(0), u.linkB(0)));
        assertEquals(2, Math.max(u.linkA(1), u.linkB(1)));
    }

    @Test
    void theSameSeedGivesTheSameMetricsAndAnotherSeedOthers() throws Exception {
        final ParameterPoint p = point("nodes", 200L, "gsizes", "8.8.8", "duration_s", 20.0, "samples", 4L);
        final Map<String, Double> a = run(p, 11);
        assertEquals(a, run(p, 11));
        assertNotEquals(a, run(p, 12));
    }

    @Test
    void theRoutingBackendDoesNotChangeTheGrowthDecisions() throws Exception {
        final Object[] common = {"nodes", 150L, "gsizes", "8.8.8", "duration_s", 15.0, "samples", 3L,
            "leave_rate", 1.0, "arc_break_rate", 1.0, "churn_start_s", 8.0, "churn_length_s", 7.0};
        final Map<String, Double> fast = growthOnly(run(point(with(common, "routing", "fast-path")), 5));
        final Map<String, Double> none = growthOnly(run(point(with(common, "routing", "none")), 5));
        assertEquals(none, fast);
        assertTrue(fast.get("growth.arrivals") > 100, fast.toString());
    }

    @Test
    void messageLevelQspnAndTheFastPathReachTheSameDestinationsOnAGrownGrid() throws Exception {
        // both backends answer "how many sibling g-nodes can each identity reach" on the same grown network
        final Object[] common = {"generator", "grid", "nodes", 36L, "gsizes", "4.4.4", "arrivals", "all-at-zero",
            "duration_s", 5.0, "samples", 1L};
        final Map<String, Double> fast = run(point(with(common, "routing", "fast-path")), 3);
        final Map<String, Double> qspn = run(point(with(common, "routing", "qspn")), 3);
        assertEquals(growthOnly(fast), growthOnly(qspn));
        assertEquals(1.0, qspn.get("qspn.quiescent"));
        assertEquals(fast.get("routes.ntk_mean"), qspn.get("routes.ntk_mean"), 1e-9);
        assertTrue(qspn.get("qspn.etps") > 0);
    }

    private static Object[] with(final Object[] base, final Object... more) {
        final Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return all;
    }

    /** The metrics of the growth model itself (not of a routing backend). */
    private static Map<String, Double> growthOnly(final Map<String, Double> all) {
        final Map<String, Double> g = new TreeMap<>();
        all.forEach((k, v) -> {
            if (!k.startsWith("routes.") && !k.startsWith("stretch.") && !k.startsWith("qspn.")
                    && !k.equals("events_executed")) {
                g.put(k, v);
            }
        });
        return g;
    }
}
