package org.ntksim.scenario;

import java.util.function.Supplier;
import org.ntksim.engine.Simulation;
import org.ntksim.kernel.CommandLog;
import org.ntksim.model.DeliveryQueue;
import org.ntksim.model.ModelException;
import org.ntksim.model.Network;
import org.ntksim.model.SimulationDeliveryQueue;
import org.ntksim.random.RandomStreams;
import org.ntksim.time.SimTime;

/**
 * Applies a scenario to a fresh network and returns the commands every system ran. ETPs travel as events
 * of the discrete-event engine. A step that the state does not allow stops the replay with
 * {@code file:line: message}; the caller prints nothing then.
 */
public final class Replay {

    /**
     * Time an ETP takes from sender to receiver. The pages give none; any positive value gives the same
     * commands, since equal times keep posting order and the script orders the deliveries.
     */
    public static final long ETP_LATENCY_NS = SimTime.millis(1);

    private Replay() {
    }

    /** Replays on the event engine. The replay draws no random number; the streams exist for the engine. */
    public static CommandLog run(final Scenario scenario) throws ScenarioException {
        return run(scenario, () -> new SimulationDeliveryQueue(new Simulation(new RandomStreams(0, 0)), ETP_LATENCY_NS));
    }

    /** Replays with deliveries through the given queue (tests compare queues). */
    public static CommandLog run(final Scenario scenario, final Supplier<DeliveryQueue> deliveries)
            throws ScenarioException {
        final CommandLog log = new CommandLog();
        final Network network = new Network(log, deliveries.get());
        for (final Scenario.Step step : scenario.steps()) {
            try {
                step.action().apply(network, log);
            } catch (final ModelException e) {
                throw new ScenarioException(scenario.file(), step.line(), e.getMessage());
            }
        }
        return log;
    }
}
