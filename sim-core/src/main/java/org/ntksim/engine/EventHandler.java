package org.ntksim.engine;

/**
 * Executes the events of one kind. Registered once with {@link Simulation#registerHandler};
 * the run loop calls it with the event's target and argument, so hot loops allocate nothing.
 */
@FunctionalInterface
public interface EventHandler extends java.io.Serializable {

    /**
     * @param sim the running simulation; {@link Simulation#nowNs()} is the event's time
     * @param target the target given at scheduling (e.g. a node index)
     * @param arg the argument given at scheduling (e.g. a packet id)
     */
    void handle(Simulation sim, int target, long arg);
}
