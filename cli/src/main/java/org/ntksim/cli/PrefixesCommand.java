package org.ntksim.cli;

import java.io.PrintWriter;
import org.ntksim.address.DestinationPrefix;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.NetsukukuAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ntksim prefixes}: every destination prefix of an identity, one {@code a.b.c.d/len} per line, in the
 * order the proof of concept fills table {@code ntk}.
 */
@Command(name = "prefixes", mixinStandardHelpOptions = true,
        description = "Print every destination prefix of a Netsukuku address in the order of table ntk.")
final class PrefixesCommand implements Runnable {
    @Mixin
    AddressOptions options = new AddressOptions();

    @Option(names = "--subnet-level", paramLabel = "S", defaultValue = "0",
            description = "autonomous-subnet level: destinations below it are left out (default: ${DEFAULT-VALUE})")
    int subnetLevel;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        final NetsukukuAddress n = options.parse();
        if (subnetLevel < 0 || subnetLevel >= n.topology().levels()) {
            throw new ParameterException(spec.commandLine(), "--subnet-level " + subnetLevel
                    + " is out of range: expected 0.." + (n.topology().levels() - 1));
        }
        final PrintWriter out = spec.commandLine().getOut();
        for (final DestinationPrefix p : Ipv4Mapping.destinationPrefixes(n, subnetLevel)) {
            out.println(p.prefix());
        }
        out.flush();
    }
}
