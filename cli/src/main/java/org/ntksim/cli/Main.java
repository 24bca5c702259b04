package org.ntksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point of the runnable jar. Bad input of any kind (options, files, addresses, scenarios) ends with
 * exactly one line on stderr saying what is wrong and exit status {@value #EXIT_BAD_INPUT}; a stack trace
 * means a bug in ntksim.
 */
@Command(name = "ntksim", mixinStandardHelpOptions = true, version = "ntksim 0.1.0",
        description = "Discrete-event simulator of Netsukuku hierarchical mesh networks.",
        subcommands = {
            CommandLine.HelpCommand.class,
            AddressCommand.class,
            PrefixesCommand.class,
            ReplayCommand.class,
            TablesCommand.class,
            RunCommand.class,
            MergeCommand.class,
        })
public final class Main implements Runnable {
    /** The version, also written into experiment metadata. */
    public static final String VERSION = "0.1.0";

    /** Exit status for bad usage or bad input. */
    public static final int EXIT_BAD_INPUT = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(final String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit status. */
    public static int run(final PrintWriter out, final PrintWriter err, final String... args) {
        final CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setParameterExceptionHandler((ex, argv) -> {
            final CommandLine cmd = ex.getCommandLine();
            cmd.getErr().println("ntksim " + cmd.getCommandName() + ": " + ex.getMessage()
                    + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
            cmd.getErr().flush();
            return EXIT_BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            if (isBadInput(ex)) {
                cmd.getErr().println("ntksim " + cmd.getCommandName() + ": " + ex.getMessage());
                cmd.getErr().flush();
                return EXIT_BAD_INPUT;
            }
            throw ex;
        });
        return cl.execute(args);
    }

    private static boolean isBadInput(final Exception ex) {
        return ex instanceof IllegalArgumentException
                || ex instanceof IOException
                || ex instanceof UncheckedIOException;
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing subcommand: try 'ntksim --help'");
    }
}
