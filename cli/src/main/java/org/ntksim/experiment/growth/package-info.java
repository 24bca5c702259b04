/**
 * The {@code growth} experiment model: a Netsukuku network grows over a topology from topology-gen
 * (nodes arrive, enter, migrate, networks merge, churn), simulated by {@link
 * org.ntksim.growth.GrowthSimulation} with fast-path or message-level routes.
 */
package org.ntksim.experiment.growth;
