package org.ntksim.model;

import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import org.ntksim.kernel.Mac;

/**
 * The ids of the forwarding tables of one system. {@code /etc/iproute2/rt_tables} is shared by all the
 * namespaces of a system, so a table is named after the peer MAC and shared by every identity of the
 * system that has an arc to that MAC; a new MAC takes the highest free id not above 250, and an id is
 * free again when the last user of its MAC goes.
 */
public final class TableIdPool {

    /** The id of table ntk. */
    public static final int NTK_ID = 251;
    private static final int HIGHEST_FORWARDING_ID = 250;
    private static final int LOWEST_FORWARDING_ID = 200;

    private record Slot(int id, int users) { }

    private final Map<Mac, Slot> byMac = new HashMap<>();
    private final TreeSet<Integer> used = new TreeSet<>();

    /** Takes a reference to the table of {@code mac}; returns its id, and whether the name is new. */
    public Allocation acquire(final Mac mac) {
        final Slot s = byMac.get(mac);
        if (s != null) {
            byMac.put(mac, new Slot(s.id(), s.users() + 1));
            return new Allocation(s.id(), false);
        }
        for (int id = HIGHEST_FORWARDING_ID; id >= LOWEST_FORWARDING_ID; id--) {
            if (!used.contains(id)) {
                used.add(id);
                byMac.put(mac, new Slot(id, 1));
                return new Allocation(id, true);
            }
        }
        throw new ModelException("no free forwarding table id left (200..250)");
    }

    /** Drops a reference; returns true when it was the last, so the name leaves rt_tables. */
    public boolean release(final Mac mac) {
        final Slot s = byMac.get(mac);
        if (s == null) {
            throw new IllegalStateException("no table for " + mac);
        }
        if (s.users() > 1) {
            byMac.put(mac, new Slot(s.id(), s.users() - 1));
            return false;
        }
        byMac.remove(mac);
        used.remove(s.id());
        return true;
    }

    /** The id of a table and whether acquiring it created the name. */
    public record Allocation(int id, boolean isNew) { }
}
