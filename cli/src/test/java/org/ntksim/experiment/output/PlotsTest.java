package org.ntksim.experiment.output;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.FakeModel;
import org.ntksim.experiment.TestExperiments;

/** What the distribution plots draw for a point: its replications' values, nothing else. */
class PlotsTest {

    private static RunResult run(final int index, final Map<String, Double> metrics) {
        return new RunResult(index, index, metrics, List.of(), 0, 0, 0);
    }

    @Test
    void aPointsValuesAreItsOwnReplicationsSkippingMissingAndNonFiniteOnes() {
        final FakeModel model = new FakeModel();
        final CampaignPlan plan = new CampaignPlan("t", model, 3, 1, List.of("a"),
                List.of(TestExperiments.point(model, "a", 1L), TestExperiments.point(model, "a", 2L)));
        // runs are point-major: 0..2 belong to point 0, 3..5 to point 1
        final List<RunResult> results = List.of(
                run(0, Map.of("value", 1.0)), run(1, Map.of("value", 2.0)), run(2, Map.of("other", 9.0)),
                run(3, Map.of("value", 4.0)), run(4, Map.of("value", Double.NaN)), run(5, Map.of("value", 6.0)));
        assertArrayEquals(new double[] {1.0, 2.0}, Plots.replicationValues(plan, results, 0, "value"));
        assertArrayEquals(new double[] {4.0, 6.0}, Plots.replicationValues(plan, results, 1, "value"));
        assertArrayEquals(new double[] {9.0}, Plots.replicationValues(plan, results, 0, "other"));
        assertArrayEquals(new double[] {}, Plots.replicationValues(plan, results, 1, "other"));
    }
}
