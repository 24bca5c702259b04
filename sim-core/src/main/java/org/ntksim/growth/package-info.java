/**
 * Automated growth and churn of a Netsukuku network at scale, on the event engine: nodes of a
 * potential network ({@link org.ntksim.growth.Universe}) arrive, form arcs, enter the network of a
 * neighbour (taking a free position or executing the shortest migration path that frees one, as
 * the Hooking module's rules say), networks that meet merge (the smaller enters the larger as one
 * g-node), and churn removes nodes and arcs, splitting g-nodes that then re-enter. Routing is a
 * pluggable {@link org.ntksim.growth.RoutingBackend}; metrics go to a
 * {@link org.ntksim.metrics.RunRecorder}. Every decision and simplification is written down in
 * {@code docs/growth.md}.
 *
 * <p>Hot state is struct-of-arrays indexed by universe node id ({@link org.ntksim.growth.HierarchyState});
 * the migration-path search ({@link org.ntksim.growth.MigrationPathSearch}) is a BFS over g-nodes bounded
 * in distance and in visited g-nodes, local thanks to the maintained g-node adjacency
 * ({@link org.ntksim.growth.GnodeAdjacency}). Not thread-safe: one simulation per thread.
 */
package org.ntksim.growth;
