package org.ntksim.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.apache.commons.math3.random.RandomGenerator;
import org.apache.commons.math3.stat.descriptive.SummaryStatistics;
import org.junit.jupiter.api.Test;
import org.ntksim.random.RandomStreams;

class ArcCostsTest {
    private static final MeshGraph GRID = MeshGenerators.grid(60, 60); // 7080 arcs

    private static RandomGenerator costs() {
        return new RandomStreams(9, 0).stream("costs");
    }

    private static SummaryStatistics stats(final MeshGraph g) {
        final SummaryStatistics s = new SummaryStatistics();
        for (int e = 0; e < g.arcCount(); e++) {
            s.addValue(g.arcCost(e));
        }
        return s;
    }

    @Test
    void constantCostsAreAllEqual() {
        final SummaryStatistics s = stats(ArcCosts.constant(3).apply(GRID, costs()));
        assertEquals(3, s.getMin());
        assertEquals(3, s.getMax());
    }

    @Test
    void uniformCostsStayInRangeWithTheRightMean() {
        final SummaryStatistics s = stats(ArcCosts.uniform(2, 6).apply(GRID, costs()));
        assertTrue(s.getMin() >= 2 && s.getMax() <= 6);
        assertEquals(4, s.getMean(), 0.1);
    }

    @Test
    void exponentialCostsArePositiveWithTheRightMean() {
        final SummaryStatistics s = stats(ArcCosts.exponential(5).apply(GRID, costs()));
        assertTrue(s.getMin() > 0);
        assertEquals(5, s.getMean(), 0.3);
    }

    @Test
    void logNormalCostsHaveTheRightLogMean() {
        final MeshGraph g = ArcCosts.logNormal(1, 0.5).apply(GRID, costs());
        final SummaryStatistics logs = new SummaryStatistics();
        for (int e = 0; e < g.arcCount(); e++) {
            logs.addValue(Math.log(g.arcCost(e)));
        }
        assertEquals(1, logs.getMean(), 0.03);
        assertEquals(0.5, logs.getStandardDeviation(), 0.03);
    }

    @Test
    void distanceCostsAreProportionalToArcLength() {
        final GeometricMesh m = MeshGenerators.unitDisk(200, 0.15, false, new RandomStreams(1, 0).stream("t"));
        final MeshGraph g = ArcCosts.proportionalToDistance(m, 1000, 0.5).apply(m.graph(), costs());
        for (int e = 0; e < g.arcCount(); e++) {
            assertEquals(Math.max(0.5, 1000 * m.distance(g.arcA(e), g.arcB(e))), g.arcCost(e));
        }
        assertThrows(IllegalArgumentException.class,
                () -> ArcCosts.proportionalToDistance(m, 1, 1).apply(GRID, costs()), "other graph");
    }

    @Test
    void costsDoNotChangeTheArcs() {
        final MeshGraph g = ArcCosts.exponential(1).apply(GRID, costs());
        assertEquals(GRID.arcListHash(), g.arcListHash());
    }

    @Test
    void badParametersAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> ArcCosts.constant(0));
        assertThrows(IllegalArgumentException.class, () -> ArcCosts.uniform(0, 1));
        assertThrows(IllegalArgumentException.class, () -> ArcCosts.uniform(3, 2));
        assertThrows(IllegalArgumentException.class, () -> ArcCosts.exponential(-1));
        assertThrows(IllegalArgumentException.class, () -> ArcCosts.logNormal(0, 0));
    }
}
