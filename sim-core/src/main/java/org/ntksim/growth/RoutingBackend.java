package org.ntksim.growth;

import org.ntksim.metrics.RunRecorder;

/**
 * How the growth model tells a routing implementation what changed, and asks it for routes at
 * checkpoints. Identities are the backend's ids (returned by {@link #addIdentity}); positions are
 * level 0 first; only arcs between identities of the same network are reported (QSPN arcs): an
 * arc between two networks becomes one when they merge, and stops being one when a split
 * separates its ends. The shape follows the message-level {@code EtpNetwork} so that its adapter
 * is a one-line delegation per method.
 */
public interface RoutingBackend extends java.io.Serializable {

    /** A new identity with this address; returns its id. */
    int addIdentity(int[] positionsLevel0First);

    /** The identity is gone (its arcs were removed before). */
    void removeIdentity(int identity);

    /** The identity now has this address (entry into another network, migration, split). */
    void changeAddress(int identity, int[] positionsLevel0First);

    /** A QSPN arc appears; {@code latencyNs} is the one-way message latency to simulate. */
    void addArc(int identityA, int identityB, int cost, long latencyNs);

    /** A QSPN arc disappears. */
    void removeArc(int identityA, int identityB);

    /** A QSPN arc's cost changes. */
    void changeArcCost(int identityA, int identityB, int cost);

    /**
     * Checkpoint {@code index} at simulated time {@code nowNs}: bring the routes up to date (converge)
     * and write the routing metrics of this moment into {@code recorder} (series at {@code nowNs}).
     */
    void checkpoint(int index, long nowNs, RunRecorder recorder);

    /**
     * The backend for {@code config.routingMode()}: {@link FastPathBackend} or {@link #none()}.
     * {@code MESSAGE_QSPN} needs the run's engine, so {@link GrowthSimulation#create} builds it; asking here is an
     * error.
     */
    static RoutingBackend forMode(final GrowthConfig config, final org.ntksim.random.RandomStreams streams) {
        switch (config.routingMode()) {
            case FAST_PATH:
                return new FastPathBackend(config, streams);
            case NONE:
                return none();
            default:
                throw new IllegalArgumentException("growth parameter routingMode: " + config.routingMode()
                        + " needs the run's engine: use GrowthSimulation.create");
        }
    }

    /** A backend that ignores everything (growth only). */
    static RoutingBackend none() {
        return new RoutingBackend() {
            private int next;

            @Override
            public int addIdentity(final int[] positionsLevel0First) {
                return next++;
            }

            @Override
            public void removeIdentity(final int identity) {
            }

            @Override
            public void changeAddress(final int identity, final int[] positionsLevel0First) {
            }

            @Override
            public void addArc(final int identityA, final int identityB, final int cost, final long latencyNs) {
            }

            @Override
            public void removeArc(final int identityA, final int identityB) {
            }

            @Override
            public void changeArcCost(final int identityA, final int identityB, final int cost) {
            }

            @Override
            public void checkpoint(final int index, final long nowNs, final RunRecorder recorder) {
            }
        };
    }
}
