package org.wirecheck.credibility.engine;

import java.util.Map;

/**
 * The weights of both scores. The service fills them from configuration; each maps to a Trust Project indicator or
 * NewsGuard criterion (see the service README).
 *
 * @param coverage share of sentences that carry an attribution or a quotation
 * @param coverageForFullMarks the share that earns full marks for coverage (news copy never attributes everything)
 * @param distinctSources number of distinct sources
 * @param sourcesForFullMarks the number that earns full marks
 * @param namedShare share of named (not anonymous) sources
 * @param directQuotes direct quotations with a speaker
 * @param quotesForFullMarks the number that earns full marks
 * @param diversity number of distinct source kinds
 * @param attribution weight of the attribution score in the credibility score
 * @param byline weight of a byline
 * @param dateline weight of a dateline
 * @param registeredPublisher weight of the publisher being in the registry
 * @param credits weight of credit notices, or of crediting the given origins
 * @param flagPenalties points taken off the credibility score per raised flag
 */
public record ScoringWeights(double coverage, double coverageForFullMarks, double distinctSources,
        int sourcesForFullMarks, double namedShare, double directQuotes, int quotesForFullMarks, double diversity,
        double attribution, double byline, double dateline, double registeredPublisher, double credits,
        Map<Flag, Double> flagPenalties) {

    public ScoringWeights {
        for (double w : new double[]{coverage, distinctSources, namedShare, directQuotes, diversity, attribution,
                byline, dateline, registeredPublisher, credits}) {
            if (w < 0 || Double.isNaN(w)) {
                throw new IllegalArgumentException("Scoring weights must be >= 0, got " + w);
            }
        }
        if (coverageForFullMarks <= 0 || coverageForFullMarks > 1) {
            throw new IllegalArgumentException(
                    "coverageForFullMarks must be in (0, 1], got " + coverageForFullMarks);
        }
        if (sourcesForFullMarks < 1 || quotesForFullMarks < 1) {
            throw new IllegalArgumentException("sourcesForFullMarks and quotesForFullMarks must be >= 1, got "
                    + sourcesForFullMarks + " and " + quotesForFullMarks);
        }
        if (coverage + distinctSources + namedShare + directQuotes + diversity <= 0) {
            throw new IllegalArgumentException("At least one attribution weight must be > 0");
        }
        flagPenalties = Map.copyOf(flagPenalties);
        for (var e : flagPenalties.entrySet()) {
            if (e.getValue() < 0 || e.getValue() > 100) {
                throw new IllegalArgumentException(
                        "The penalty for " + e.getKey() + " must be between 0 and 100, got " + e.getValue());
            }
        }
    }

    /** The defaults documented in the README; application.properties carries the same values. */
    public static ScoringWeights defaults() {
        return new ScoringWeights(3, 0.5, 2, 3, 2, 1.5, 2, 1, 5, 1.5, 1, 1, 1.5,
                Map.of(Flag.PAYWALL_TRUNCATED, 5.0, Flag.SPIN_ARTIFACTS, 25.0, Flag.LOOKALIKE_LETTERS, 25.0,
                        Flag.OPINION, 10.0, Flag.LISTING_PAGE, 5.0, Flag.SOCIAL_MEDIA_SOURCED, 10.0,
                        Flag.ANONYMOUS_ONLY, 15.0));
    }
}
