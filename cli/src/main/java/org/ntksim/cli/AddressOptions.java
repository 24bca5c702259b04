package org.ntksim.cli;

import org.ntksim.address.AddressFormatException;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import picocli.CommandLine.Option;

/** The {@code --topology} and {@code --address} options shared by the address commands. */
final class AddressOptions {
    @Option(names = {"-t", "--topology"}, required = true, paramLabel = "T",
            description = "gsizes top level first, powers of two, e.g. 4.2.2.2")
    String topology;

    @Option(names = {"-a", "--address"}, required = true, paramLabel = "A",
            description = "positions top level first, e.g. 3.1.0.0 (a position >= gsize is virtual)")
    String address;

    NetsukukuAddress parse() {
        return NetsukukuAddress.parse(Topology.parse(topology), address);
    }

    /** Parses the address and rejects virtual positions, naming the first one found from the top. */
    NetsukukuAddress parseReal() {
        final NetsukukuAddress n = parse();
        final int level = n.highestVirtualLevel();
        if (level >= 0) {
            throw new AddressFormatException("address " + n + ": position " + n.position(level) + " at level " + level
                    + " is out of range 0.." + (n.topology().gsize(level) - 1)
                    + " (a virtual position has no global address; pass --allow-virtual to print the internal ones it has)");
        }
        return n;
    }
}
