/**
 * What one simulation run measured: named scalar metrics, counters and time series, collected by model
 * code in simulated time and handed to the experiment runner, which writes them out. Deterministic by
 * construction: no wall clock here (the runner measures wall time and memory itself), iteration in
 * name order, so the same run gives the same rows.
 */
package org.ntksim.metrics;
