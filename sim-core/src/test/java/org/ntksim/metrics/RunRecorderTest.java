package org.ntksim.metrics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class RunRecorderTest {

    @Test
    void countersAndScalarsAreReportedTogetherSortedByName() {
        final RunRecorder r = new RunRecorder();
        r.scalar("zeta", 2.5);
        r.increment("alpha.count");
        r.add("alpha.count", 4);
        assertEquals(List.of("alpha.count", "zeta"), List.copyOf(r.results().keySet()));
        assertEquals(5.0, r.results().get("alpha.count"));
        assertEquals(5L, r.counter("alpha.count"));
    }

    @Test
    void samplesKeepRecordingOrder() {
        final RunRecorder r = new RunRecorder();
        r.sample("nodes", 10, 1);
        r.sample("etp", 5, 3);
        assertEquals(List.of(new RunRecorder.Sample("nodes", 10, 1), new RunRecorder.Sample("etp", 5, 3)),
                r.samples());
    }

    @Test
    void sampleAndKeepAddsThePointAndLeavesTheLastValueAsScalar() {
        final RunRecorder r = new RunRecorder();
        r.sampleAndKeep("routes", 1, 4);
        r.sampleAndKeep("routes", 2, 7);
        assertEquals(List.of(new RunRecorder.Sample("routes", 1, 4), new RunRecorder.Sample("routes", 2, 7)),
                r.samples());
        assertEquals(7.0, r.results().get("routes"));
    }

    @Test
    void rejectsNamesThatWouldNeedQuotingInCsv() {
        final RunRecorder r = new RunRecorder();
        assertThrows(IllegalArgumentException.class, () -> r.scalar("Bad Name", 1));
        assertThrows(IllegalArgumentException.class, () -> r.add("a,b", 1));
    }

    @Test
    void aNameUsedAsScalarAndCounterIsAnError() {
        final RunRecorder r = new RunRecorder();
        r.scalar("x", 1);
        r.increment("x");
        assertThrows(IllegalStateException.class, r::results);
    }
}
