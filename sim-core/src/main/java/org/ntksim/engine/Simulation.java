package org.ntksim.engine;

import it.unimi.dsi.fastutil.longs.Long2IntOpenHashMap;
import java.util.Arrays;
import java.util.Objects;
import org.ntksim.random.RandomStreams;
import org.ntksim.time.SimTime;

/**
 * One discrete-event simulation: it owns the clock, the future event set, the random streams
 * and the event handlers. There is no static state, so any number of simulations can run in one
 * JVM (one per thread; a {@code Simulation} is not thread-safe).
 *
 * <p><b>Events</b> are {@code (kind, target, arg)} triples executed at a time in ns. Register a
 * handler per kind once ({@link #registerHandler}), then schedule with
 * {@link #schedule(long, int, int, long)}: the hot path allocates nothing. For cold paths,
 * {@link #schedule(long, Runnable)} runs an arbitrary action (kind {@link #ACTION_KIND}).
 * Events run in (time, scheduling order) order, so a run is a pure function of its inputs.
 *
 * <pre>{@code
 * Simulation sim = new Simulation(new RandomStreams(seed, run));
 * int arrival = sim.registerHandler((s, node, packetId) -> model.onArrival(s.nowNs(), node, packetId));
 * sim.schedule(SimTime.parse("10ms"), arrival, 0, 42L);
 * sim.runUntil(SimTime.seconds(1));
 * }</pre>
 * A model whose handlers schedule events of their own kind registers them in its constructor
 * and keeps the kinds in {@code final int} fields.
 *
 * <p><b>Clock.</b> {@link #nowNs()} starts at 0 and never decreases; it equals the time of the
 * event being executed. Scheduling before {@code nowNs()} throws.
 */
public final class Simulation implements java.io.Serializable {

    /** The kind of events scheduled with a {@link Runnable}; never returned by {@link #registerHandler}. */
    public static final int ACTION_KIND = 0;

    private final EventQueue queue;
    private final RandomStreams streams;
    private final EventCursor current = new EventCursor();

    private EventHandler[] handlers = new EventHandler[8];
    private int handlerCount;

    private long nowNs;
    private long executed;
    private boolean running;
    private boolean stopRequested;
    private EventObserver observer;

    // Cold-path Runnable events: action index in arg; handle -> index, to free it on cancel.
    private Runnable[] actions = new Runnable[16];
    private int[] freeActions = new int[16];
    private int freeActionTop;
    private int actionCount;
    private final Long2IntOpenHashMap actionByHandle = new Long2IntOpenHashMap();

    /** A simulation using a {@link RadixEventQueue}, the fastest queue for simulations. */
    public Simulation(final RandomStreams streams) {
        this(streams, new RadixEventQueue());
    }

    /**
     * @param streams the random streams of this run
     * @param queue an empty future event set, owned by this simulation from now on
     */
    public Simulation(final RandomStreams streams, final EventQueue queue) {
        this.streams = Objects.requireNonNull(streams, "streams");
        this.queue = Objects.requireNonNull(queue, "queue");
        if (!queue.isEmpty()) {
            throw new IllegalArgumentException("queue must be empty, has " + queue.size() + " events");
        }
        actionByHandle.defaultReturnValue(-1);
        handlers[ACTION_KIND] = (sim, target, arg) -> sim.runAction((int) arg);
        handlerCount = 1;
    }

    /**
     * Registers the handler of a new event kind.
     *
     * @return the kind to pass to {@link #schedule(long, int, int, long)}; kinds are assigned
     *     1, 2, 3, ... in registration order
     */
    public int registerHandler(final EventHandler handler) {
        Objects.requireNonNull(handler, "handler");
        if (handlerCount == handlers.length) {
            handlers = Arrays.copyOf(handlers, 2 * handlers.length);
        }
        handlers[handlerCount] = handler;
        return handlerCount++;
    }

    /**
     * Schedules an event {@code delayNs} after now.
     *
     * @return a handle for {@link #cancel}
     * @throws IllegalArgumentException if {@code delayNs < 0}, the time overflows, or
     *     {@code kind} is not registered
     */
    public long schedule(final long delayNs, final int kind, final int target, final long arg) {
        final long atNs = nowNs + delayNs;
        if (delayNs < 0 || atNs < 0 || kind <= ACTION_KIND || kind >= handlerCount) {
            throw badSchedule(delayNs, atNs, kind);
        }
        return queue.schedule(atNs, kind, target, arg);
    }

    /**
     * Schedules an event at absolute time {@code atNs}.
     *
     * @return a handle for {@link #cancel}
     * @throws IllegalArgumentException if {@code atNs < nowNs()} or {@code kind} is not registered
     */
    public long scheduleAt(final long atNs, final int kind, final int target, final long arg) {
        if (atNs < nowNs || kind <= ACTION_KIND || kind >= handlerCount) {
            throw badSchedule(atNs < nowNs ? -1 : 0, atNs, kind);
        }
        return queue.schedule(atNs, kind, target, arg);
    }

    /** Cold-path convenience: runs {@code action} {@code delayNs} after now. Allocates. */
    public long schedule(final long delayNs, final Runnable action) {
        final long atNs = nowNs + delayNs;
        if (delayNs < 0 || atNs < 0) {
            throw badSchedule(delayNs, atNs, ACTION_KIND);
        }
        return scheduleAction(atNs, action);
    }

    /** Cold-path convenience: runs {@code action} at absolute time {@code atNs}. Allocates. */
    public long scheduleAt(final long atNs, final Runnable action) {
        if (atNs < nowNs) {
            throw badSchedule(-1, atNs, ACTION_KIND);
        }
        return scheduleAction(atNs, action);
    }

    /**
     * Cancels a pending event in O(1).
     *
     * @return {@code true} if it was pending; {@code false} if it already ran or was cancelled
     */
    public boolean cancel(final long handle) {
        if (!queue.cancel(handle)) {
            return false;
        }
        if (!actionByHandle.isEmpty()) {
            final int index = actionByHandle.remove(handle);
            if (index >= 0) {
                freeAction(index);
            }
        }
        return true;
    }

    /**
     * Runs until no event is left or {@link #stop()} is called. The clock stays at the time of
     * the last executed event.
     *
     * @return the number of events executed by this call
     */
    public long run() {
        return loop(Long.MAX_VALUE, Long.MAX_VALUE);
    }

    /**
     * Executes every event with time {@code <= endNs} (inclusive), then sets the clock to
     * {@code endNs}, unless {@link #stop()} was called, in which case the clock stays at the
     * stopping event. Events scheduled later stay pending, so runs can be chained:
     * {@code runUntil(t1); runUntil(t2);} is the same as {@code runUntil(t2)}.
     *
     * @return the number of events executed by this call
     * @throws IllegalArgumentException if {@code endNs < nowNs()}
     */
    public long runUntil(final long endNs) {
        requireNotBefore(endNs);
        final long n = loop(endNs, Long.MAX_VALUE);
        if (!stopRequested) {
            nowNs = endNs;
        }
        return n;
    }

    /**
     * As {@link #runUntil(long)}, but returns early after {@code maxEvents} events: a long stretch of
     * simulated time can then be run in slices, with the caller free to act between two of them.
     * Chained calls execute the same events in the same order as one {@code runUntil(endNs)}.
     *
     * @return whether every event with time {@code <= endNs} was executed (the clock is then at
     *     {@code endNs}); false after {@code maxEvents} events or a {@link #stop()} (the clock stays at
     *     the last executed event)
     * @throws IllegalArgumentException if {@code endNs < nowNs()} or {@code maxEvents < 1}
     */
    public boolean runUntil(final long endNs, final long maxEvents) {
        requireNotBefore(endNs);
        if (maxEvents < 1) {
            throw new IllegalArgumentException("maxEvents must be >= 1, was " + maxEvents);
        }
        final long n = loop(endNs, maxEvents);
        if (n < maxEvents && !stopRequested) {
            nowNs = endNs;
            return true;
        }
        return false;
    }

    /**
     * Executes at most {@code maxEvents} events (fewer if the queue empties or {@link #stop()}
     * is called). The clock stays at the last executed event.
     *
     * @return the number of events executed by this call
     */
    public long runEvents(final long maxEvents) {
        if (maxEvents < 0) {
            throw new IllegalArgumentException("maxEvents must be >= 0, was " + maxEvents);
        }
        return loop(Long.MAX_VALUE, maxEvents);
    }

    private void requireNotBefore(final long endNs) {
        if (endNs < nowNs) {
            throw new IllegalArgumentException("cannot run until " + SimTime.format(endNs) + ": the clock is already at "
                    + SimTime.format(nowNs));
        }
    }

    /** Makes the current {@code run*} call return after the event being executed. */
    public void stop() {
        stopRequested = true;
    }

    private long loop(final long endNs, final long maxEvents) {
        if (running) {
            throw new IllegalStateException("the simulation is already running (run* called from a handler?)");
        }
        running = true;
        stopRequested = false;
        final EventQueue queue = this.queue;
        final EventCursor ev = this.current;
        long n = 0;
        try {
            while (n < maxEvents && !stopRequested && queue.poll(endNs, ev)) {
                final long timeNs = ev.timeNs();
                nowNs = timeNs;
                n++;
                executed++;
                final EventObserver obs = observer;
                if (obs != null) {
                    obs.onEvent(timeNs, ev.kind(), ev.target(), ev.arg());
                }
                handlers[ev.kind()].handle(this, ev.target(), ev.arg());
            }
        } finally {
            running = false;
        }
        return n;
    }

    /** @return the current simulated time in ns */
    public long nowNs() {
        return nowNs;
    }

    /** @return the random streams of this run */
    public RandomStreams streams() {
        return streams;
    }

    /** @return the total number of events executed since construction */
    public long eventsExecuted() {
        return executed;
    }

    /** @return the number of pending events */
    public int pendingEvents() {
        return queue.size();
    }

    /** @return the time of the next pending event, or {@code Long.MAX_VALUE} if there is none */
    public long nextEventTimeNs() {
        return queue.isEmpty() ? Long.MAX_VALUE : queue.peekTimeNs();
    }

    /** @return whether a {@code run*} call is executing */
    public boolean isRunning() {
        return running;
    }

    /** Sets the observer called before every event (e.g. an {@link EventFingerprint}); null removes it. */
    public void setObserver(final EventObserver observer) {
        this.observer = observer;
    }

    private long scheduleAction(final long atNs, final Runnable action) {
        Objects.requireNonNull(action, "action");
        final int index = allocateAction(action);
        final long handle = queue.schedule(atNs, ACTION_KIND, 0, index);
        actionByHandle.put(handle, index);
        return handle;
    }

    private void runAction(final int index) {
        final Runnable action = actions[index];
        actionByHandle.remove(current.handle());
        freeAction(index);
        action.run();
    }

    private int allocateAction(final Runnable action) {
        final int index;
        if (freeActionTop > 0) {
            index = freeActions[--freeActionTop];
        } else {
            if (actionCount == actions.length) {
                actions = Arrays.copyOf(actions, 2 * actionCount);
                freeActions = Arrays.copyOf(freeActions, 2 * actionCount);
            }
            index = actionCount++;
        }
        actions[index] = action;
        return index;
    }

    private void freeAction(final int index) {
        actions[index] = null;
        freeActions[freeActionTop++] = index;
    }

    private IllegalArgumentException badSchedule(final long delayNs, final long atNs, final int kind) {
        if (delayNs < 0) {
            return new IllegalArgumentException("cannot schedule in the past: at " + atNs + " ns, now " + nowNs + " ns");
        }
        if (atNs < 0) {
            return new IllegalArgumentException("event time overflows: now " + nowNs + " ns + delay " + delayNs + " ns");
        }
        return new IllegalArgumentException("unknown event kind " + kind + " (registered kinds: 1.."
                + (handlerCount - 1) + ")");
    }

    @Override
    public String toString() {
        return "Simulation[now=" + SimTime.format(nowNs) + ", executed=" + executed + ", pending=" + queue.size() + "]";
    }
}
