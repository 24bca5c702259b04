package org.ntksim.bench;

import org.ntksim.fastpath.NetworkState;
import org.ntksim.topology.GridNetworks;
import org.ntksim.topology.RandomGeometricNetworks;

/** The named workloads of the fast-path benchmarks (all seeded, seed 1). */
final class RouteWorkloads {
    private RouteWorkloads() {
    }

    static NetworkState build(final String name) {
        switch (name) {
            case "grid32-4.4.4.4.4":
                return GridNetworks.grid(32, new int[] {4, 4, 4, 4, 4}, 9, 1L);
            case "grid64-4.4.4.4.4.4":
                return GridNetworks.grid(64, new int[] {4, 4, 4, 4, 4, 4}, 9, 1L);
            case "grid64-64.64":
                return GridNetworks.grid(64, new int[] {64, 64}, 9, 1L);
            case "rgg16k-32.16.16.16":
                return RandomGeometricNetworks.generate(1 << 14, 9.0, new int[] {32, 16, 16, 16}, 1L);
            case "rgg64k-128.16.16.16":
                return RandomGeometricNetworks.generate(1 << 16, 9.0, new int[] {128, 16, 16, 16}, 1L);
            case "grid1024-4x10":
                return GridNetworks.grid(1024, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4, 4}, 9, 1L);
            default:
                throw new IllegalArgumentException("unknown workload " + name);
        }
    }
}
