package org.ntksim.model;

import org.ntksim.address.Ipv4;
import org.ntksim.kernel.Mac;
import org.ntksim.routes.TableName;

/**
 * One side of an arc between two identities, over a real arc between their systems. When QSPN uses it
 * (a qspn-arc), it has a forwarding table named after the peer's MAC; the rule that makes the kernel
 * consult that table is added only once an ETP came through the arc.
 */
public final class IdentityArc {

    private final int key;
    private final Identity local;
    private Identity peer;
    private final String realDev;
    private final String peerRealDev;
    private long costMicros;
    private boolean qspn;
    private TableName table;
    private int tableId;
    private Mac tableMac;
    private boolean ruleAdded;
    private boolean etpReceived;
    /** The peer's address as the last ETP through this arc told it; null: follow the peer (it moves with us). */
    private org.ntksim.address.NetsukukuAddress knownPeerAddress;

    IdentityArc(final int key, final Identity local, final Identity peer, final String realDev,
            final String peerRealDev, final long costMicros) {
        this.key = key;
        this.local = local;
        this.peer = peer;
        this.realDev = realDev;
        this.peerRealDev = peerRealDev;
        this.costMicros = costMicros;
    }

    public int key() {
        return key;
    }

    public Identity local() {
        return local;
    }

    public Identity peer() {
        return peer;
    }

    /** The peer moved its identity in the same operation as ours: the arc now reaches the peer's new identity. */
    void redirectTo(final Identity newPeer) {
        this.peer = newPeer;
    }

    /** Shares the table (name, id and rule) of another arc, but not its ETP state: the peer is not known yet. */
    void shareTable(final IdentityArc from) {
        inheritTable(from);
        this.etpReceived = false;
    }

    /** Takes over the table (and its rule and ETP state) of another arc: the table stays, the arc is new. */
    void inheritTable(final IdentityArc from) {
        this.qspn = from.qspn;
        this.table = from.table;
        this.tableId = from.tableId;
        this.tableMac = from.tableMac;
        this.ruleAdded = from.ruleAdded;
        this.etpReceived = from.etpReceived;
        this.knownPeerAddress = null;
    }

    public String realDev() {
        return realDev;
    }

    public String peerRealDev() {
        return peerRealDev;
    }

    public long costMicros() {
        return costMicros;
    }

    void setCostMicros(final long costMicros) {
        this.costMicros = costMicros;
    }

    /** The local interface of this arc, in the local identity's namespace. */
    public Nic localNic() {
        return local.iface(realDev);
    }

    /** The peer's interface now (it changes when the peer identity moves to another namespace). */
    public Nic peerNic() {
        return peer.iface(peerRealDev);
    }

    public Ipv4 peerLinkLocal() {
        return peerNic().linkLocal();
    }

    public Mac peerMac() {
        return peerNic().mac();
    }

    public boolean isQspn() {
        return qspn;
    }

    void setQspn(final boolean qspn) {
        this.qspn = qspn;
    }

    public TableName table() {
        return table;
    }

    public int tableId() {
        return tableId;
    }

    /** The MAC the table was named after (the peer's MAC when the table was made). */
    public Mac tableMac() {
        return tableMac;
    }

    void setTable(final TableName table, final int tableId, final Mac mac) {
        this.table = table;
        this.tableId = tableId;
        this.tableMac = mac;
    }

    public boolean isRuleAdded() {
        return ruleAdded;
    }

    void setRuleAdded(final boolean ruleAdded) {
        this.ruleAdded = ruleAdded;
    }

    /**
     * The peer's address as QSPN knows it: from the last ETP through this arc. A peer that moved in the
     * same operation as us is known to have moved (the operation said where to).
     */
    public org.ntksim.address.NetsukukuAddress knownPeerAddress() {
        return knownPeerAddress != null ? knownPeerAddress : peer.address();
    }

    void learnPeerAddress(final org.ntksim.address.NetsukukuAddress address) {
        this.knownPeerAddress = address;
    }

    public boolean hasReceivedEtp() {
        return etpReceived;
    }

    void setEtpReceived(final boolean etpReceived) {
        this.etpReceived = etpReceived;
    }

    @Override
    public String toString() {
        return local + "->" + peer;
    }
}
