package org.ntksim.experiment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParameterPointTest {

    private static final ParameterSpec A = ParameterSpec.integer("a", 1, 0, 100, "a");
    private static final ParameterSpec B = ParameterSpec.real("b", 0.5, 0.0, 10.0, "b");
    private static final ParameterSpec ADDED = ParameterSpec.choice("added", "old", List.of("old", "new"), "later");

    private static final ParameterSchema BEFORE = new ParameterSchema(List.of(A, B));
    private static final ParameterSchema AFTER = new ParameterSchema(List.of(A, ADDED, B));

    private static long seed(final ParameterPoint p) {
        return new CampaignPlan("t", new FakeModel(), 1, 42L, List.of(), List.of()).seed(p, 0);
    }

    @Test
    void aParameterAddedWithItsDefaultKeepsTheSeedsOfExistingPoints() {
        final ParameterPoint before = new ParameterPoint(BEFORE, Map.of("a", 7L, "b", 0.5));
        final ParameterPoint after = new ParameterPoint(AFTER, Map.of("a", 7L, "added", "old", "b", 0.5));
        assertEquals(seed(before), seed(after));
        // the config hash still sees the new parameter
        assertNotEquals(before.canonical(), after.canonical());
    }

    @Test
    void aValueAwayFromItsDefaultChangesTheSeed() {
        final ParameterPoint old = new ParameterPoint(AFTER, Map.of("a", 7L, "added", "old", "b", 0.5));
        final ParameterPoint changed = new ParameterPoint(AFTER, Map.of("a", 7L, "added", "new", "b", 0.5));
        final ParameterPoint otherB = new ParameterPoint(AFTER, Map.of("a", 7L, "added", "old", "b", 0.75));
        assertNotEquals(seed(old), seed(changed));
        assertNotEquals(seed(old), seed(otherB));
        assertEquals("a=7\nadded=\"new\"\n", changed.seedText());
    }

    @Test
    void aPointAtEveryDefaultHasAnEmptySeedTextButAFullCanonicalText() {
        final ParameterPoint defaults = new ParameterPoint(AFTER, Map.of("a", 1L, "added", "old", "b", 0.5));
        assertEquals("", defaults.seedText());
        assertEquals("a=1\nadded=\"old\"\nb=0.5\n", defaults.canonical());
    }
}
