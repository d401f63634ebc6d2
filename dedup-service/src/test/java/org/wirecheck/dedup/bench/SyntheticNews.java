package org.wirecheck.dedup.bench;

import java.util.Random;

import org.wirecheck.testing.ZipfVocabulary;

/**
 * Deterministic synthetic articles for the speed benchmarks: article {@code i} is always the same text, so a corpus of
 * a million needs no storage, and the index can read a candidate back by regenerating it (standing in for the
 * service's PostgreSQL read + cache).
 * <p>
 * Words come from a made-up vocabulary of 40,000 pronounceable words with Zipf frequencies (exponent 1.05), as in
 * real text: a few words are everywhere, most are rare. An article has 8 paragraphs of 45-55 words (about 400 words,
 * the median news story length in PolNeAR is of that order).
 */
public final class SyntheticNews {

    private static final int VOCABULARY = 40_000;

    private final ZipfVocabulary vocabulary;
    private final long seed;

    public SyntheticNews(long seed) {
        this.seed = seed;
        this.vocabulary = new ZipfVocabulary(VOCABULARY, 1.05, seed);
    }

    private String word(Random random) {
        return vocabulary.word(random);
    }

    /** Article {@code i}: the same text on every call. */
    public String article(long i) {
        Random random = new Random(seed * 0x9E3779B97F4A7C15L + i);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < 8; p++) {
            int length = 45 + random.nextInt(11);
            for (int w = 0; w < length; w++) {
                text.append(word(random)).append(w + 1 < length ? ' ' : '.');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    /** An edited reprint of article {@code i}: a paragraph dropped, 4 % of words changed, a credit line added. */
    public String editedReprint(long i, long variant) {
        Random random = new Random(variant);
        String[] paragraphs = article(i).split("\n\n");
        int dropped = random.nextInt(paragraphs.length);
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < paragraphs.length; p++) {
            if (p == dropped) {
                continue;
            }
            for (String w : paragraphs[p].split(" ")) {
                text.append(random.nextInt(25) == 0 ? word(random) : w).append(' ');
            }
            text.append("\n\n");
        }
        return text.append("This story first appeared on another site.").toString();
    }
}
