package org.ntksim.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the runnable jar: dispatches to the subcommands. */
@Command(name = "ntksim", mixinStandardHelpOptions = true, version = "ntksim 0.1.0",
        description = "Discrete-event simulator of Netsukuku hierarchical mesh networks.",
        subcommands = {CommandLine.HelpCommand.class,
                TablesCommand.class})
public final class Main implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status (2 for bad usage or bad input). */
    public static int run(final String... args) {
        return new CommandLine(new Main()).execute(args);
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand");
    }
}
