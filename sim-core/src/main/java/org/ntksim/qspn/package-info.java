/**
 * QSPN at the level of messages: the g-nodes a path crosses, the paths an identity knows per
 * destination, and the ETPs (Extended Tracer Packets) by which neighbours tell each other their paths.
 * Paths are stored with absolute g-nodes and turned into hierarchical coordinates relative to the
 * identity's current address when asked, so an address change does not invalidate the map.
 * {@link org.ntksim.qspn.QspnConvergence} lets ETPs flow by themselves, as events of an
 * {@code engine.Simulation}, until quiescence (the scripted replay processes only the ETPs its scenario names).
 * Not thread-safe.
 */
package org.ntksim.qspn;
