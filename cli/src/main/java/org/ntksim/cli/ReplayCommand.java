package org.ntksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.ntksim.kernel.CommandLog;
import org.ntksim.kernel.LinuxCommandRenderer;
import org.ntksim.scenario.Replay;
import org.ntksim.scenario.Scenario;
import org.ntksim.scenario.ScenarioException;
import org.ntksim.scenario.ScenarioParser;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ntksim replay FILE [--system NAME]}: replays a proof-of-concept scenario and prints the commands
 * of each system as blocks ({@code # system NAME} then its lines). Bad input: {@code file:line: message}
 * on stderr, exit 2, nothing printed on stdout.
 */
@Command(name = "replay", mixinStandardHelpOptions = true,
        description = "Replay a proof-of-concept scenario script and print the commands each system runs.")
public final class ReplayCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "Scenario script (see docs/scenario-format.md).")
    Path file;

    @Option(names = "--system", paramLabel = "NAME", description = "Print only the commands of this system.")
    String system;

    @Override
    public Integer call() {
        final PrintWriter err = spec.commandLine().getErr();
        final String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (final IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
        try {
            final Scenario scenario = ScenarioParser.parse(file.toString(), text);
            final CommandLog log = Replay.run(scenario);
            if (system != null && !scenario.systems().contains(system)) {
                err.println(file + ": unknown system '" + system + "'");
                err.flush();
                return Main.EXIT_BAD_INPUT;
            }
            final PrintWriter out = spec.commandLine().getOut();
            out.print(log.render(new LinuxCommandRenderer(), system));
            out.flush();
            return 0;
        } catch (final ScenarioException e) {
            err.println(e.getMessage());
            err.flush();
            return Main.EXIT_BAD_INPUT;
        }
    }
}
