package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * Which indexed articles the lexical path reads back ({@link ReprintIndex}, {@link ReprintRules#commonFingerprint}):
 * a fingerprint carried by many indexed articles (a stock phrase) does not make them candidates of a longer query on
 * its own, while an excerpt sharing one rare fingerprint is still found, and a short excerpt still checks every
 * article it shares a fingerprint with. Texts are made of invented words, so nothing but the planted passages is
 * shared.
 */
class LexicalCandidateRuleTest {

    static final int COMMON = ReprintRules.DEFAULT.commonFingerprint();

    /** Five invented words whose shingle hash is so small that winnowing keeps it in any text of a few hundred words. */
    static final String STOCK = stockPhrase();
    static final int STOCK_FINGERPRINT = fingerprint(STOCK);

    final Map<UUID, AnalysedArticle> corpus = new HashMap<>();
    final AtomicInteger readBacks = new AtomicInteger();
    final ReprintIndex index = new ReprintIndex(new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
        throw new IllegalStateException("the lexical path alone is tested here");
    }), id -> {
        readBacks.incrementAndGet();
        return corpus.get(id);
    });

    @Test
    void aChanceCandidateSharingOnlyAFingerprintOnManyArticlesIsNotReadBack() {
        for (int i = 0; i <= COMMON; i++) {
            add(carrying(STOCK, 100 + i * 7));
        }
        AnalysedArticle query = AnalysedArticle.of(carrying(STOCK, 9_000));
        assertTrue(query.fingerprints().length > ReprintIndex.SHORT_QUERY_FINGERPRINTS);

        assertEquals(List.of(), index.findLexical(query, null, null));
        assertEquals(0, readBacks.get(), "no article sharing only the stock phrase is read back");
    }

    @Test
    void aFingerprintOnFewArticlesStillMakesEachACandidate() {
        for (int i = 0; i < COMMON; i++) {
            add(carrying(STOCK, 100 + i * 7));
        }
        AnalysedArticle query = AnalysedArticle.of(carrying(STOCK, 9_000));

        assertEquals(List.of(), index.findLexical(query, null, null));
        assertEquals(COMMON, readBacks.get(),
                "each of the few articles carrying the phrase is read back (and dropped)");
    }

    @Test
    void anExcerptSharingOneRareFingerprintIsStillFound() {
        for (int i = 0; i <= COMMON; i++) {
            add(carrying(STOCK, 100 + i * 7));
        }
        String source = paragraphs(500, 5);
        UUID excerpted = add(source);
        String opening = String.join(" ", Arrays.copyOf(source.split("\\s+"), 45));
        String page = paragraphs(600, 2) + "\n\n" + opening + "\n\n" + carrying(STOCK, 700);
        AnalysedArticle query = AnalysedArticle.of(page);
        int[] sourceKeys = corpus.get(excerpted).fingerprints();
        long sharedWithSource = Arrays.stream(query.fingerprints())
                .filter(k -> Arrays.stream(sourceKeys).anyMatch(s -> s == k)).count();
        assertTrue(sharedWithSource >= 1 && sharedWithSource <= 3, "shares " + sharedWithSource);

        List<Reprint> found = index.findLexical(query, null, null);

        assertEquals(1, found.size(), found.toString());
        assertEquals(excerpted, found.get(0).other());
        assertEquals(Relation.CONTAINS, found.get(0).relation());
        assertEquals(1, readBacks.get(), "only the excerpted article is read back, not the stock-phrase carriers");
    }

    @Test
    void anExcerptOfAStorySyndicatedToManyArticlesIsFoundInAFewOfThem() {
        String story = paragraphs(500, 6);
        List<UUID> copies = new java.util.ArrayList<>();
        for (int i = 0; i < 8 * COMMON; i++) {
            copies.add(add(story));
        }
        String opening = String.join(" ", Arrays.copyOf(story.split("\\s+"), 120));
        String page = paragraphs(600, 4) + "\n\n" + opening + "\n\n" + paragraphs(601, 4);
        AnalysedArticle query = AnalysedArticle.of(page);
        int[] storyKeys = corpus.get(copies.get(0)).fingerprints();
        long sharedWithStory = Arrays.stream(query.fingerprints())
                .filter(k -> Arrays.stream(storyKeys).anyMatch(s -> s == k)).count();
        // Each shared fingerprint is on all 64 copies: below the evidence line on its own, and together.
        assertTrue(sharedWithStory >= ReprintIndex.SYNDICATED_SHARED && sharedWithStory < copies.size() / COMMON,
                "shares " + sharedWithStory);

        List<Reprint> found = index.findLexical(query, null, null);

        assertTrue(!found.isEmpty() && found.size() <= 4, found.toString());
        assertTrue(found.stream().allMatch(r -> copies.contains(r.other()) && r.relation() == Relation.CONTAINS));
        assertEquals(found.size(), readBacks.get(), "a few copies are read back, not all 64");
    }

    @Test
    void aShortExcerptIsCheckedAgainstEveryArticleSharingItsFingerprints() {
        for (int i = 0; i <= COMMON; i++) {
            add(carrying(STOCK, 100 + i * 7));
        }
        // The excerpt's only fingerprint is the stock phrase in its middle, carried by every article indexed.
        String opening = words(new Random(800), 18) + " " + STOCK + " " + words(new Random(801), 19);
        UUID source = add(opening + "\n\n" + paragraphs(802, 4));
        AnalysedArticle query = AnalysedArticle.of(opening);
        assertEquals(List.of(STOCK_FINGERPRINT), Arrays.stream(query.fingerprints()).boxed().toList());

        List<Reprint> found = index.findLexical(query, null, null);

        assertEquals(List.of(source), found.stream().map(Reprint::other).toList());
        assertEquals(COMMON + 2, readBacks.get(), "a short query reads back all its candidates");
    }

    UUID add(String text) {
        UUID id = UUID.randomUUID();
        AnalysedArticle article = AnalysedArticle.of(text);
        corpus.put(id, article);
        index.add(id, null, article);
        return id;
    }

    /** About 300 words of invented text with the phrase in its middle, kept as one of its fingerprints. */
    static String carrying(String phrase, int seed) {
        String text = paragraphs(seed, 3) + "\n\n" + words(new Random(seed + 1), 20) + " " + phrase + " "
                + words(new Random(seed + 2), 25) + "\n\n" + paragraphs(seed + 3, 2);
        int[] keys = AnalysedArticle.of(text).fingerprints();
        assertTrue(Arrays.stream(keys).anyMatch(k -> k == STOCK_FINGERPRINT), "the stock phrase is a fingerprint");
        return text;
    }

    /** {@code count} paragraphs of 50 invented words. */
    static String paragraphs(int seed, int count) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < count; p++) {
            text.append(p > 0 ? "\n\n" : "").append(words(random, 50)).append('.');
        }
        return text.toString();
    }

    static String words(Random random, int count) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < count; w++) {
            text.append(w > 0 ? " " : "").append(word(random));
        }
        return text.toString();
    }

    /** A pronounceable invented word of two to four syllables. */
    static String word(Random random) {
        String consonants = "bdfgklmnprstvz";
        String vowels = "aeiou";
        StringBuilder word = new StringBuilder();
        for (int s = 2 + random.nextInt(3); s > 0; s--) {
            word.append(consonants.charAt(random.nextInt(consonants.length())))
                    .append(vowels.charAt(random.nextInt(vowels.length())));
        }
        return word.toString();
    }

    /** The first five-word phrase (by seed) whose fingerprint is in the smallest 1/65,536 of the hash range. */
    static String stockPhrase() {
        for (int seed = 0;; seed++) {
            String phrase = words(new Random(seed * 31L + 7), 5);
            if (fingerprint(phrase) < Integer.MIN_VALUE + (1 << 16)) {
                return phrase;
            }
        }
    }

    /** The fingerprint of a five-word phrase, read inside a sentence (a paragraph of five words would be chrome). */
    static int fingerprint(String phrase) {
        AnalysedArticle sentence = AnalysedArticle.of(words(new Random(1), 20) + " " + phrase + " "
                + words(new Random(2), 20) + ".");
        return AnalysedArticle.fingerprintOf(sentence.shingles()[20]);
    }
}
