package org.ntksim.scenario;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ntksim.address.Ipv4;
import org.ntksim.address.NetsukukuAddress;
import org.ntksim.address.Topology;
import org.ntksim.kernel.Mac;
import org.ntksim.kernel.Netns;
import org.ntksim.model.Host;
import org.ntksim.model.Identity;
import org.ntksim.model.Network;
import org.ntksim.model.Nic;
import org.ntksim.model.PlannedNetns;
import org.ntksim.model.PreparedMove;

/**
 * Parses a scenario script (docs/scenario-format.md). Every line is checked (syntax, names, MACs,
 * addresses, positions against the topology, systems declared before use) before any step runs, so a
 * bad script applies nothing. Names that end up in shell commands must match {@code [A-Za-z0-9_.:-]+}:
 * they are validated, never quoted.
 */
public final class ScenarioParser {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_.:-]+");
    private static final Pattern DOTTED_NUMBERS = Pattern.compile("[0-9]+(\\.[0-9]+)*");

    private final String file;
    private final List<Scenario.Step> steps = new ArrayList<>();
    /** What the parser knows of each declared system, to validate the lines that use it. */
    private final Map<String, DeclaredSystem> systems = new java.util.LinkedHashMap<>();
    private int lineNumber;

    private static final class DeclaredSystem {
        final Set<String> devs = new HashSet<>();
        final Set<String> netns = new HashSet<>();
        Topology topology;
    }

    private ScenarioParser(final String file) {
        this.file = file;
    }

    /** Parses the whole text; {@code file} names it in error messages. */
    public static Scenario parse(final String file, final String text) throws ScenarioException {
        final ScenarioParser p = new ScenarioParser(file);
        final String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            p.lineNumber = i + 1;
            p.parseLine(lines[i]);
        }
        return new Scenario(file, new ArrayList<>(p.systems.keySet()), p.steps);
    }

    private ScenarioException error(final String message) {
        return new ScenarioException(file, lineNumber, message);
    }

    private void add(final String text, final Scenario.Action action) {
        steps.add(new Scenario.Step(lineNumber, text, action));
    }

    private void parseLine(final String raw) throws ScenarioException {
        final int hash = raw.indexOf('#');
        final String line = (hash >= 0 ? raw.substring(0, hash) : raw).trim();
        if (line.isEmpty()) {
            return;
        }
        final String[] w = line.split("\\s+");
        if (w[0].endsWith(":")) {
            final String system = w[0].substring(0, w[0].length() - 1);
            final DeclaredSystem s = requireSystem(system);
            if (w.length < 2) {
                throw error("missing command after '" + w[0] + "'");
            }
            systemCommand(system, s, w[1], Arrays.copyOfRange(w, 2, w.length), line);
            return;
        }
        switch (w[0]) {
            case "system" -> declareSystem(w, line);
            case "nic" -> declareNic(w, line);
            case "netns" -> declareNetns(w, line);
            case "revision" -> revision(w, line);
            case "record" -> record(w, line);
            case "connectivity-lower-levels" -> connectivityLowerLevels(w, line);
            case "etp" -> etp(w, line);
            default -> throw error("unknown command '" + w[0] + "'");
        }
    }

    // ---------------------------------------------------------------- declarations

    private void declareSystem(final String[] w, final String line) throws ScenarioException {
        arity(w, 5, "system NAME DEV MAC LINKLOCAL");
        final String name = name(w[1], "system name");
        if (systems.containsKey(name)) {
            throw error("system " + name + " is already declared");
        }
        final Nic nic = nic(w[2], w[3], w[4]);
        final DeclaredSystem s = new DeclaredSystem();
        s.devs.add(nic.dev());
        systems.put(name, s);
        add(line, (net, log) -> net.addHost(name).addNic(nic));
    }

    private void declareNic(final String[] w, final String line) throws ScenarioException {
        arity(w, 5, "nic SYSTEM DEV MAC LINKLOCAL");
        final String name = w[1];
        final DeclaredSystem s = requireSystem(name);
        final Nic nic = nic(w[2], w[3], w[4]);
        if (!s.devs.add(nic.dev())) {
            throw error("system " + name + " already has a NIC " + nic.dev());
        }
        add(line, (net, log) -> net.requireHost(name).addNic(nic));
    }

    private void declareNetns(final String[] w, final String line) throws ScenarioException {
        if (w.length < 6 || (w.length - 3) % 3 != 0) {
            throw error("usage: netns SYSTEM NAME DEV MAC LINKLOCAL [DEV MAC LINKLOCAL ...]");
        }
        final String system = w[1];
        final DeclaredSystem s = requireSystem(system);
        final String ns = name(w[2], "netns name");
        if (!s.netns.add(ns)) {
            throw error("netns " + ns + " of " + system + " is already declared");
        }
        final PlannedNetns planned = new PlannedNetns(new Netns(ns));
        for (int i = 3; i < w.length; i += 3) {
            final String realDev = name(w[i], "device name");
            if (!s.devs.contains(realDev)) {
                throw error("system " + system + " has no NIC " + realDev);
            }
            // The pseudo NIC's name follows the documents: <netns>_<real dev>.
            planned.addPseudoNic(realDev, nic(ns + "_" + realDev, w[i + 1], w[i + 2]));
        }
        add(line, (net, log) -> net.requireHost(system).plannedNetns().addLast(planned));
    }

    private void revision(final String[] w, final String line) throws ScenarioException {
        arity(w, 2, "revision later|2016-09");
        final Network.Revision r = switch (w[1]) {
            case "later" -> Network.Revision.LATER;
            case "2016-09" -> Network.Revision.REVISION_2016_09;
            default -> throw error("unknown revision '" + w[1] + "' (later or 2016-09)");
        };
        add(line, (net, log) -> net.setRevision(r));
    }

    private void connectivityLowerLevels(final String[] w, final String line) throws ScenarioException {
        arity(w, 2, "connectivity-lower-levels keep|drop");
        final boolean keep = switch (w[1]) {
            case "keep" -> true;
            case "drop" -> false;
            default -> throw error("connectivity-lower-levels takes keep or drop, not '" + w[1] + "'");
        };
        add(line, (net, log) -> net.setConnectivityKeepsLowerLevels(keep));
    }

    private void record(final String[] w, final String line) throws ScenarioException {
        arity(w, 2, "record on|off");
        final boolean on = switch (w[1]) {
            case "on" -> true;
            case "off" -> false;
            default -> throw error("record takes on or off, not '" + w[1] + "'");
        };
        add(line, (net, log) -> log.setRecording(on));
    }

    /** {@code etp A:i[, B:j ...] -> C:k}: C processes the ETPs of A, B, ... (in that order), then rewrites its tables once. */
    private void etp(final String[] w, final String line) throws ScenarioException {
        final int arrow = java.util.Arrays.asList(w).indexOf("->");
        if (arrow < 2 || arrow != w.length - 2) {
            throw error("usage: etp SYSTEM:IDENTITY[, SYSTEM:IDENTITY ...] -> SYSTEM:IDENTITY");
        }
        final List<String[]> senders = new ArrayList<>();
        for (final String part : String.join(" ", Arrays.copyOfRange(w, 1, arrow)).split(",")) {
            if (part.isBlank()) {
                throw error("empty sender in etp");
            }
            senders.add(identityRef(part.trim()));
        }
        final String[] to = identityRef(w[w.length - 1]);
        final int toIdx = Integer.parseInt(to[1]);
        add(line, (net, log) -> {
            final List<Identity> from = new ArrayList<>();
            for (final String[] sdr : senders) {
                from.add(net.requireIdentity(net.requireHost(sdr[0]), Integer.parseInt(sdr[1])));
            }
            net.sendEtps(from, net.requireIdentity(net.requireHost(to[0]), toIdx));
        });
    }

    private String[] identityRef(final String ref) throws ScenarioException {
        final int colon = ref.lastIndexOf(':');
        if (colon <= 0) {
            throw error("identity must be written SYSTEM:INDEX, not '" + ref + "'");
        }
        final String system = ref.substring(0, colon);
        requireSystem(system);
        final String idx = ref.substring(colon + 1);
        nonNegative(idx, "identity index");
        return new String[] {system, idx};
    }

    // ---------------------------------------------------------------- qspnclient commands

    private void systemCommand(final String system, final DeclaredSystem s, final String cmd, final String[] a,
            final String line) throws ScenarioException {
        switch (cmd) {
            case "init" -> init(system, s, a, line);
            case "add_real_arc" -> {
                arity(a, 3, "add_real_arc MYMAC PEERMAC COST");
                final Mac mine = mac(a[0]);
                final Mac peer = mac(a[1]);
                final long cost = positive(a[2], "cost");
                add(line, (net, log) -> net.addRealArc(net.requireHost(system), mine, peer, cost));
            }
            case "change_real_arc" -> {
                arity(a, 3, "change_real_arc MYMAC PEERMAC COST");
                final Mac mine = mac(a[0]);
                final Mac peer = mac(a[1]);
                final long cost = positive(a[2], "cost");
                add(line, (net, log) -> net.changeRealArc(net.requireHost(system), mine, peer, cost));
            }
            case "remove_real_arc" -> {
                arity(a, 2, "remove_real_arc MYMAC PEERMAC");
                final Mac mine = mac(a[0]);
                final Mac peer = mac(a[1]);
                add(line, (net, log) -> net.removeRealArc(net.requireHost(system), mine, peer));
            }
            case "add_qspn_arc" -> {
                arity(a, 3, "add_qspn_arc IDENTITY DEV PEERMAC");
                final int id = nonNegative(a[0], "identity index");
                final String dev = name(a[1], "device name");
                if (!s.devs.contains(dev)) {
                    throw error("system " + system + " has no NIC " + dev);
                }
                final Mac peer = mac(a[2]);
                add(line, (net, log) -> net.addQspnArc(net.requireHost(system), id, dev, peer));
            }
            case "prepare_enter_net_phase_1" -> prepare(system, s, a, line, true);
            case "prepare_migrate_phase_1" -> prepare(system, s, a, line, false);
            case "migrate_phase_1" -> {
                arity(a, 2, "migrate_phase_1 IDENTITY OPID");
                final int id = nonNegative(a[0], "identity index");
                final long op = nonNegative(a[1], "op id");
                add(line, (net, log) -> net.migratePhase1(net.requireHost(system), id, op));
            }
            case "migrate_phase_2" -> {
                arity(a, 2, "migrate_phase_2 IDENTITY OPID");
                final int id = nonNegative(a[0], "identity index");
                final long op = nonNegative(a[1], "op id");
                add(line, (net, log) -> net.makeReal(net.requireHost(system), id, op));
            }
            case "update_all_routes" -> {
                arity(a, 0, "update_all_routes");
                add(line, (net, log) -> net.updateAllRoutes(net.requireHost(system)));
            }
            case "quit" -> {
                arity(a, 0, "quit");
                if (s.topology == null) {
                    throw error("system " + system + " is not started (init first)");
                }
                s.topology = null;
                add(line, (net, log) -> net.quit(net.requireHost(system)));
            }
            case "check_connectivity" -> {
                arity(a, 1, "check_connectivity IDENTITY");
                final int id = nonNegative(a[0], "identity index");
                add(line, (net, log) -> net.checkConnectivity(net.requireHost(system), id));
            }
            case "remove_outer_arcs" -> {
                arity(a, 1, "remove_outer_arcs IDENTITY");
                final int id = nonNegative(a[0], "identity index");
                add(line, (net, log) -> net.removeOuterArcs(net.requireHost(system), id));
            }
            case "enter_net_phase_1" -> {
                arity(a, 2, "enter_net_phase_1 IDENTITY OPID");
                final int id = nonNegative(a[0], "identity index");
                final long op = nonNegative(a[1], "op id");
                add(line, (net, log) -> net.enterPhase1(net.requireHost(system), id, op));
            }
            case "enter_net_phase_2" -> {
                arity(a, 2, "enter_net_phase_2 IDENTITY OPID");
                final int id = nonNegative(a[0], "identity index");
                final long op = nonNegative(a[1], "op id");
                add(line, (net, log) -> net.makeReal(net.requireHost(system), id, op));
            }
            case "make_real" -> {
                arity(a, 1, "make_real IDENTITY");
                final int id = nonNegative(a[0], "identity index");
                add(line, (net, log) -> net.makeReal(net.requireHost(system), id, null));
            }
            case "dismiss" -> {
                arity(a, 1, "dismiss IDENTITY");
                final int id = nonNegative(a[0], "identity index");
                add(line, (net, log) -> net.dismiss(net.requireHost(system), id));
            }
            default -> throw error("unknown command '" + cmd + "'");
        }
    }

    private void init(final String system, final DeclaredSystem s, final String[] a, final String line)
            throws ScenarioException {
        boolean serveAnonymous = false;
        boolean anonymize = true;
        int subnetLevel = 0;
        final List<String> positional = new ArrayList<>();
        for (int i = 0; i < a.length; i++) {
            switch (a[i]) {
                case "-k", "--serve-anonymous" -> serveAnonymous = true;
                case "-j", "--no-anonymize" -> anonymize = false;
                case "-s", "--subnetlevel" -> {
                    if (++i >= a.length) {
                        throw error("-s needs a level");
                    }
                    subnetLevel = nonNegative(a[i], "subnet level");
                }
                case "-i", "--interfaces" -> {
                    if (++i >= a.length || !s.devs.contains(a[i])) {
                        throw error("-i needs a NIC of " + system);
                    }
                }
                default -> positional.add(a[i]);
            }
        }
        if (positional.size() != 2) {
            throw error("usage: SYSTEM: init [-k] [-j] [-s LEVEL] [-i DEV] TOPOLOGY ADDRESS");
        }
        if (s.topology != null) {
            throw error("system " + system + " is already started");
        }
        final Topology t = topology(positional.get(0));
        final NetsukukuAddress address = address(t, positional.get(1));
        if (!address.isFullyReal()) {
            throw error("the first address must be real at every level: " + positional.get(1));
        }
        if (subnetLevel >= t.levels()) {
            throw error("subnet level " + subnetLevel + " out of range 0.." + (t.levels() - 1));
        }
        s.topology = t;
        final Host.StartOptions options = new Host.StartOptions(t, serveAnonymous, anonymize, subnetLevel);
        add(line, (net, log) -> net.init(net.requireHost(system), options, address));
    }

    private void prepare(final String system, final DeclaredSystem s, final String[] a, final String line,
            final boolean entry) throws ScenarioException {
        final int expected = entry ? 14 : 13;
        arity(a, expected, entry
                ? "prepare_enter_net_phase_1 IDENTITY GUESTLEVEL HOSTLEVEL HOSTADDR ELDERSHIPS VPOS VELD RPOS RELD CPOS CELD [ARCS] OPID PREVOPID|null"
                : "prepare_migrate_phase_1 IDENTITY GUESTLEVEL HOSTLEVEL HOSTADDR ELDERSHIPS VPOS VELD RPOS RELD CPOS CELD OPID PREVOPID|null");
        final Topology t = s.topology;
        if (t == null) {
            throw error("system " + system + " is not started (init first)");
        }
        final int id = nonNegative(a[0], "identity index");
        final int guest = nonNegative(a[1], "guest level");
        final int hostLevel = nonNegative(a[2], "host level");
        if (hostLevel <= guest || hostLevel > t.levels()) {
            throw error("host level " + hostLevel + " must be above guest level " + guest + " and at most " + t.levels());
        }
        final List<Integer> hostPositions = dottedPositions(a[3], "host g-node address");
        if (hostPositions.size() != t.levels() - hostLevel) {
            throw error("host g-node of level " + hostLevel + " needs " + (t.levels() - hostLevel) + " positions: " + a[3]);
        }
        for (int i = 0; i < hostPositions.size(); i++) {
            final int level = t.levels() - 1 - i;
            if (hostPositions.get(i) >= t.gsize(level)) {
                throw error("position " + hostPositions.get(i) + " out of range 0.." + (t.gsize(level) - 1) + " at level " + level);
            }
        }
        dottedPositions(a[4], "host elderships");
        final int vpos = nonNegative(a[5], "virtual position");
        nonNegative(a[6], "eldership");
        final int rpos = nonNegative(a[7], "real position");
        nonNegative(a[8], "eldership");
        final int cpos = nonNegative(a[9], "connectivity position");
        nonNegative(a[10], "eldership");
        final int newLevel = hostLevel - 1;
        if (rpos >= t.gsize(newLevel)) {
            throw error("real position " + rpos + " out of range 0.." + (t.gsize(newLevel) - 1) + " at level " + newLevel);
        }
        if (vpos < t.gsize(newLevel)) {
            throw error("virtual position " + vpos + " must be >= " + t.gsize(newLevel) + " at level " + newLevel);
        }
        if (cpos < t.gsize(guest)) {
            throw error("connectivity position " + cpos + " must be >= " + t.gsize(guest) + " at level " + guest);
        }
        int next = 11;
        final List<Integer> arcs = new ArrayList<>();
        if (entry) {
            final String list = a[next++];
            if (!list.startsWith("[") || !list.endsWith("]")) {
                throw error("arc list must be written [i,j,...], not '" + list + "'");
            }
            final String inner = list.substring(1, list.length() - 1);
            if (!inner.isEmpty()) {
                for (final String x : inner.split(",", -1)) {
                    arcs.add(nonNegative(x, "identity-arc index"));
                }
            }
        }
        final long op = nonNegative(a[next++], "op id");
        final Long prev = "null".equals(a[next]) ? null : (long) nonNegative(a[next], "previous op id");
        final PreparedMove move = new PreparedMove(entry, guest, hostLevel, hostPositions, vpos, rpos, cpos, arcs, op, prev);
        add(line, (net, log) -> net.prepare(net.requireHost(system), id, move));
    }

    // ---------------------------------------------------------------- value checks

    private DeclaredSystem requireSystem(final String name) throws ScenarioException {
        name(name, "system name");
        final DeclaredSystem s = systems.get(name);
        if (s == null) {
            throw error("unknown system '" + name + "'");
        }
        return s;
    }

    private void arity(final String[] w, final int n, final String usage) throws ScenarioException {
        if (w.length != n) {
            throw error("usage: " + usage);
        }
    }

    private String name(final String s, final String what) throws ScenarioException {
        if (!NAME.matcher(s).matches()) {
            throw error(what + " '" + s + "' must match [A-Za-z0-9_.:-]+");
        }
        return s;
    }

    private Nic nic(final String dev, final String mac, final String linkLocal) throws ScenarioException {
        return new Nic(name(dev, "device name"), mac(mac), ipv4(linkLocal));
    }

    private Mac mac(final String s) throws ScenarioException {
        try {
            return Mac.parse(s);
        } catch (final IllegalArgumentException e) {
            throw error("malformed MAC address '" + s + "'");
        }
    }

    private Ipv4 ipv4(final String s) throws ScenarioException {
        try {
            return Ipv4.parse(s);
        } catch (final IllegalArgumentException e) {
            throw error("malformed IPv4 address '" + s + "'");
        }
    }

    private Topology topology(final String s) throws ScenarioException {
        if (!DOTTED_NUMBERS.matcher(s).matches()) {
            throw error("malformed topology '" + s + "'");
        }
        try {
            return Topology.parse(s);
        } catch (final IllegalArgumentException e) {
            throw error("bad topology '" + s + "': " + e.getMessage());
        }
    }

    private NetsukukuAddress address(final Topology t, final String s) throws ScenarioException {
        final List<Integer> p = dottedPositions(s, "address");
        if (p.size() != t.levels()) {
            throw error("address '" + s + "' needs " + t.levels() + " positions");
        }
        for (int i = 0; i < p.size(); i++) {
            final int level = t.levels() - 1 - i;
            if (p.get(i) >= t.gsize(level)) {
                throw error("position " + p.get(i) + " out of range 0.." + (t.gsize(level) - 1) + " at level " + level
                        + " in '" + s + "'");
            }
        }
        return NetsukukuAddress.of(t, p.stream().mapToInt(Integer::intValue).toArray());
    }

    private List<Integer> dottedPositions(final String s, final String what) throws ScenarioException {
        if (!DOTTED_NUMBERS.matcher(s).matches()) {
            throw error("malformed " + what + " '" + s + "'");
        }
        final List<Integer> out = new ArrayList<>();
        for (final String x : s.split("\\.")) {
            out.add(nonNegative(x, what));
        }
        return out;
    }

    private int nonNegative(final String s, final String what) throws ScenarioException {
        try {
            final long v = Long.parseLong(s);
            if (v < 0 || v > Integer.MAX_VALUE) {
                throw error(what + " out of range: " + s);
            }
            return (int) v;
        } catch (final NumberFormatException e) {
            throw error(what + " must be a number, not '" + s + "'");
        }
    }

    private long positive(final String s, final String what) throws ScenarioException {
        final int v = nonNegative(s, what);
        if (v == 0) {
            throw error(what + " must be > 0");
        }
        return v;
    }
}
