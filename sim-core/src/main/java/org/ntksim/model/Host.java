package org.ntksim.model;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntksim.address.Topology;
import org.ntksim.kernel.Mac;

/**
 * One Linux system (α, β, ... in the pages): its real NICs, the namespaces it will create, its table-id
 * pool, the arcs it accepted and the identities it hosts. The name appears in the replay output only.
 */
public final class Host {

    /** An arc this system accepted ({@code add_real_arc}): over which NIC, to which peer MAC, at what cost. */
    public record RealArc(String dev, Mac peerMac, long costMicros) { }

    /** Start options ({@code init}): what the proof's command line said. */
    public record StartOptions(Topology topology, boolean serveAnonymous, boolean anonymize, int subnetLevel) { }

    private final String name;
    private final Map<String, Nic> nics = new LinkedHashMap<>();
    private final Deque<PlannedNetns> plannedNetns = new ArrayDeque<>();
    private final TableIdPool tableIds = new TableIdPool();
    private final List<Identity> identities = new ArrayList<>();
    private final List<RealArc> realArcs = new ArrayList<>();
    private StartOptions options;
    private int nextIdentityIndex;
    private int nextArcKey;

    public Host(final String name) {
        this.name = name;
    }

    public String name() {
        return name;
    }

    public void addNic(final Nic nic) {
        nics.put(nic.dev(), nic);
    }

    public Map<String, Nic> nics() {
        return nics;
    }

    public Optional<Nic> nicByMac(final Mac mac) {
        return nics.values().stream().filter(n -> n.mac().equals(mac)).findFirst();
    }

    public Deque<PlannedNetns> plannedNetns() {
        return plannedNetns;
    }

    public TableIdPool tableIds() {
        return tableIds;
    }

    public List<Identity> identities() {
        return identities;
    }

    /** Replaces the accepted arc to {@code peerMac} (its cost changed). */
    void replaceRealArc(final RealArc arc) {
        realArcs.replaceAll(a -> a.peerMac().equals(arc.peerMac()) ? arc : a);
    }

    public List<RealArc> realArcs() {
        return realArcs;
    }

    public boolean isStarted() {
        return options != null;
    }

    public StartOptions options() {
        return options;
    }

    void start(final StartOptions startOptions) {
        this.options = startOptions;
    }

    /** After {@code quit}: the program is gone; a new {@code init} may start it again. */
    void stop() {
        this.options = null;
        identities.clear();
        realArcs.clear();
    }

    int takeIdentityIndex() {
        return nextIdentityIndex++;
    }

    int takeArcKey() {
        return nextArcKey++;
    }

    public Optional<Identity> identity(final int index) {
        return identities.stream().filter(i -> i.index() == index).findFirst();
    }

    /** The identity living in the default namespace: the one that owns the IPs and table ntk. */
    public Optional<Identity> mainIdentity() {
        return identities.stream().filter(Identity::isMain).findFirst();
    }

    @Override
    public String toString() {
        return name;
    }
}
