package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.function.Supplier;
import org.apache.commons.math3.distribution.ExponentialDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import org.junit.jupiter.api.Test;
import org.ntksim.random.RandomStreams;
import org.ntksim.time.SimTime;

/**
 * Pins the event order of a small seeded model: PHOLD with 50 logical processes, seed 42, run 0,
 * up to 1 s. Each event sends one event to a random process after an exponential delay
 * (mean 1 ms; one in eight is sent with zero delay, to exercise ties) and, one time in four,
 * cancels and re-arms a per-process timer (to exercise cancellation).
 *
 * <p>The same fingerprint is required with every queue implementation: that part is a real
 * cross-check. If the constant changes, the event order changed: only update it deliberately,
 * and say so in the commit message.
 */
class PholdGoldenTest {

    private static final long FINGERPRINT = 0x157490dfc2b285ebL;
    private static final long EVENTS = 69_796L;

    static EventFingerprint runPhold(final Supplier<EventQueue> queue) {
        final RandomStreams streams = new RandomStreams(42, 0);
        final Simulation sim = new Simulation(streams, queue.get());
        final int processes = 50;
        final RandomGenerator rng = streams.stream("phold");
        final ExponentialDistribution delay = new ExponentialDistribution(rng, SimTime.MS);
        final long[] timers = new long[processes];
        final int timerKind = sim.registerHandler((s, target, arg) -> timers[target] = EventQueue.NO_HANDLE);
        final int[] jobKind = new int[1];
        jobKind[0] = sim.registerHandler((s, target, arg) -> {
            final int to = rng.nextInt(processes);
            final long delayNs = rng.nextInt(8) == 0 ? 0 : 1 + (long) delay.sample();
            s.schedule(delayNs, jobKind[0], to, arg + 1);
            if (rng.nextInt(4) == 0) {
                s.cancel(timers[target]);
                timers[target] = s.schedule(SimTime.micros(500), timerKind, target, 0);
            }
        });
        for (int p = 0; p < processes; p++) {
            sim.schedule(1 + (long) delay.sample(), jobKind[0], p, 0);
        }
        final EventFingerprint fingerprint = new EventFingerprint();
        sim.setObserver(fingerprint);
        sim.runUntil(SimTime.seconds(1));
        return fingerprint;
    }

    @Test
    void heapQueueShouldReproduceThePinnedFingerprint() {
        final EventFingerprint f = runPhold(HeapEventQueue::new);
        assertEquals(EVENTS, f.events(), f.toString());
        assertEquals(FINGERPRINT, f.value(), f.toString());
    }

    @Test
    void radixQueueShouldReproduceThePinnedFingerprint() {
        final EventFingerprint f = runPhold(RadixEventQueue::new);
        assertEquals(EVENTS, f.events(), f.toString());
        assertEquals(FINGERPRINT, f.value(), f.toString());
    }

    @Test
    void referenceQueueShouldReproduceThePinnedFingerprint() {
        final EventFingerprint f = runPhold(ReferenceEventQueue::new);
        assertEquals(EVENTS, f.events(), f.toString());
        assertEquals(FINGERPRINT, f.value(), f.toString());
    }

    @Test
    void fingerprintShouldDependOnEventOrder() {
        final EventFingerprint ab = new EventFingerprint();
        ab.onEvent(1, 1, 1, 0);
        ab.onEvent(1, 1, 2, 0);
        final EventFingerprint ba = new EventFingerprint();
        ba.onEvent(1, 1, 2, 0);
        ba.onEvent(1, 1, 1, 0);
        assertEquals(2, ab.events());
        org.junit.jupiter.api.Assertions.assertNotEquals(ab.value(), ba.value());
        ab.reset();
        assertEquals(new EventFingerprint().value(), ab.value());
    }
}
