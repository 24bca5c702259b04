package org.ntksim.growth;

import it.unimi.dsi.fastutil.doubles.DoubleArrayList;
import it.unimi.dsi.fastutil.doubles.DoubleArrays;
import it.unimi.dsi.fastutil.ints.Int2ObjectOpenHashMap;
import it.unimi.dsi.fastutil.ints.IntOpenHashSet;
import org.ntksim.engine.Simulation;
import org.ntksim.metrics.RunRecorder;
import org.ntksim.qspn.EtpNetwork;
import org.ntksim.qspn.EtpParameters;

/**
 * Routing by message-level QSPN: every change the growth model reports becomes the corresponding
 * {@link EtpNetwork} call on the run's own engine, so ETPs travel with per-arc latency between the
 * growth events. Nothing is forced to converge at a checkpoint: the checkpoint reads the state the
 * messages have reached.
 *
 * <p><b>Convergence bursts.</b> Changes that arrive while ETPs are still in flight join the current
 * burst; a burst starts at the first change after quiescence and ends with the last ETP activity
 * before the next quiescence. Its convergence time is that span, its cost the ETPs sent in it. Changes
 * that send nothing (a lone identity, its first address) join the next burst instead of counting as
 * bursts of their own.
 *
 * <p>Metrics (series at each checkpoint, scalars with the final value): {@code qspn.etps},
 * {@code qspn.paths}, {@code qspn.kept_paths}, {@code qspn.quiescent} (1 or 0),
 * {@code routes.ntk_mean} (destinations with a kept path, mean over identities); final scalars
 * {@code qspn.etps_per_node}, {@code qspn.etps_per_change}, {@code qspn.changes}, {@code qspn.bursts},
 * {@code qspn.convergence_ns.mean|p95|max}, {@code qspn.etps_per_burst.mean}.
 *
 * <p><b>Cost by cause.</b> Each closed burst is classed by the most disruptive change it contains: an address
 * change of an identity with arcs (migration, merge, split) whose highest changed level is ℓ
 * ({@code addr<ℓ>}), else a removal of an arc or identity ({@code removal}), else an arrival ({@code arrival}:
 * new identities, their first address, new arcs), else a cost change ({@code cost}). Scalars {@code qspn.cause.<class>.bursts|etps|changes} give, per class, the bursts, the ETPs
 * they sent and the changes they contained; {@code qspn.etps_max_burst} is the costliest burst. Bursts overlap
 * growth events only when changes arrive before quiescence, so a class is the cause of its ETPs up to that.
 * Not thread-safe.
 */
public final class MessageQspnBackend implements RoutingBackend {
    private static final int CLASS_COST = 0;
    private static final int CLASS_ARRIVAL = 1;
    private static final int CLASS_REMOVAL = 2;
    private static final int CLASS_ADDRESS = 3;

    private final Simulation sim;
    private final EtpNetwork etp;
    private final IntOpenHashSet alive = new IntOpenHashSet();
    private final DoubleArrayList burstSpans = new DoubleArrayList();
    private final DoubleArrayList burstEtps = new DoubleArrayList();
    private boolean burstOpen;
    private long burstStartNs;
    private long burstStartEtps;
    private long changes;
    private final Int2ObjectOpenHashMap<int[]> addressOf = new Int2ObjectOpenHashMap<>();
    // burst class: 0 cost, 1 arrival, 2 removal, 3 + ℓ address change at highest level ℓ
    private int burstClass;
    private long burstChanges;
    private long maxBurstEtps;
    private final long[] classBursts;
    private final long[] classEtps;
    private final long[] classChanges;
    private final int levels;

    /** A backend sending its ETPs on {@code sim}, for topology {@code gsizesTopFirst}. */
    public MessageQspnBackend(final Simulation sim, final int[] gsizesTopFirst, final EtpParameters params) {
        this.sim = sim;
        this.etp = new EtpNetwork(sim, gsizesTopFirst, params);
        this.levels = gsizesTopFirst.length;
        classBursts = new long[3 + levels];
        classEtps = new long[3 + levels];
        classChanges = new long[3 + levels];
    }

    @Override
    public int addIdentity(final int[] positionsLevel0First) {
        change(CLASS_ARRIVAL);
        final int id = etp.addIdentity(positionsLevel0First);
        alive.add(id);
        addressOf.put(id, positionsLevel0First.clone());
        return id;
    }

    @Override
    public void removeIdentity(final int identity) {
        change(CLASS_REMOVAL);
        etp.removeIdentity(identity);
        alive.remove(identity);
        addressOf.remove(identity);
    }

    @Override
    public void changeAddress(final int identity, final int[] positionsLevel0First) {
        final int[] old = addressOf.get(identity);
        int highest = levels - 1;
        if (old != null) {
            while (highest > 0 && old[highest] == positionsLevel0First[highest]) {
                highest--;
            }
        }
        // an identity without arcs (a lone node entering) changes nothing anyone knows
        change(etp.arcCount(identity) == 0 ? CLASS_ARRIVAL : CLASS_ADDRESS + highest);
        etp.changeAddress(identity, positionsLevel0First);
        addressOf.put(identity, positionsLevel0First.clone());
    }

    @Override
    public void addArc(final int identityA, final int identityB, final int cost, final long latencyNs) {
        change(CLASS_ARRIVAL);
        etp.addArc(identityA, identityB, cost, latencyNs);
    }

    @Override
    public void removeArc(final int identityA, final int identityB) {
        change(CLASS_REMOVAL);
        etp.removeArc(identityA, identityB);
    }

    @Override
    public void changeArcCost(final int identityA, final int identityB, final int cost) {
        change(CLASS_COST);
        etp.changeArcCost(identityA, identityB, cost);
    }

    /** Opens a burst when the change finds the network quiescent (closing the previous one). */
    private void change(final int kind) {
        changes++;
        if (etp.quiescent() && burstOpen && etp.etpsSent() == burstStartEtps) {
            // the open burst sent nothing yet (e.g. a new identity before its arcs): this change joins it
            if (sim.nowNs() != burstStartNs) {
                burstStartNs = sim.nowNs();
                burstClass = kind;
                burstChanges = 0;
            }
        } else if (etp.quiescent()) {
            closeBurst();
            burstOpen = true;
            burstStartNs = sim.nowNs();
            burstStartEtps = etp.etpsSent();
            burstClass = kind;
            burstChanges = 0;
        }
        burstClass = Math.max(burstClass, kind);
        burstChanges++;
    }

    private void closeBurst() {
        if (burstOpen && etp.etpsSent() == burstStartEtps) {
            burstOpen = false;      // no message sent: not a convergence burst
        } else if (burstOpen) {
            final long sent = etp.etpsSent() - burstStartEtps;
            burstSpans.add(Math.max(0, etp.lastActivityTimeNs() - burstStartNs));
            burstEtps.add(sent);
            classBursts[burstClass]++;
            classEtps[burstClass] += sent;
            classChanges[burstClass] += burstChanges;
            maxBurstEtps = Math.max(maxBurstEtps, sent);
            burstOpen = false;
        }
    }

    private String className(final int c) {
        switch (c) {
            case CLASS_COST:
                return "cost";
            case CLASS_ARRIVAL:
                return "arrival";
            case CLASS_REMOVAL:
                return "removal";
            default:
                return "addr" + (c - CLASS_ADDRESS);
        }
    }

    @Override
    public void checkpoint(final int index, final long nowNs, final RunRecorder recorder) {
        final boolean quiescent = etp.quiescent();
        if (quiescent) {
            closeBurst();
        }
        long destinations = 0;
        for (final int id : alive) {
            destinations += etp.destinationCount(id);
        }
        final double ntkMean = alive.isEmpty() ? 0 : (double) destinations / alive.size();
        recorder.sampleAndKeep("qspn.etps", nowNs, etp.etpsSent());
        recorder.sampleAndKeep("qspn.paths", nowNs, etp.pathsSent());
        recorder.sampleAndKeep("qspn.kept_paths", nowNs, etp.keptPathCount());
        recorder.sampleAndKeep("qspn.quiescent", nowNs, quiescent ? 1 : 0);
        recorder.sampleAndKeep("routes.ntk_mean", nowNs, ntkMean);
        recorder.scalar("qspn.etps_per_node", alive.isEmpty() ? 0 : (double) etp.etpsSent() / alive.size());
        recorder.scalar("qspn.etps_per_change", changes == 0 ? 0 : (double) etp.etpsSent() / changes);
        recorder.scalar("qspn.changes", changes);
        recorder.scalar("qspn.bursts", burstSpans.size());
        recorder.scalar("qspn.convergence_ns.mean", mean(burstSpans));
        recorder.scalar("qspn.convergence_ns.p95", quantile(burstSpans, 0.95));
        recorder.scalar("qspn.convergence_ns.max", quantile(burstSpans, 1.0));
        recorder.scalar("qspn.etps_per_burst.mean", mean(burstEtps));
        recorder.scalar("qspn.etps_max_burst", maxBurstEtps);
        for (int c = 0; c < classBursts.length; c++) {
            final String prefix = "qspn.cause." + className(c) + ".";
            recorder.scalar(prefix + "bursts", classBursts[c]);
            recorder.scalar(prefix + "etps", classEtps[c]);
            recorder.scalar(prefix + "changes", classChanges[c]);
        }
    }

    private static double mean(final DoubleArrayList values) {
        double sum = 0;
        for (int i = 0; i < values.size(); i++) {
            sum += values.getDouble(i);
        }
        return values.isEmpty() ? 0 : sum / values.size();
    }

    /** Nearest-rank quantile (0 when empty). */
    private static double quantile(final DoubleArrayList values, final double q) {
        if (values.isEmpty()) {
            return 0;
        }
        final double[] sorted = values.toDoubleArray();
        DoubleArrays.quickSort(sorted);
        final int rank = (int) Math.ceil(q * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
