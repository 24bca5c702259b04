package org.ntksim.model;

import org.ntksim.engine.Simulation;

/**
 * ETP deliveries as events of the discrete-event engine: each delivery runs {@code latencyNs} after it
 * was posted; equal times run in posting order (the engine orders by time, then sequence).
 */
public final class SimulationDeliveryQueue implements DeliveryQueue {

    private final Simulation simulation;
    private final long latencyNs;

    public SimulationDeliveryQueue(final Simulation simulation, final long latencyNs) {
        if (latencyNs < 0) {
            throw new IllegalArgumentException("latencyNs must be >= 0, was " + latencyNs);
        }
        this.simulation = simulation;
        this.latencyNs = latencyNs;
    }

    @Override
    public void post(final Runnable delivery) {
        simulation.schedule(latencyNs, delivery);
    }

    @Override
    public void drain() {
        simulation.run();
    }
}
