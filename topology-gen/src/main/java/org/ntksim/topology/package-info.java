/**
 * Seeded topology generators (grid, random geometric, G(n,p), Barabasi-Albert, Watts-Strogatz,
 * complete) and importers of real mesh topologies (GraphML, NetJSON). Generators are pure functions
 * of (specification, random stream); freezing a graph into primitive arrays is a separate step.
 */
package org.ntksim.topology;
