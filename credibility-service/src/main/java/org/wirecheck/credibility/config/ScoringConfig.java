package org.wirecheck.credibility.config;

import java.util.EnumMap;
import java.util.Map;

import org.wirecheck.credibility.engine.Flag;
import org.wirecheck.credibility.engine.ScoringWeights;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Weights of the attribution and credibility scores. Each weight approximates a Trust Project indicator or a
 * NewsGuard criterion; the mapping and the reasons are in the service README.
 */
@ConfigMapping(prefix = "wirecheck.credibility.weights")
public interface ScoringConfig {

    /** Share of sentences with an attribution or quotation (Trust Project: Citations and References). */
    @WithDefault("3")
    double coverage();

    /** The attributed share of sentences that earns full marks for coverage. */
    @WithDefault("0.5")
    double coverageForFullMarks();

    /** Number of distinct sources (NewsGuard: gathers and presents information responsibly). */
    @WithDefault("2")
    double distinctSources();

    /** The number of distinct sources that earns full marks. */
    @WithDefault("3")
    int sourcesForFullMarks();

    /** Share of named sources (Trust Project: Methods / Citations; AP and Reuters anonymity rules). */
    @WithDefault("2")
    double namedShare();

    /** Direct quotations with a speaker (Trust Project: Citations and References; Locally Sourced). */
    @WithDefault("1.5")
    double directQuotes();

    /** The number of quotations that earns full marks. */
    @WithDefault("2")
    int quotesForFullMarks();

    /** Distinct kinds of source (Trust Project: Diverse Voices). */
    @WithDefault("1")
    double diversity();

    /** Weight of the attribution score in the credibility score. */
    @WithDefault("5")
    double attribution();

    /** A byline (Trust Project: Author/Reporter Expertise; NewsGuard: provides names of content creators). */
    @WithDefault("1.5")
    double byline();

    /** A dateline (Trust Project: Locally Sourced / dateline). */
    @WithDefault("1")
    double dateline();

    /** The publisher is in the registry (NewsGuard: reveals who's in charge / ownership disclosed). */
    @WithDefault("1")
    double registeredPublisher();

    /** Credit notices, or crediting the given origins (Trust Project: Citations and References; Best Practices). */
    @WithDefault("1.5")
    double credits();

    /** Points off per flag (flag name → points). */
    Penalties penalties();

    /** Points off the credibility score per raised flag. */
    interface Penalties {
        /** Truncated text: the assessment saw only part of the article. */
        @WithDefault("5")
        double paywallTruncated();

        /** Spun copy (NewsGuard: does not repeatedly publish false content; regularly corrects errors). */
        @WithDefault("25")
        double spinArtifacts();

        /**
         * Copy disguised with lookalike letters (NewsGuard: does not repeatedly publish false content; the disguise
         * only serves to pass someone else's copy off as new).
         */
        @WithDefault("25")
        double lookalikeLetters();

        /** Unlabelled opinion (NewsGuard: handles the difference between news and opinion; Trust Project: Type of Work). */
        @WithDefault("10")
        double opinion();

        /** Several articles on one page: scores describe a mix. */
        @WithDefault("5")
        double listingPage();

        /** Rests on a social-media post (NewsGuard: gathers and presents information responsibly). */
        @WithDefault("10")
        double socialMediaSourced();

        /** Only anonymous sources (Trust Project: Methods; AP/Reuters anonymity standards). */
        @WithDefault("15")
        double anonymousOnly();
    }

    /** The engine's weights. */
    default ScoringWeights toWeights() {
        Map<Flag, Double> p = new EnumMap<>(Flag.class);
        p.put(Flag.PAYWALL_TRUNCATED, penalties().paywallTruncated());
        p.put(Flag.SPIN_ARTIFACTS, penalties().spinArtifacts());
        p.put(Flag.LOOKALIKE_LETTERS, penalties().lookalikeLetters());
        p.put(Flag.OPINION, penalties().opinion());
        p.put(Flag.LISTING_PAGE, penalties().listingPage());
        p.put(Flag.SOCIAL_MEDIA_SOURCED, penalties().socialMediaSourced());
        p.put(Flag.ANONYMOUS_ONLY, penalties().anonymousOnly());
        return new ScoringWeights(coverage(), coverageForFullMarks(), distinctSources(), sourcesForFullMarks(),
                namedShare(), directQuotes(), quotesForFullMarks(), diversity(), attribution(), byline(), dateline(),
                registeredPublisher(), credits(), p);
    }
}
