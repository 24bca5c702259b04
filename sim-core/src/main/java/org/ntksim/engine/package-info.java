/**
 * The discrete-event engine: clock, future event set and run loop.
 *
 * <p>Knows nothing about nodes, links or packets: an event is five primitives
 * (time in ns, sequence number, int kind, int target, long argument) and a handler registered
 * for its kind. Events are ordered by (time, sequence); the sequence is assigned at scheduling,
 * so events at equal times run in the order they were scheduled and a run is a pure function of
 * its inputs. Cancellation is lazy, through {@code long} handles.
 *
 * <ul>
 *   <li>{@link org.ntksim.engine.EventQueue}: the future event set interface, with
 *       {@link org.ntksim.engine.RadixEventQueue} (monotone radix heap, the default and fastest
 *       on large populations), {@link org.ntksim.engine.HeapEventQueue} (4-ary heap, no
 *       monotonicity requirement), both allocation-free in steady state, and
 *       {@link org.ntksim.engine.ReferenceEventQueue} ({@code java.util.PriorityQueue},
 *       obviously correct, the oracle of the tests);</li>
 *   <li>{@link org.ntksim.engine.Simulation}: owns clock, queue, random streams and handlers;</li>
 *   <li>{@link org.ntksim.engine.EventFingerprint}: order-sensitive hash of executed events,
 *       for golden regression tests.</li>
 * </ul>
 *
 * <p>Imports only {@code org.ntksim.time} and {@code org.ntksim.random} (enforced by a test).
 * Nothing here is thread-safe: use one {@code Simulation} per thread.
 */
package org.ntksim.engine;
