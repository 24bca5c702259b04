package org.ntksim.model;

/**
 * Where the model posts the deliveries of ETPs between identities. A tiny seam so that the event engine
 * ({@code org.ntksim.engine.Simulation}) can carry them as events; {@link FifoDeliveryQueue} runs them in
 * posting order.
 */
public interface DeliveryQueue {

    /** Posts a delivery to run later, after the ones already posted. */
    void post(Runnable delivery);

    /** Runs every posted delivery, including those posted while running, until none is left. */
    void drain();
}
