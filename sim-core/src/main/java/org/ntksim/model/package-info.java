/**
 * The systems of a Netsukuku network as the proof of concept drove them: real NICs and the pseudo NICs
 * of future namespaces, arcs between systems, identities (main and connectivity) with their identity
 * arcs, forwarding tables and their ids, and the operations the person typed (start, arcs, entry into
 * another network, migration, dismissal). Every operation emits typed kernel operations
 * ({@link org.ntksim.kernel.KernelOp}) in the order the system runs them; rendering them as commands is
 * not this package's business. Not thread-safe.
 */
package org.ntksim.model;
