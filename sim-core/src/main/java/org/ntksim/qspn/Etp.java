package org.ntksim.qspn;

import java.util.List;
import org.ntksim.address.NetsukukuAddress;

/**
 * A full Extended Tracer Packet: the sender's address when it sent it and every path it knew, with hops
 * in the sender's coordinates (the arc key is meaningless to the receiver). A full ETP withdraws every
 * path the receiver had through the sender that it does not list.
 */
public record Etp(NetsukukuAddress sender, List<Path> paths) {

    public Etp {
        paths = List.copyOf(paths);
    }
}
