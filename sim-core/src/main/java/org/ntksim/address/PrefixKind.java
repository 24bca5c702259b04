package org.ntksim.address;

/** The three IPv4 forms of a Netsukuku address or destination. */
public enum PrefixKind {
    /** Valid in the whole network; the marker bits are 00. */
    GLOBAL,
    /** As global, but the destination does not learn the source (SNAT); marker bits 10. */
    ANONYMIZING,
    /** Valid only inside one's own g-node of a given level; marker bits 01, level number in the top field. */
    INTERNAL
}
