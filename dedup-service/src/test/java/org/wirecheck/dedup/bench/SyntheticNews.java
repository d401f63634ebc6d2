package org.wirecheck.dedup.bench;

import java.util.Random;

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

    private static final String[] SYLLABLES = {"ka", "to", "ri", "mel", "san", "dor", "vi", "lu", "pe", "gran", "os",
            "te", "bar", "ni", "qua", "sel", "mo", "fen", "ur", "da", "li", "nor", "ex", "pa", "rum", "ti", "ve", "so",
            "clar", "em"};
    private static final int VOCABULARY = 40_000;

    private final String[] words = new String[VOCABULARY];
    private final double[] cumulative = new double[VOCABULARY];
    private final long seed;

    public SyntheticNews(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        for (int w = 0; w < VOCABULARY; w++) {
            int syllables = 1 + random.nextInt(4);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[w] = word.append(w % 97).toString();
        }
        double sum = 0;
        for (int w = 0; w < VOCABULARY; w++) {
            sum += 1 / Math.pow(w + 1, 1.05);
            cumulative[w] = sum;
        }
        for (int w = 0; w < VOCABULARY; w++) {
            cumulative[w] /= sum;
        }
    }

    private String word(Random random) {
        int at = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words[at >= 0 ? at : Math.min(VOCABULARY - 1, -at - 1)];
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
