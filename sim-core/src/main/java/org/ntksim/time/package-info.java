/**
 * Simulated time: a {@code long} count of nanoseconds, and the one place where human units
 * ({@code "10ms"}, {@code "1.5s"}, {@code "2min"}) are parsed and printed.
 *
 * <p>Part of the discrete-event kernel ({@code time}, {@code random}, {@code engine}); it imports
 * nothing from the rest of ntksim. {@code double} seconds appear only at the edges (reports,
 * plots), never in event times.
 */
package org.ntksim.time;
