package org.ntksim.experiment;

import java.util.Collection;

/** "Did you mean" suggestions: the candidate at the smallest Levenshtein distance (first one on ties). */
public final class DidYouMean {
    private DidYouMean() {
    }

    /** The closest candidate, or null if there are none. */
    public static String closest(final String word, final Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (final String c : candidates) {
            final int d = distance(word, c);
            if (d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** {@code ", did you mean 'x'?"} or the empty string if there are no candidates. */
    public static String suffix(final String word, final Collection<String> candidates) {
        final String c = closest(word, candidates);
        return c == null ? "" : ", did you mean '" + c + "'?";
    }

    /** Levenshtein edit distance (insertions, deletions, substitutions all cost 1). */
    public static int distance(final String a, final String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                final int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                cur[j] = Math.min(sub, Math.min(prev[j] + 1, cur[j - 1] + 1));
            }
            final int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
