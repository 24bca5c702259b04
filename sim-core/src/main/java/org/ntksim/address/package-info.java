/**
 * Netsukuku hierarchical addresses and their mapping onto IPv4.
 *
 * <p>A {@link org.ntksim.address.Topology} fixes the number of levels and the size of a g-node at each
 * level; a {@link org.ntksim.address.NetsukukuAddress} gives one position per level (a position
 * {@code >= gsize} is virtual); {@link org.ntksim.address.Ipv4Mapping} turns addresses and destination
 * g-nodes into the global, anonymizing and internal IPv4 forms in 10.0.0.0/8 that the proof of concept
 * writes into the kernel. Levels are numbered from 0 (single nodes) up; text forms are written top level
 * first ({@code 4.2.2.2}, {@code 3.1.0.0}). Everything here is immutable and thread-safe.
 */
package org.ntksim.address;
