/**
 * What a campaign leaves on disk (docs/experiments.md): the campaign directory marker with its
 * config hash, one atomically written file per finished run, and the assembled outputs built from
 * the run files only: tidy {@code metrics.csv} and {@code series.csv} and {@code summary.csv} (means
 * with Student-t 95% confidence intervals), all in canonical order so that the same plan gives
 * byte-identical files whatever the number of jobs or shards; {@code perf.csv} (wall time, heap,
 * events/s: machine-dependent, kept apart); {@code metadata.json}; PNG plots. Also the merge of
 * shard directories.
 */
package org.ntksim.experiment.output;
