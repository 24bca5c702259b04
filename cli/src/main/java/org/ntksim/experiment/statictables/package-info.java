/**
 * The {@code static-tables} experiment model: generate or import a topology, partition it into
 * connected g-nodes and give every node an address, compute every route table on the fast path, and
 * measure the tables (destinations and entries per node, unreachable entries, path stretch of
 * sampled pairs by a hop-by-hop forwarding walk, address-space use per level). No event loop: it
 * measures a converged network, not its growth.
 */
package org.ntksim.experiment.statictables;
