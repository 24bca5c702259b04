package org.ntksim.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.ntksim.random.RandomStreams;
import org.ntksim.time.SimTime;

class SimulationTest {

    private final Simulation sim = new Simulation(new RandomStreams(1, 0));
    private final List<String> log = new ArrayList<>();

    private int logging() {
        return sim.registerHandler((s, target, arg) -> log.add(s.nowNs() + ":" + target));
    }

    @Test
    void runUntilShouldRunEventsUpToTheBoundaryInclusiveAndSetTheClockToIt() {
        final int kind = logging();
        sim.scheduleAt(10, kind, 1, 0);
        sim.scheduleAt(20, kind, 2, 0);
        sim.scheduleAt(21, kind, 3, 0);
        assertEquals(2, sim.runUntil(20));
        assertEquals(List.of("10:1", "20:2"), log);
        assertEquals(20, sim.nowNs());
        assertEquals(1, sim.pendingEvents());
        assertEquals(0, sim.runUntil(20));
        sim.runUntil(SimTime.seconds(1));
        assertEquals(List.of("10:1", "20:2", "21:3"), log);
        assertEquals(SimTime.seconds(1), sim.nowNs());
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(5));
    }

    @Test
    void runUntilInSlicesPausesAtTheLastEventOfEachSliceAndEndsAsOneRunUntil() {
        final int kind = logging();
        sim.scheduleAt(10, kind, 1, 0);
        sim.scheduleAt(20, kind, 2, 0);
        sim.scheduleAt(20, kind, 3, 0);
        sim.scheduleAt(31, kind, 4, 0);
        assertFalse(sim.runUntil(30, 2));
        assertEquals(List.of("10:1", "20:2"), log);
        assertEquals(20, sim.nowNs(), "paused at its last event, not at the boundary");
        assertFalse(sim.runUntil(30, 1), "a slice that ends on the last event before the boundary has not seen past it");
        assertEquals(20, sim.nowNs());
        assertTrue(sim.runUntil(30, 1));
        assertEquals(List.of("10:1", "20:2", "20:3"), log);
        assertEquals(30, sim.nowNs());
        assertEquals(1, sim.pendingEvents());
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(40, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.runUntil(29, 5));
    }

    @Test
    void stopShouldEndTheRunAfterTheCurrentEvent() {
        final int kind = logging();
        final int stopper = sim.registerHandler((s, target, arg) -> s.stop());
        sim.scheduleAt(1, kind, 1, 0);
        sim.scheduleAt(2, stopper, 0, 0);
        sim.scheduleAt(2, kind, 2, 0);
        sim.scheduleAt(3, kind, 3, 0);
        assertEquals(2, sim.run());
        assertEquals(List.of("1:1"), log);
        assertEquals(2, sim.nowNs());
        assertEquals(2, sim.runUntil(100));
        assertEquals(List.of("1:1", "2:2", "3:3"), log);
        assertEquals(100, sim.nowNs());
    }

    @Test
    void stoppedRunUntilShouldLeaveTheClockAtTheStoppingEvent() {
        final int stopper = sim.registerHandler((s, target, arg) -> s.stop());
        sim.scheduleAt(5, stopper, 0, 0);
        sim.runUntil(50);
        assertEquals(5, sim.nowNs());
    }

    @Test
    void schedulingInThePastShouldThrow() {
        final int kind = logging();
        sim.runUntil(100);
        final IllegalArgumentException e =
                assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(99, kind, 0, 0));
        assertTrue(e.getMessage().contains("past"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(-1, kind, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.scheduleAt(99, () -> { }));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(Long.MAX_VALUE, kind, 0, 0));
        assertEquals(0, sim.pendingEvents());
        sim.scheduleAt(100, kind, 0, 0); // now is allowed
        assertEquals(1, sim.pendingEvents());
    }

    @Test
    void unregisteredKindsShouldBeRejected() {
        final int kind = logging();
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, kind + 1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, Simulation.ACTION_KIND, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> sim.schedule(1, -1, 0, 0));
    }

    @Test
    void clockShouldBeMonotoneAndEqualToTheEventTime() {
        final RandomStreams streams = new RandomStreams(3, 0);
        final org.apache.commons.math3.random.RandomGenerator rng = streams.stream("test");
        final long[] last = {0};
        final int[] kind = new int[1];
        kind[0] = sim.registerHandler((s, target, arg) -> {
            assertTrue(s.nowNs() >= last[0]);
            assertEquals(arg, s.nowNs(), "clock equals the event's scheduled time");
            last[0] = s.nowNs();
            if (s.eventsExecuted() < 5_000) {
                final long delay = rng.nextInt(3) == 0 ? 0 : rng.nextInt(1000);
                s.schedule(delay, kind[0], target, s.nowNs() + delay);
            }
        });
        for (int i = 0; i < 10; i++) {
            sim.schedule(i, kind[0], i, i);
        }
        sim.run();
        assertEquals(5_009, sim.eventsExecuted());
        assertEquals(0, sim.pendingEvents());
    }

    @Test
    void runEventsShouldExecuteAtMostTheGivenNumber() {
        final int kind = logging();
        for (int i = 0; i < 5; i++) {
            sim.scheduleAt(i, kind, i, 0);
        }
        assertEquals(3, sim.runEvents(3));
        assertEquals(2, sim.nowNs());
        assertEquals(2, sim.runEvents(10));
        assertEquals(5, sim.eventsExecuted());
    }

    @Test
    void runnableEventsShouldRunInOrderAndBeCancellable() {
        final int kind = logging();
        sim.schedule(2, () -> log.add("action@" + sim.nowNs()));
        final long cancelled = sim.schedule(3, () -> log.add("never"));
        sim.schedule(2, kind, 7, 0);
        sim.scheduleAt(1, () -> log.add("first@" + sim.nowNs()));
        assertTrue(sim.cancel(cancelled));
        assertFalse(sim.cancel(cancelled));
        sim.run();
        assertEquals(List.of("first@1", "action@2", "2:7"), log);
    }

    @Test
    void cancelShouldPreventExecution() {
        final int kind = logging();
        final long h = sim.schedule(5, kind, 1, 0);
        sim.schedule(6, kind, 2, 0);
        assertTrue(sim.cancel(h));
        sim.run();
        assertEquals(List.of("6:2"), log);
        assertFalse(sim.cancel(h));
    }

    @Test
    void handlersMayScheduleAtTheCurrentTimeAndRunAfterAlreadyPendingTies() {
        final int[] kinds = new int[2];
        kinds[1] = logging();
        kinds[0] = sim.registerHandler((s, target, arg) -> {
            log.add("spawn");
            s.schedule(0, kinds[1], 99, 0);
        });
        sim.scheduleAt(4, kinds[0], 0, 0);
        sim.scheduleAt(4, kinds[1], 1, 0);
        sim.run();
        assertEquals(List.of("spawn", "4:1", "4:99"), log);
    }

    @Test
    void runningFromInsideAHandlerShouldThrow() {
        final int kind = sim.registerHandler((s, target, arg) -> s.run());
        sim.schedule(1, kind, 0, 0);
        assertThrows(IllegalStateException.class, sim::run);
        assertFalse(sim.isRunning());
    }

    @Test
    void observerShouldSeeEveryExecutedEvent() {
        final int kind = logging();
        final List<String> seen = new ArrayList<>();
        sim.setObserver((t, k, target, arg) -> seen.add(t + "/" + k + "/" + target + "/" + arg));
        sim.schedule(3, kind, 4, 5);
        sim.run();
        assertEquals(List.of("3/" + kind + "/4/5"), seen);
    }

    @Test
    void simulationsShouldBeIndependent() {
        final Simulation other = new Simulation(new RandomStreams(1, 0), new ReferenceEventQueue());
        final int kind = logging();
        final int otherKind = other.registerHandler((s, t, a) -> { });
        sim.schedule(10, kind, 0, 0);
        other.schedule(20, otherKind, 0, 0);
        sim.run();
        assertEquals(10, sim.nowNs());
        assertEquals(0, other.nowNs());
        assertEquals(1, other.pendingEvents());
        assertEquals(20, other.nextEventTimeNs());
    }

    @Test
    void constructorShouldRejectANonEmptyQueue() {
        final EventQueue q = new HeapEventQueue();
        q.schedule(1, 1, 0, 0);
        assertThrows(IllegalArgumentException.class, () -> new Simulation(new RandomStreams(1, 0), q));
    }
}
