/**
 * The route-table model of one identity: table names ({@code ntk}, {@code ntk_from_<MAC>}), route
 * targets (unreachable, blackhole, via a gateway) and the desired content of every table, computed
 * from the QSPN map. Knows nothing of command syntax: {@code org.ntksim.kernel} renders it.
 * Not thread-safe.
 */
package org.ntksim.routes;
