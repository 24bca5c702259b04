/**
 * JMH benchmarks, named {@code <Subject><Workload>Bench}. Build with {@code ./mvnw -B -ntp verify}
 * and run with {@code java -jar benchmarks/target/benchmarks.jar <regex>}; see
 * {@code benchmarks/README.md} for the commands and the reference figures.
 *
 * <p>Random inputs are drawn from {@link org.ntksim.random.RandomStreams} in {@code @Setup} and
 * stored in arrays, so the measured loops time the engine, not the random number generator.
 */
package org.ntksim.bench;
