/**
 * Parameterized experiments: the model SPI ({@link org.ntksim.experiment.ExperimentModel}, its
 * parameter schema and the registry of built-in models) and the campaign plan, i.e. the canonical
 * list of runs a config expands to, each with a seed derived from (base seed, parameter point,
 * replication) so that results do not depend on run order or on how many workers run them.
 *
 * <p>Subpackages: {@code config} reads and checks experiment files, {@code run} executes a plan
 * (parallel, resumable, sharded), {@code output} writes the tidy CSV, summary, metadata and plots,
 * and {@code statictables} is the first built-in model. Lives in the cli module because models
 * need both sim-core and topology-gen.
 */
package org.ntksim.experiment;
