package org.ntksim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.ntksim.fastpath.CsrNetwork;
import org.ntksim.fastpath.FastPathRouter;
import org.ntksim.fastpath.NetworkState;
import org.ntksim.fastpath.RouteTables;
import org.ntksim.fastpath.TableRenderer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code ntksim tables <state-file> --identity <name>}: computes all route tables on the fast path and
 * prints the converged tables of one identity as {@code ip route change} lines (docs/routing.md §4
 * for the file format).
 */
@Command(name = "tables", mixinStandardHelpOptions = true,
        description = "Compute the route tables of a network state (fast path) and print one identity's"
                + " ntk and ntk_from_<MAC> tables as ip route lines.")
public final class TablesCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "STATE", description = "network-state file (see docs/routing.md)")
    Path file;

    @Option(names = "--identity", required = true, description = "name of the identity whose tables to print")
    String identity;

    @Option(names = "--semantics", defaultValue = "relaxed", paramLabel = "relaxed|qspn-ideal",
            description = "relaxed (default: per-hop acyclic rule, fast, loop-free by construction) or qspn-ideal"
                    + " (QSPN with unlimited retention: contiguous g-node traversal, whole-path avoidance of the"
                    + " neighbour's g-node; exact search, for small and medium networks); docs/routing.md")
    String semantics;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        final List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (final IOException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "cannot read " + file + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        final Parsed p;
        try {
            p = parse(lines);
        } catch (final IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), file + ": " + e.getMessage());
        }
        final Integer id = p.ids.get(identity);
        if (id == null) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no identity named " + identity);
        }
        final FastPathRouter.Semantics rule;
        switch (semantics) {
            case "relaxed":
                rule = FastPathRouter.Semantics.RELAXED;
                break;
            case "qspn-ideal":
                rule = FastPathRouter.Semantics.QSPN_IDEAL;
                break;
            default:
                throw new CommandLine.ParameterException(spec.commandLine(), "--semantics: expected relaxed or"
                        + " qspn-ideal, was " + semantics);
        }
        final RouteTables tables = new FastPathRouter(CsrNetwork.freeze(p.state), rule).computeAll();
        final PrintWriter out = spec.commandLine().getOut();
        for (final String line : new TableRenderer(p.state, tables).render(id, p)) {
            out.println(line);
        }
        out.flush();
        return 0;
    }

    /** The parsed file: state plus names. */
    static final class Parsed implements TableRenderer.Names {
        NetworkState state;
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> macs = new ArrayList<>();
        final List<String> lls = new ArrayList<>();
        final List<String> devs = new ArrayList<>();

        @Override
        public String mac(final int i) {
            return macs.get(i);
        }

        @Override
        public String linkLocal(final int i) {
            return lls.get(i);
        }

        @Override
        public String dev(final int i) {
            return devs.get(i);
        }
    }

    static Parsed parse(final List<String> lines) {
        final Parsed p = new Parsed();
        NetworkState.Builder b = null;
        int lineNo = 0;
        for (final String raw : lines) {
            lineNo++;
            final int hash = raw.indexOf('#');
            final String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
            if (line.isEmpty()) {
                continue;
            }
            final String[] tok = line.split("\\s+");
            try {
                switch (tok[0]) {
                    case "topology":
                        b = NetworkState.builder(ints(tok[1]));
                        break;
                    case "identity": {
                        if (b == null) {
                            throw new IllegalArgumentException("identity before topology");
                        }
                        final int id = b.addIdentity(ints(tok[2]));
                        if (p.ids.put(tok[1], id) != null) {
                            throw new IllegalArgumentException("duplicate identity " + tok[1]);
                        }
                        String mac = String.format("02:00:00:00:%02X:%02X", (id >> 8) & 255, id & 255);
                        String ll = "169.254." + ((id + 1) >> 8 & 255) + "." + ((id + 1) & 255);
                        String dev = "eth1";
                        for (int i = 3; i < tok.length; i++) {
                            final String[] kv = tok[i].split("=", 2);
                            switch (kv[0]) {
                                case "mac":
                                    mac = kv[1].toUpperCase(java.util.Locale.ROOT);
                                    break;
                                case "ll":
                                    ll = kv[1];
                                    break;
                                case "dev":
                                    dev = kv[1];
                                    break;
                                default:
                                    throw new IllegalArgumentException("unknown attribute " + kv[0]);
                            }
                        }
                        p.macs.add(mac);
                        p.lls.add(ll);
                        p.devs.add(dev);
                        break;
                    }
                    case "arc": {
                        if (b == null) {
                            throw new IllegalArgumentException("arc before topology");
                        }
                        final Integer x = p.ids.get(tok[1]);
                        final Integer y = p.ids.get(tok[2]);
                        if (x == null || y == null) {
                            throw new IllegalArgumentException("unknown identity in arc");
                        }
                        b.addArc(x, y, Integer.parseInt(tok[3]));
                        break;
                    }
                    default:
                        throw new IllegalArgumentException("unknown keyword " + tok[0]);
                }
            } catch (final ArrayIndexOutOfBoundsException | NumberFormatException e) {
                throw new IllegalArgumentException("line " + lineNo + ": malformed: " + raw, e);
            } catch (final IllegalArgumentException e) {
                throw new IllegalArgumentException("line " + lineNo + ": " + e.getMessage(), e);
            }
        }
        if (b == null) {
            throw new IllegalArgumentException("no topology line");
        }
        p.state = b.build();
        return p;
    }

    private static int[] ints(final String dotted) {
        final String[] parts = dotted.split("\\.");
        final int[] out = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            out[i] = Integer.parseInt(parts[i]);
        }
        return out;
    }
}
