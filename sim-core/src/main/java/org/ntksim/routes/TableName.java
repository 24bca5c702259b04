package org.ntksim.routes;

/**
 * The name of a kernel routing table as it appears in {@code /etc/iproute2/rt_tables}: {@code ntk}
 * (what the host itself sends) or {@code ntk_from_<MAC>} (what it forwards for the neighbour with that MAC).
 */
public record TableName(String name) {

    /** The table of locally generated packets, id 251 in the proof of concept. */
    public static final TableName NTK = new TableName("ntk");

    /** The forwarding table for packets received from the neighbour interface {@code peerMac}. */
    public static TableName forwardingFrom(final String peerMac) {
        return new TableName("ntk_from_" + peerMac);
    }

    @Override
    public String toString() {
        return name;
    }
}
