package org.ntksim.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs the command line in-process and captures exit status, stdout and stderr. */
record CliRun(int status, String out, String err) {
    static CliRun of(final String... args) {
        final StringWriter out = new StringWriter();
        final StringWriter err = new StringWriter();
        final int status = Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRun(status, out.toString(), err.toString());
    }
}
