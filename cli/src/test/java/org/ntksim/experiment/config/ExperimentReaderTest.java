package org.ntksim.experiment.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.experiment.CampaignPlan;
import org.ntksim.experiment.FakeModel;
import org.ntksim.experiment.ModelRegistry;
import org.ntksim.experiment.ParameterPoint;
import org.ntksim.experiment.PlannedRun;
import org.ntksim.experiment.TestExperiments;

class ExperimentReaderTest {
    private static final String HEAD = "[experiment]\nname = \"t\"\nmodel = \"fake\"\nreplications = 2\n";
    private final ModelRegistry registry = TestExperiments.registry(new FakeModel());

    private CampaignPlan plan(final String text) {
        return new ExperimentReader(registry).parse(text, "t.toml", Path.of("."), true).plan();
    }

    private String error(final String text) {
        return assertThrows(ConfigException.class,
                () -> new ExperimentReader(registry).parse(text, "t.toml", Path.of("."), true)).getMessage();
    }

    @Test
    void unknownParameterIsRejectedWithLineKeyAndClosestName() {
        assertEquals("t.toml:6: key 'parameters.lable': unknown parameter of model, did you mean 'label'?",
                error(HEAD + "[parameters]\nlable = \"y\"\n"));
    }

    @Test
    void unknownTableAndExperimentKeyAndModelGetSuggestions() {
        assertEquals("t.toml:5: key 'paramters': unknown table, did you mean 'parameters'?",
                error(HEAD + "[paramters]\na = 1\n"));
        assertEquals("t.toml:4: key 'experiment.replication': unknown key, did you mean 'replications'?",
                error("[experiment]\nname = \"t\"\nmodel = \"fake\"\nreplication = 2\n"));
        assertEquals("t.toml:3: key 'experiment.model': unknown model \"statictables\", known: [fake, static-tables],"
                + " did you mean 'static-tables'?", error("[experiment]\nname = \"t\"\nmodel = \"statictables\"\n"));
    }

    @Test
    void wrongTypesAndRangesNameTheKeyAndWhatWasExpected() {
        assertEquals("t.toml:6: key 'parameters.a': expected an integer, got the string \"3\"",
                error(HEAD + "[parameters]\na = \"3\"\n"));
        assertEquals("t.toml:6: key 'parameters.b': must be in [0.0, 10.0], was -1.0",
                error(HEAD + "[parameters]\nb = -1.0\n"));
        assertEquals("t.toml:4: key 'experiment.replications': must be in [1, 1000000], was 0",
                error("[experiment]\nname = \"t\"\nmodel = \"fake\"\nreplications = 0\n"));
        assertEquals("t.toml:6: key 'parameters.label': unknown value \"zet\", expected one of [x, y, zeta],"
                + " did you mean 'zeta'?", error(HEAD + "[parameters]\nlabel = \"zet\"\n"));
    }

    @Test
    void badValueInsideASweepListPointsAtItsLine() {
        assertEquals("t.toml:8: key 'sweep.a': value 2: must be in [0, 100], was 500",
                error(HEAD + "[sweep]\na = [\n  1,\n  500,\n]\n"));
    }

    @Test
    void syntaxErrorsAndMissingKeysAreOneLine() {
        final String syntax = error(HEAD + "[parameters\n");
        assertEquals(true, syntax.startsWith("t.toml:5: not valid TOML: "), syntax);
        assertEquals("t.toml:1: key 'experiment.name': missing (required)", error("[experiment]\nmodel = \"fake\"\n"));
    }

    @Test
    void parameterSetTwiceIsRejected() {
        assertEquals("t.toml:8: key 'sweep.a': parameter 'a' is already set by 'parameters.a' at line 6;"
                + " set each parameter in one place", error(HEAD + "[parameters]\na = 1\n[sweep]\na = [1, 2]\n"));
    }

    @Test
    void zippedListsOfDifferentLengthsAreRejected() {
        assertEquals("t.toml:7: key 'sweep.zip[0].b': zipped lists must have equal lengths: 3 values here,"
                + " 2 for 'sweep.zip[0].a'", error(HEAD + "[[sweep.zip]]\na = [1, 2]\nb = [0.1, 0.2, 0.3]\n"));
    }

    @Test
    void oneZippedListMayRepeatAValueWhenThePointsDiffer() {
        final CampaignPlan p = plan(HEAD + "[[sweep.zip]]\na = [1, 2, 3]\nb = [0.5, 0.5, 0.7]\n");
        assertEquals(3, p.points().size());
        assertEquals(0.5, p.points().get(1).get("b"));
        assertEquals(3L, p.points().get(2).get("a"));
    }

    @Test
    void aZippedPointGivenTwiceIsRejected() {
        assertEquals("t.toml:5: key 'sweep.zip[0]': point 3 [1, 0.5] repeats point 1",
                error(HEAD + "[[sweep.zip]]\na = [1, 2, 1]\nb = [0.5, 0.5, 0.5]\n"));
    }

    @Test
    void aPlainSweepListMayNotRepeatAValue() {
        assertEquals("t.toml:6: key 'sweep.a': value 2 (1) appears twice", error(HEAD + "[sweep]\na = [1, 1]\n"));
    }

    @Test
    void impossiblePointDeepInASweepIsRejectedBeforeAnyRunNamingThePoint() {
        assertEquals("t.toml:6: key 'sweep.a': a 50 exceeds capacity 40 (sweep point 3: a=50, capacity=40)",
                error(HEAD + "[sweep]\na = [1, 50]\ncapacity = [1000, 40]\n"));
    }

    @Test
    void staticTablesTopologyTooSmallForTheNodeCountIsRejected() {
        assertEquals("t.toml:8: key 'sweep.gsizes': topology too small for the node count: gsizes 4.4 give 16"
                + " addresses, nodes is 100 (sweep point 1: gsizes=4.4)",
                error("[experiment]\nname = \"t\"\nmodel = \"static-tables\"\n[parameters]\nnodes = 100\n"
                        + "[sweep]\ngsizes = [\"*.4\",\n  \"4.4\"]\n"));
    }

    @Test
    void cartesianSweepsExpandInSchemaOrderWithTheFirstParameterSlowest() {
        final CampaignPlan p = plan(HEAD + "[parameters]\nlabel = \"y\"\n[sweep]\nb = [0.25, 0.75]\na = [1, 2, 3]\n");
        assertEquals(List.of("a", "b"), p.swept());
        final List<String> got = new ArrayList<>();
        for (final ParameterPoint pt : p.points()) {
            got.add(pt.integer("a") + "/" + pt.real("b") + "/" + pt.string("label") + "/" + pt.integer("capacity"));
        }
        assertEquals(List.of("1/0.25/y/1000", "1/0.75/y/1000", "2/0.25/y/1000", "2/0.75/y/1000", "3/0.25/y/1000",
                "3/0.75/y/1000"), got);
        assertEquals(12, p.runCount());
    }

    @Test
    void zippedGroupsVaryTogetherAndCrossWithOtherDimensions() {
        final CampaignPlan p = plan(HEAD + "[sweep]\nlabel = [\"x\", \"y\"]\n[[sweep.zip]]\na = [1, 2, 3]\n"
                + "b = [0.1, 0.2, 0.3]\n");
        final List<String> got = new ArrayList<>();
        for (final ParameterPoint pt : p.points()) {
            got.add(pt.integer("a") + "/" + pt.real("b") + "/" + pt.string("label"));
        }
        assertEquals(List.of("1/0.1/x", "1/0.1/y", "2/0.2/x", "2/0.2/y", "3/0.3/x", "3/0.3/y"), got);
    }

    @Test
    void zippedGroupsMayBeWrittenAsAnInlineArrayOfTables() {
        final CampaignPlan tables = plan(HEAD + "[[sweep.zip]]\na = [1, 2]\nb = [0.1, 0.2]\n");
        final CampaignPlan inline = plan(HEAD + "[sweep]\nzip = [{a = [1, 2], b = [0.1, 0.2]}]\n");
        assertEquals(2, inline.points().size());
        assertEquals(tables.configHash(), inline.configHash());
    }

    @Test
    void configHashIgnoresLayoutAndCommentsButNotValues() {
        final String a = HEAD + "[sweep]\na = [1, 2]\nb = [0.5, 1.0]\n";
        final String sameRuns = "# comment\n[sweep]\nb = [0.5, 1]\na = [1, 2]\n\n[experiment]\nmodel = \"fake\"\n"
                + "replications = 2\nname = \"t\"\n";
        final String otherValue = HEAD + "[sweep]\na = [1, 3]\nb = [0.5, 1.0]\n";
        assertEquals(plan(a).configHash(), plan(sameRuns).configHash());
        assertNotEquals(plan(a).configHash(), plan(otherValue).configHash());
    }

    @Test
    void runSeedsDependOnPointValuesAndReplicationNotOnSweepPosition() {
        final CampaignPlan forward = plan(HEAD + "[sweep]\na = [1, 2, 3]\n");
        final CampaignPlan backward = plan(HEAD + "[sweep]\na = [3, 2, 1]\n");
        final List<PlannedRun> f = forward.runs();
        final List<PlannedRun> b = backward.runs();
        // point a=1 is first in one plan and last in the other
        assertEquals(f.get(0).seed(), b.get(4).seed());
        assertEquals(f.get(1).seed(), b.get(5).seed());
        assertNotEquals(f.get(0).seed(), f.get(1).seed());
        assertNotEquals(f.get(0).seed(), f.get(2).seed());
    }
}
