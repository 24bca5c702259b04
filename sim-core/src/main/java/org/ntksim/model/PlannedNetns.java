package org.ntksim.model;

import java.util.LinkedHashMap;
import java.util.Map;
import org.ntksim.kernel.Netns;

/**
 * A namespace a system will create at its next duplication, with the pseudo NIC it will make over each
 * real NIC. The real modules choose MACs and link-locals at random; the scenario gives them, so that
 * the replay is exact.
 */
public final class PlannedNetns {

    private final Netns netns;
    /** Pseudo NIC by the dev name of the real NIC it is made over, in declaration order. */
    private final Map<String, Nic> pseudoByRealDev = new LinkedHashMap<>();

    public PlannedNetns(final Netns netns) {
        this.netns = netns;
    }

    public Netns netns() {
        return netns;
    }

    public void addPseudoNic(final String realDev, final Nic pseudo) {
        pseudoByRealDev.put(realDev, pseudo);
    }

    public Map<String, Nic> pseudoByRealDev() {
        return pseudoByRealDev;
    }
}
