/**
 * Executes a campaign plan: picks the runs of this shard that have no run file yet (so a killed
 * campaign resumes where it stopped), checks the memory estimate against the heap, runs them on a
 * pool of worker threads, reports progress with an ETA on stderr, and assembles the outputs once
 * every run of the plan is in the directory. Run results never depend on the number of jobs: each
 * run has its own seed and its own recorder, and the outputs are assembled in canonical order.
 */
package org.ntksim.experiment.run;
