package org.ntksim.scenario;

import org.ntksim.kernel.CommandLog;
import org.ntksim.model.FifoDeliveryQueue;
import org.ntksim.model.ModelException;
import org.ntksim.model.Network;

/**
 * Applies a scenario to a fresh network and returns the commands every system ran. A step that the
 * state does not allow stops the replay with {@code file:line: message}; the caller prints nothing then.
 */
public final class Replay {

    private Replay() {
    }

    public static CommandLog run(final Scenario scenario) throws ScenarioException {
        final CommandLog log = new CommandLog();
        final Network network = new Network(log, new FifoDeliveryQueue());
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
