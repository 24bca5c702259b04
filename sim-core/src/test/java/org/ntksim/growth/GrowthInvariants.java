package org.ntksim.growth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a grown network from the addresses alone (node -> network, positions), recomputing every
 * g-node as a plain map from (network, level, positions above) to members and every connectivity
 * with a plain BFS over the universe links that are up: nothing of the simulation's own g-node
 * bookkeeping is used.
 */
final class GrowthInvariants {
    private GrowthInvariants() {
    }

    /** The address of {@code node}, top level first (as the hand-worked examples write it). */
    static int[] topFirst(final GrowthSimulation g, final int node) {
        final int[] a = g.state().address(node);
        final int[] t = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            t[i] = a[a.length - 1 - i];
        }
        return t;
    }

    /** Returns the number of present nodes with some virtual position. */
    static int check(final GrowthSimulation g, final Universe u, final int[] gsizesTopFirst, final String context) {
        final HierarchyState s = g.state();
        final int levels = gsizesTopFirst.length;
        final int[] gsize = new int[levels];
        for (int l = 0; l < levels; l++) {
            gsize[l] = gsizesTopFirst[levels - 1 - l];
        }
        final Set<String> addresses = new HashSet<>();
        final Map<String, List<Integer>> gnodes = new HashMap<>();
        int virtual = 0;
        for (int x = 0; x < u.nodeCount(); x++) {
            if (!s.isPresent(x)) {
                continue;
            }
            final int[] a = s.address(x);
            final String full = s.network(x) + ":" + Arrays.toString(a);
            if (!addresses.add(full)) {
                fail(context + ": two nodes share address " + full);
            }
            boolean isVirtual = false;
            for (int l = 0; l < levels; l++) {
                assertTrue(a[l] >= 0 && a[l] < 2 * gsize[l], context + ": position out of range " + full);
                isVirtual |= a[l] >= gsize[l];
            }
            if (isVirtual) {
                virtual++;
            }
            for (int level = 1; level <= levels; level++) {
                final String key = s.network(x) + "/" + level + "/" + Arrays.toString(Arrays.copyOfRange(a, level, levels));
                gnodes.computeIfAbsent(key, k -> new ArrayList<>()).add(x);
            }
        }
        for (final Map.Entry<String, List<Integer>> e : gnodes.entrySet()) {
            final List<Integer> members = e.getValue();
            final int level = Integer.parseInt(e.getKey().split("/")[1]);
            if (level < levels + 1) {
                final Set<Integer> childPositions = new HashSet<>();
                for (final int x : members) {
                    childPositions.add(s.position(x, level - 1));
                }
                long real = childPositions.stream().filter(p -> p < gsize[level - 1]).count();
                assertTrue(real <= gsize[level - 1], context + ": g-node " + e.getKey() + " has " + real + " real children");
            }
            final Set<Integer> inside = new HashSet<>(members);
            final Set<Integer> seen = new HashSet<>();
            final ArrayDeque<Integer> q = new ArrayDeque<>();
            q.add(members.get(0));
            seen.add(members.get(0));
            while (!q.isEmpty()) {
                final int x = q.poll();
                for (int i = u.adjStart(x); i < u.adjEnd(x); i++) {
                    final int y = u.adjNode(i);
                    if (g.isLinkUp(u.adjLink(i)) && inside.contains(y) && seen.add(y)) {
                        q.add(y);
                    }
                }
            }
            assertEquals(members.size(), seen.size(), context + ": g-node " + e.getKey() + " is internally disconnected");
        }
        return virtual;
    }

    /** Up links whose ends are in different networks. */
    static int crossNetworkArcs(final GrowthSimulation g, final Universe u) {
        int count = 0;
        for (int e = 0; e < u.linkCount(); e++) {
            if (g.isLinkUp(e) && g.state().network(u.linkA(e)) != g.state().network(u.linkB(e))) {
                count++;
            }
        }
        return count;
    }
}
