/**
 * Fast-path route tables: from a network state (identities with Netsukuku addresses, arcs with
 * costs) compute, for every identity, its table {@code ntk} and one {@code ntk_from_<neighbour>}
 * table per arc, directly, without message passing. The rules are in {@code docs/routing.md}.
 *
 * <p>Build with objects ({@link org.ntksim.fastpath.NetworkState.Builder}), run on primitive arrays
 * ({@link org.ntksim.fastpath.CsrNetwork}: identities sorted by address so that every g-node at every
 * level is a contiguous index range; CSR adjacency). {@link org.ntksim.fastpath.FastPathRouter} runs
 * one reverse Dijkstra per (level, parent g-node, destination g-node) settling two labels per node
 * (best path, best path starting in another neighbour class), on Dial's buckets
 * ({@link org.ntksim.fastpath.BucketQueue}) or a monotone radix heap
 * ({@link org.ntksim.fastpath.RadixQueue}) with reused scratch arrays, and emits packed 8-byte entries ({@link org.ntksim.fastpath.RouteEntry}) to a
 * {@link org.ntksim.fastpath.RouteSink}; {@link org.ntksim.fastpath.RouteTables} is the sink that stores
 * them, one block per destination g-node in production order (sequential writes);
 * {@link org.ntksim.fastpath.TableRenderer} prints one identity's tables as {@code ip route} lines.
 * Option {@code Semantics.QSPN_IDEAL}: exact ideal-QSPN entries
 * ({@link org.ntksim.fastpath.ContiguousPathSearch}, best-first over contiguous partial paths). Not thread-safe: one router per thread.
 */
package org.ntksim.fastpath;
