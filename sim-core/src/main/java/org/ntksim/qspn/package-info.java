/**
 * QSPN at the level of messages: the g-nodes a path crosses, the paths an identity knows per
 * destination, and the ETPs (Extended Tracer Packets) by which neighbours tell each other their paths.
 * Paths are stored with absolute g-nodes and turned into hierarchical coordinates relative to the
 * identity's current address when asked, so an address change does not invalidate the map.
 * {@link org.ntksim.qspn.QspnConvergence} lets ETPs flow by themselves, as events of an
 * {@code engine.Simulation}, until quiescence (the scripted replay processes only the ETPs its scenario names).
 * {@link org.ntksim.qspn.EtpNetwork} is the scalable message-level QSPN: incremental ETPs, the retention of
 * spec §5.1 (max_paths disjoint paths plus mandatory ones) and compact int-array paths, driven by the growth
 * model through add/remove/change calls (docs/routing.md §6).
 * Not thread-safe.
 */
package org.ntksim.qspn;
