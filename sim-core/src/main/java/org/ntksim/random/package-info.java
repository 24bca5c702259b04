/**
 * Reproducible random streams: every generator derives from (seed, run, stream name[, index]).
 *
 * <p>Part of the discrete-event kernel ({@code time}, {@code random}, {@code engine}); it imports
 * nothing from the rest of ntksim. Model code must obtain its generators from
 * {@link org.ntksim.random.RandomStreams} and pass them explicitly to commons-math3
 * distributions; {@code new Random()}, {@code Math.random()} and seedless distribution
 * constructors are banned.
 */
package org.ntksim.random;
