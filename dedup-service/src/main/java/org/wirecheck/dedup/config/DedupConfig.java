package org.wirecheck.dedup.config;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of dedup-service ({@code wirecheck.dedup.*}). */
@ConfigMapping(prefix = "wirecheck.dedup")
public interface DedupConfig {

    /** A paragraph a publisher carried on at least this many articles is its boilerplate, left out of matching. */
    @WithDefault("3")
    int boilerplateMinArticles();

    /** Analysed articles kept in memory for verifying candidates, so hot articles are not re-read and re-analysed. */
    @WithDefault("2000")
    int articleCacheSize();

    /** Both containments at least this: NEAR_DUPLICATE. */
    @WithDefault("0.6")
    double nearDuplicate();

    /** One containment at least this: CONTAINS / CONTAINED_IN. */
    @WithDefault("0.3")
    double containment();

    /** A shared passage at least this many words long from one article's opening: an excerpt (CONTAINS). */
    @WithDefault("40")
    int excerptWords();

    /** Largest containment at least this but no relation: the paraphrase path takes a look. */
    @WithDefault("0.05")
    double unresolved();

    /** Sentences align on the paraphrase path at this cosine or more. */
    @WithDefault("0.7")
    double sentenceCosine();

    /** A spun copy's aligned, in-order sentences cover at least this share of one of the two articles. */
    @WithDefault("0.5")
    double paraphraseCoverage();

    /** A spun copy aligns at least this many sentences. */
    @WithDefault("3")
    int paraphraseMinSentences();

    /** Aligned passages that keep fewer of their shingles than this are a spun copy (PARAPHRASE). */
    @WithDefault("0.6")
    double spunDensity();

    /** Sentences aligned on content words that keep on average less than this share of them: a spun copy. */
    @WithDefault("0.9")
    double spunOverlap();

    /**
     * Word-level sentence alignment covering less than this share of both articles: not a spun copy, and the
     * embedding model is not asked.
     */
    @WithDefault("0.2")
    double screenAmbiguous();

    /** Shared passages running over at least this share of both articles, top to bottom: an edited reprint. */
    @WithDefault("0.9")
    double spread();

    /**
     * A fingerprint carried by more indexed articles than this is a stock phrase: an article sharing only such
     * fingerprints with a longer query is not read back and verified (see {@code ReprintRules.commonFingerprint}).
     */
    @WithDefault("8")
    int commonFingerprint();

    /** Largest {@code limit} accepted by the list endpoints. */
    @WithDefault("500")
    int maxListLimit();
}
