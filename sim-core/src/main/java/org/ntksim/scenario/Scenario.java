package org.ntksim.scenario;

import java.util.List;
import org.ntksim.kernel.CommandLog;
import org.ntksim.model.Network;

/** A parsed scenario: the file it came from, the systems it declares and its steps, in order. */
public record Scenario(String file, List<String> systems, List<Step> steps) {

    /** What one line does to the network (and to the recording of its commands). */
    @FunctionalInterface
    public interface Action {
        void apply(Network network, CommandLog log);
    }

    /** One line of the script that does something. */
    public record Step(int line, String text, Action action) { }

    public Scenario {
        systems = List.copyOf(systems);
        steps = List.copyOf(steps);
    }
}
