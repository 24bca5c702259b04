package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.ntksim.engine.Simulation;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.qspn.EtpParameters;
import org.ntksim.random.RandomStreams;

/**
 * The per-cause ETP accounting of the message-level backend: every burst lands in exactly one class, named
 * by the most disruptive change in it, so the classes add up to all ETPs sent.
 */
class MessageQspnBackendTest {

    @Test
    void burstsAreChargedToTheirMostDisruptiveChangeAndAddUpToAllEtps() {
        final Simulation sim = new Simulation(new RandomStreams(5, 0));
        final MessageQspnBackend backend = new MessageQspnBackend(sim, new int[] {4, 4}, EtpParameters.proof());
        // burst 1: a lone identity entering (first address, no arcs yet) and an arc: an arrival
        final int a = backend.addIdentity(new int[] {0, 0});
        final int b = backend.addIdentity(new int[] {0, 0});
        backend.changeAddress(b, new int[] {1, 0});
        backend.addArc(a, b, 3, 3_000);
        sim.run();
        // burst 2: a third identity arrives
        final int c = backend.addIdentity(new int[] {2, 0});
        backend.addArc(b, c, 2, 2_000);
        sim.run();
        // burst 3: an identity with arcs moves to another level-1 g-node, with a cost change in the same burst
        backend.changeAddress(c, new int[] {2, 1});
        backend.changeArcCost(a, b, 5);
        sim.run();
        // burst 4: a removal
        backend.removeArc(b, c);
        sim.run();
        final RunRecorder recorder = new RunRecorder();
        backend.checkpoint(0, sim.nowNs(), recorder);
        final Map<String, Double> r = recorder.results();

        assertEquals(4.0, r.get("qspn.bursts"));
        assertEquals(2.0, r.get("qspn.cause.arrival.bursts"));
        assertEquals(1.0, r.get("qspn.cause.addr1.bursts"), "highest changed level of the move is 1");
        assertEquals(0.0, r.get("qspn.cause.addr0.bursts"));
        assertEquals(1.0, r.get("qspn.cause.removal.bursts"));
        assertEquals(0.0, r.get("qspn.cause.cost.bursts"), "the cost change rode in the move's burst");
        assertEquals(2.0, r.get("qspn.cause.addr1.changes"));
        double sum = 0;
        for (final String cls : new String[] {"cost", "arrival", "removal", "addr0", "addr1"}) {
            sum += r.get("qspn.cause." + cls + ".etps");
        }
        assertTrue(r.get("qspn.etps") > 0);
        assertEquals(r.get("qspn.etps"), sum, "every ETP is charged to one class");
        assertTrue(r.get("qspn.cause.addr1.etps") > 0 && r.get("qspn.cause.removal.etps") > 0);
        assertTrue(r.get("qspn.etps_max_burst") >= sum / 4 && r.get("qspn.etps_max_burst") <= sum);
    }
}
