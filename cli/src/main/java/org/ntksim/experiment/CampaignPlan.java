package org.ntksim.experiment;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.ntksim.random.RandomStreams;

/**
 * What an experiment file expands to: the model, the parameter points (in canonical sweep order),
 * the number of replications and the base seed. Runs are numbered point-major; the seed of a run is
 * {@code RandomStreams.deriveSeed(baseSeed, nameHash("point\n" + point.seedText()), replication)}, a function of
 * the point's <em>values</em> that differ from their defaults (not of its position in the sweep, nor of run order or worker count).
 *
 * <p>{@link #configHash()} is the SHA-256 of {@link #canonicalText()}: two files that expand to the
 * same runs (whatever their comments, key order or layout) have the same hash. Immutable.
 */
public record CampaignPlan(String name, ExperimentModel model, int replications, long baseSeed,
        List<String> swept, List<ParameterPoint> points) {

    /** Copies the lists. */
    public CampaignPlan {
        swept = List.copyOf(swept);
        points = List.copyOf(points);
        if (replications < 1) {
            throw new IllegalArgumentException("replications must be >= 1, was " + replications);
        }
    }

    /** Seed of replication {@code replication} of {@code point}. */
    public long seed(final ParameterPoint point, final int replication) {
        return RandomStreams.deriveSeed(baseSeed, RandomStreams.nameHash("point\n" + point.seedText()), replication);
    }

    /** All runs in canonical order. */
    public List<PlannedRun> runs() {
        final List<PlannedRun> runs = new ArrayList<>(points.size() * replications);
        for (int p = 0; p < points.size(); p++) {
            for (int r = 0; r < replications; r++) {
                runs.add(new PlannedRun(p * replications + r, p, r, seed(points.get(p), r)));
            }
        }
        return runs;
    }

    /** Number of runs. */
    public int runCount() {
        return points.size() * replications;
    }

    /** The schema of the model. */
    public ParameterSchema schema() {
        return model.schema();
    }

    /** The text the config hash covers: everything that determines the runs and their results. */
    public String canonicalText() {
        final StringBuilder sb = new StringBuilder("ntksim campaign v1\n");
        sb.append("name=").append(name).append('\n');
        sb.append("model=").append(model.name()).append('\n');
        sb.append("replications=").append(replications).append('\n');
        sb.append("base_seed=").append(baseSeed).append('\n');
        sb.append("swept=").append(String.join(",", swept)).append('\n');
        for (int p = 0; p < points.size(); p++) {
            sb.append("[point ").append(p).append("]\n").append(points.get(p).canonical());
        }
        return sb.toString();
    }

    /** SHA-256 of {@link #canonicalText()}, lower-case hex. */
    public String configHash() {
        try {
            final MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (final NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
