package org.wirecheck.dedup.engine;

/**
 * The thresholds that turn measured overlap into a relation. Defaults were chosen on the generated PolNeAR news
 * benchmark (development seeds 1 and 3; seed 2 is the reported one), not on the Clough-Stevenson corpus; see
 * docs/dedup-evaluation.md.
 *
 * @param nearDuplicate both containments at least this: an edited reprint
 * @param containment one containment at least this (and the other below {@code nearDuplicate}): one holds the other
 * @param excerptWords a shared passage at least this long that starts in one article's opening: an excerpt of it
 * @param unresolved lexical overlap (largest containment) at least this, with no relation: ask the paraphrase path
 * @param sentenceCosine aligned sentences need at least this cosine
 * @param paraphraseCoverage a spun copy: in-order aligned sentences cover at least this share of one side
 * @param paraphraseMinSentences a spun copy aligns at least this many sentences
 * @param spunDensity a lexical match whose passages keep fewer of their shingles than this is a spun copy
 * @param spunOverlap a lexical match whose sentences, aligned on content words ({@link SpunCopyScreen}), keep on
 *        average less than this share of their content words is a spun copy (an edited reprint keeps about 0.95)
 * @param screenAmbiguous word-level sentence alignment covering less than this share of both sides: clearly not a
 *        spun copy, and the embedding model is not asked; between this and {@code paraphraseCoverage}: ask it
 * @param spread the shared passages run from top to bottom over at least this share of the article less of which
 *        is shared: an edited reprint (paragraphs cut or added in between) rather than a truncated copy or an
 *        excerpt, once both containments reach {@code containment}
 * @param commonFingerprint a fingerprint carried by more indexed articles than this is a stock phrase: an article
 *        whose only shared fingerprint it is, is not read back to be verified (a longer query's candidate needs the
 *        evidence of one fingerprint carried by at most this many articles, each shared fingerprint counting 1 / the
 *        articles carrying it; see {@link ReprintIndex}). An absolute count, not a share of the corpus: it bounds
 *        the read-backs one fingerprint can cost, and a story is rarely syndicated to more indexed articles than
 *        this and excerpted by only one fingerprint
 */
public record ReprintRules(double nearDuplicate, double containment, int excerptWords, double unresolved,
        double sentenceCosine, double paraphraseCoverage, int paraphraseMinSentences, double spunDensity,
        double spunOverlap, double screenAmbiguous, double spread, int commonFingerprint) {

    /** Fingerprints on more indexed articles than this are stock phrases by default; see {@link #commonFingerprint}. */
    public static final int DEFAULT_COMMON_FINGERPRINT = 8;

    public static final ReprintRules DEFAULT = new ReprintRules(0.6, 0.3, 40, 0.05, 0.7, 0.5, 3, 0.6, 0.9, 0.2,
            0.9, DEFAULT_COMMON_FINGERPRINT);

    /** The decision thresholds with the default candidate rule ({@link #DEFAULT_COMMON_FINGERPRINT}). */
    public ReprintRules(double nearDuplicate, double containment, int excerptWords, double unresolved,
            double sentenceCosine, double paraphraseCoverage, int paraphraseMinSentences, double spunDensity,
            double spunOverlap, double screenAmbiguous, double spread) {
        this(nearDuplicate, containment, excerptWords, unresolved, sentenceCosine, paraphraseCoverage,
                paraphraseMinSentences, spunDensity, spunOverlap, screenAmbiguous, spread, DEFAULT_COMMON_FINGERPRINT);
    }

    public ReprintRules {
        requireShare("nearDuplicate", nearDuplicate);
        requireShare("containment", containment);
        requireShare("unresolved", unresolved);
        requireShare("sentenceCosine", sentenceCosine);
        requireShare("paraphraseCoverage", paraphraseCoverage);
        requireShare("spunDensity", spunDensity);
        requireShare("spunOverlap", spunOverlap);
        requireShare("screenAmbiguous", screenAmbiguous);
        requireShare("spread", spread);
        if (excerptWords < LexicalComparison.MIN_PASSAGE_WORDS) {
            throw new IllegalArgumentException("excerptWords must be at least " + LexicalComparison.MIN_PASSAGE_WORDS
                    + ", got " + excerptWords);
        }
        if (commonFingerprint < 1) {
            throw new IllegalArgumentException("commonFingerprint must be at least 1, got " + commonFingerprint);
        }
        if (paraphraseMinSentences < 1) {
            throw new IllegalArgumentException(
                    "paraphraseMinSentences must be at least 1, got " + paraphraseMinSentences);
        }
    }

    private static void requireShare(String name, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be in (0, 1], got " + value);
        }
    }
}
