package org.ntksim.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.Ipv4;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.kernel.Netns;
import org.ntksim.qspn.PathMap;
import org.ntksim.routes.RoutePlanner;

/**
 * A node of the Netsukuku graph hosted by a system: an address, a namespace, an interface per real NIC
 * (the real NIC itself in the default namespace, a pseudo NIC elsewhere), identity arcs and QSPN paths.
 * The main identity lives in the default namespace and owns table ntk and the system's IPs; a
 * connectivity identity keeps an old address alive in its own namespace during an entry or migration.
 */
public final class Identity {

    private final Host host;
    private final int index;
    private NetsukukuAddress address;
    private Netns netns;
    private Map<String, Nic> interfacesByRealDev;
    private final List<IdentityArc> arcs = new ArrayList<>();
    private PathMap paths;
    private PreparedMove prepared;
    private PendingReal pendingReal;
    private boolean keepsNtkCopy;
    private boolean keepsLowerLevels = true;
    /** For a connectivity identity: the op id of the entry or migration that made it. */
    private Long connectivityOpId;
    private int connectivityGuestLevel;
    private int connectivityHostLevel;
    private boolean connectivityForMigration;
    private boolean removalAllowed;

    /** The position this identity takes once it may leave its virtual one (entry or migration). */
    record PendingReal(int level, int position, long opId, boolean waitsForPhase2) { }

    Identity(final Host host, final int index, final NetsukukuAddress address, final Netns netns,
            final Map<String, Nic> interfacesByRealDev, final PathMap paths) {
        this.host = host;
        this.index = index;
        this.address = address;
        this.netns = netns;
        this.interfacesByRealDev = new LinkedHashMap<>(interfacesByRealDev);
        this.paths = paths;
    }

    public Host host() {
        return host;
    }

    public int index() {
        return index;
    }

    public NetsukukuAddress address() {
        return address;
    }

    void setAddress(final NetsukukuAddress address) {
        this.address = address;
    }

    public Netns netns() {
        return netns;
    }

    void moveTo(final Netns ns, final Map<String, Nic> interfaces) {
        this.netns = ns;
        this.interfacesByRealDev = new LinkedHashMap<>(interfaces);
    }

    public boolean isMain() {
        return netns.isDefault();
    }

    /** Whether this identity has a table ntk in its namespace (main identity; 2016-09 rule: also connectivity ones). */
    public boolean hasNtk() {
        return isMain() || keepsNtkCopy;
    }

    /**
     * Whether this connectivity identity keeps the destinations below the level of the g-node that moved
     * (page 3 keeps them in netns entr03; DettagliOperazioni12 and ntkd drop them in netns migr02).
     */
    void setKeepsLowerLevels(final boolean keeps) {
        this.keepsLowerLevels = keeps;
    }

    void setKeepsNtkCopy(final boolean keeps) {
        this.keepsNtkCopy = keeps;
    }

    public Long connectivityOpId() {
        return connectivityOpId;
    }

    /** The level of the g-node that moved when this identity became a connectivity identity. */
    public int connectivityGuestLevel() {
        return connectivityGuestLevel;
    }

    /** The level of the g-node that received the moving one (the connectivity identity's levels end there). */
    public int connectivityHostLevel() {
        return connectivityHostLevel;
    }

    /** Whether this connectivity identity comes from a migration (it then waits for check_connectivity). */
    public boolean isConnectivityForMigration() {
        return connectivityForMigration;
    }

    /** Whether the last check_connectivity said this identity can be removed. */
    public boolean isRemovalAllowed() {
        return removalAllowed;
    }

    void setRemovalAllowed(final boolean allowed) {
        this.removalAllowed = allowed;
    }

    void becomeConnectivity(final long opId, final int guestLevel, final int hostLevel, final boolean migration) {
        this.connectivityOpId = opId;
        this.connectivityGuestLevel = guestLevel;
        this.connectivityHostLevel = hostLevel;
        this.connectivityForMigration = migration;
    }

    public Map<String, Nic> interfacesByRealDev() {
        return interfacesByRealDev;
    }

    public Nic iface(final String realDev) {
        final Nic n = interfacesByRealDev.get(realDev);
        if (n == null) {
            throw new ModelException(this + " has no interface over " + realDev);
        }
        return n;
    }

    public List<IdentityArc> arcs() {
        return arcs;
    }

    public PathMap paths() {
        return paths;
    }

    void setPaths(final PathMap paths) {
        this.paths = paths;
    }

    PreparedMove prepared() {
        return prepared;
    }

    void setPrepared(final PreparedMove prepared) {
        this.prepared = prepared;
    }

    PendingReal pendingReal() {
        return pendingReal;
    }

    void setPendingReal(final PendingReal pendingReal) {
        this.pendingReal = pendingReal;
    }

    /** The ordered destination prefixes of this identity's tables (spec §3.2). */
    public List<DestinationPrefix> prefixes() {
        final int lowest = connectivityOpId != null && !keepsLowerLevels
                ? Math.max(connectivityGuestLevel, host.options().subnetLevel()) : host.options().subnetLevel();
        return Ipv4Mapping.destinationPrefixes(address, lowest);
    }

    /** Own IPs usable as route sources: only the main identity owns IPs. */
    public RoutePlanner.SourceAddresses sources() {
        if (!isMain()) {
            return RoutePlanner.SourceAddresses.NONE;
        }
        final Map<Integer, Ipv4> internal = new LinkedHashMap<>();
        for (int k = 1; k < address.topology().levels(); k++) {
            final int level = k;
            Ipv4Mapping.internal(address, k).ifPresent(ip -> internal.put(level, ip));
        }
        return new RoutePlanner.SourceAddresses(Ipv4Mapping.global(address), internal);
    }

    /** The route planner over this identity's current paths. */
    public RoutePlanner planner() {
        return planner(IdentityArc::peerNic);
    }

    /**
     * The route planner with the gateways given by {@code peerNicOf} (during a g-node's move, a peer that
     * moves in the same operation is reached at its new pseudo NIC even before it has moved).
     */
    RoutePlanner planner(final java.util.function.Function<IdentityArc, Nic> peerNicOf) {
        return new RoutePlanner(prefixes(), h -> paths.routesTo(address, h), key -> {
            final IdentityArc a = arcByKey(key).orElseThrow();
            return new RoutePlanner.Gateway(peerNicOf.apply(a).linkLocal(), a.localNic().dev());
        });
    }

    public Optional<IdentityArc> arcByKey(final int key) {
        return arcs.stream().filter(a -> a.key() == key).findFirst();
    }

    public Optional<IdentityArc> arcTo(final Identity peer) {
        return arcs.stream().filter(a -> a.peer() == peer).findFirst();
    }

    @Override
    public String toString() {
        return host.name() + ":" + index;
    }
}
