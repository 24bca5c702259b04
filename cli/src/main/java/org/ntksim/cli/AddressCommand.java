package org.ntksim.cli;

import java.io.PrintWriter;
import org.ntksim.address.Ipv4Mapping;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.OwnAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code ntksim address}: the IPv4 addresses an identity owns, one per line: {@code global <ip>},
 * {@code anonymizing <ip>}, then {@code internal <level> <ip>} from the top level down to 1. Forms that
 * need the bits of a virtual position do not exist and are not printed.
 */
@Command(name = "address", mixinStandardHelpOptions = true,
        description = "Print the IPv4 addresses (global, anonymizing, internal per level) of a Netsukuku address.")
final class AddressCommand implements Runnable {
    @Mixin
    AddressOptions options = new AddressOptions();

    @Option(names = "--allow-virtual",
            description = "accept virtual positions (>= gsize) and print only the addresses that exist")
    boolean allowVirtual;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        final NetsukukuAddress n = allowVirtual ? options.parse() : options.parseReal();
        final PrintWriter out = spec.commandLine().getOut();
        for (final OwnAddress a : Ipv4Mapping.ownAddresses(n)) {
            switch (a.kind()) {
                case GLOBAL -> out.println("global " + a.ip());
                case ANONYMIZING -> out.println("anonymizing " + a.ip());
                case INTERNAL -> out.println("internal " + a.internalLevel() + " " + a.ip());
            }
        }
        out.flush();
    }
}
