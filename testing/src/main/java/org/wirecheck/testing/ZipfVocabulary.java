package org.wirecheck.testing;

import java.util.Arrays;
import java.util.Random;

/**
 * A made-up vocabulary of pronounceable words drawn with Zipf frequencies, as in real text: a few words are everywhere,
 * most are rare. Synthetic articles built from it share common words and short phrases the way unrelated news stories
 * do, but not long passages, so benchmarks of the duplicate detection see a realistic mix (a tiny vocabulary would make
 * every pair of articles look related; uniform words would make none share anything).
 * <p>
 * Deterministic: the same seed gives the same words, and the same {@link Random} the same draws.
 */
public final class ZipfVocabulary {

    private static final String[] SYLLABLES = {"ka", "to", "ri", "mel", "san", "dor", "vi", "lu", "pe", "gran", "os",
            "te", "bar", "ni", "qua", "sel", "mo", "fen", "ur", "da", "li", "nor", "ex", "pa", "rum", "ti", "ve", "so",
            "clar", "em"};

    private final String[] words;
    private final double[] cumulative;

    /**
     * @param size how many distinct words (at least 1)
     * @param exponent the Zipf exponent (about 1 for English text)
     * @param seed makes the words
     */
    public ZipfVocabulary(int size, double exponent, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("A vocabulary needs at least one word, got " + size);
        }
        words = new String[size];
        cumulative = new double[size];
        Random random = new Random(seed);
        for (int w = 0; w < size; w++) {
            int syllables = 1 + random.nextInt(4);
            StringBuilder word = new StringBuilder();
            for (int s = 0; s < syllables; s++) {
                word.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
            }
            words[w] = word.append(w % 97).toString();
        }
        double sum = 0;
        for (int w = 0; w < size; w++) {
            sum += 1 / Math.pow(w + 1, exponent);
            cumulative[w] = sum;
        }
        for (int w = 0; w < size; w++) {
            cumulative[w] /= sum;
        }
    }

    /** One word, drawn with its Zipf frequency. */
    public String word(Random random) {
        int at = Arrays.binarySearch(cumulative, random.nextDouble());
        return words[at >= 0 ? at : Math.min(words.length - 1, -at - 1)];
    }

    /** A sentence of {@code length} words ending with a full stop. */
    public String sentence(Random random, int length) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < length; w++) {
            text.append(word(random)).append(w + 1 < length ? ' ' : '.');
        }
        return text.toString();
    }
}
