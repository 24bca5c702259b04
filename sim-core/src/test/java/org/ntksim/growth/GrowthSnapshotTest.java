package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import org.junit.jupiter.api.Test;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.qspn.EtpParameters;
import org.ntksim.random.RandomStreams;

/** A run saved between two progress steps, or inside one, and read back finishes exactly as the uninterrupted run. */
class GrowthSnapshotTest {

    private static final int[] CROWDED = {4, 4, 4, 4};

    private static GrowthSimulation create(final GrowthConfig.RoutingMode mode, final RunRecorder recorder) {
        final Universe u = TestUniverses.geometric(160, 0.14, 5);
        final GrowthConfig c = GrowthConfig.builder(CROWDED).poissonArrivals(80).arrivalOrder(GrowthConfig.ArrivalOrder.RANDOM)
                .durationNs(4_000_000_000L).samples(4).churn(5, 10, 10, 2_500_000_000L, 1_000_000_000L)
                .downTimes(300_000_000L, 200_000_000L).stretch(4, 8, 10_000).routingMode(mode).build();
        return GrowthSimulation.create(u, c, new RandomStreams(31, 0), recorder, EtpParameters.proof());
    }

    private static GrowthSimulation roundTrip(final GrowthSimulation run) throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        run.writeSnapshot(bytes);
        return GrowthSimulation.readSnapshot(new ByteArrayInputStream(bytes.toByteArray()));
    }

    private static void assertResumedRunMatchesUninterrupted(final GrowthConfig.RoutingMode mode) throws IOException {
        final RunRecorder whole = new RunRecorder();
        create(mode, whole).run();

        final GrowthSimulation first = create(mode, new RunRecorder());
        for (int i = 0; i < 300; i++) {
            assertFalse(first.step());
        }
        // then one event at a time, until a call pauses inside a progress step: the first save is there
        boolean pausedInsideAStep = false;
        for (int i = 0; i < 500 && !pausedInsideAStep; i++) {
            final double before = first.fractionDone();
            assertFalse(first.step(1));
            pausedInsideAStep = first.fractionDone() == before;
        }
        assertTrue(pausedInsideAStep, "no step of this run has more than one event");
        GrowthSimulation resumed = roundTrip(first);
        for (int i = 0; i < 400; i++) {
            resumed.step();
        }
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        resumed.writeSnapshot(bytes);
        final RunRecorder fresh = new RunRecorder();
        fresh.scalar("left.over", 1);
        resumed = GrowthSimulation.readSnapshot(new ByteArrayInputStream(bytes.toByteArray()), fresh);
        assertSame(fresh, resumed.recorder());
        // the original object goes on too, unaffected by having been saved
        first.run();
        resumed.run();
        assertTrue(resumed.step());
        assertEquals(1.0, resumed.fractionDone());
        final RunRecorder got = resumed.recorder();
        assertEquals(whole.results(), got.results());
        assertEquals(whole.samples(), got.samples());
        assertEquals(whole.results(), first.recorder().results());
        assertTrue(whole.results().get("growth.migrations") > 0, "the scenario should migrate: " + whole.results());
    }

    @Test
    void aMessageLevelQspnRunResumedTwiceFromSnapshotsEndsWithTheSameMetricsAndSeries() throws IOException {
        assertResumedRunMatchesUninterrupted(GrowthConfig.RoutingMode.MESSAGE_QSPN);
    }

    @Test
    void aFastPathRunWithChurnResumedTwiceFromSnapshotsEndsWithTheSameMetricsAndSeries() throws IOException {
        assertResumedRunMatchesUninterrupted(GrowthConfig.RoutingMode.FAST_PATH);
    }

    @Test
    void aRunWhoseFirstStepPausesAfterEveryEventEndsAsTheUninterruptedRun() {
        final Universe u = TestUniverses.geometric(60, 0.2, 7);
        final java.util.function.Supplier<GrowthSimulation> allAtZero = () -> GrowthSimulation.create(u,
                GrowthConfig.builder(CROWDED).allAtZero().durationNs(2_000_000_000L).samples(2)
                        .routingMode(GrowthConfig.RoutingMode.MESSAGE_QSPN).build(),
                new RandomStreams(7, 0), new RunRecorder(), EtpParameters.proof());
        final GrowthSimulation whole = allAtZero.get();
        whole.run();
        final GrowthSimulation sliced = allAtZero.get();
        int pauses = 0;
        while (sliced.fractionDone() == 0) {
            assertFalse(sliced.step(1));
            pauses++;
        }
        assertTrue(pauses > 2, "the first step should hold several events: " + pauses);
        sliced.run();
        assertEquals(whole.recorder().results(), sliced.recorder().results());
        assertEquals(whole.recorder().samples(), sliced.recorder().samples());
    }

    @Test
    void somethingThatIsNotASnapshotIsRefusedWithAnIoError() throws IOException {
        final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream o = new ObjectOutputStream(bytes)) {
            o.writeObject("not a run");
        }
        assertThrows(IOException.class, () -> GrowthSimulation.readSnapshot(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
