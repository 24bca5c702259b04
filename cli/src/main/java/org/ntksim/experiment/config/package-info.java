/**
 * Experiment files (TOML, schema in docs/experiments.md): reading, schema checks with "did you
 * mean" suggestions, sweep expansion (cartesian dimensions and zipped groups) into a
 * {@link org.ntksim.experiment.CampaignPlan}, and cross-checks of every point by the model, all
 * before any run starts. Every error is one {@link org.ntksim.experiment.config.ConfigException}
 * line {@code FILE:LINE: key 'a.b': message}.
 */
package org.ntksim.experiment.config;
