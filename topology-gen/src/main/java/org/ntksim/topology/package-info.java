/**
 * Seeded topology generators and the graph value they produce.
 *
 * <p>{@link org.ntksim.topology.MeshGraph} is an immutable, address-less undirected graph with
 * positive {@code double} arc costs; {@link org.ntksim.topology.MeshGenerators} makes grids,
 * unit-disk (random geometric) graphs, G(n,p) (connected by rejection or by bridges),
 * Barabási–Albert, Watts–Strogatz and complete graphs; {@link org.ntksim.topology.ArcCosts} draws
 * arc costs (constant, uniform, exponential, log-normal, distance-proportional). Generators are pure
 * functions of (specification, random stream): streams come from
 * {@code org.ntksim.random.RandomStreams}, never from an unseeded source. Freezing is a separate
 * step: {@link org.ntksim.topology.MeshGraph#freeze()} (CSR arrays) or
 * {@link org.ntksim.topology.MeshGraph#toNetworkState} (Netsukuku addresses, integer costs).
 *
 * <p>{@link org.ntksim.topology.GridNetworks} and {@link org.ntksim.topology.RandomGeometricNetworks}
 * are the older, address-assigning generators used by the route benchmarks; they take a plain
 * {@code long} seed and are kept unchanged so benchmark figures stay comparable. Importers of real
 * topologies are in {@code org.ntksim.topology.io}.
 */
package org.ntksim.topology;
