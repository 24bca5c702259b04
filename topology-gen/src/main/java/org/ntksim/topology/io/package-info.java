/**
 * Importers of real topologies into {@link org.ntksim.topology.MeshGraph}: NetJSON NetworkGraph
 * (the format community mesh networks publish, parsed with Jackson) and GraphML (jgrapht-io).
 * Malformed input fails with a {@link org.ntksim.topology.io.TopologyFormatException} naming the
 * file, the position (line, JSON path or edge number) and what was expected. Self-links are
 * dropped and of two links joining the same pair of nodes (in either direction) the first in file
 * order is kept; both are counted in the result. Importers are stateless and thread-safe.
 */
package org.ntksim.topology.io;
