package org.wirecheck.credibility.engine;

import java.util.Locale;
import java.util.Set;

/**
 * Whether the attribution rules can read an article: they are written for English (speech verbs, "according to",
 * titles, the house styles of English wire copy), so a Dari, Pashto, Russian or French article would come out with no
 * quote and no source, and an attribution score of 0 that says "unsourced" when it means "not read".
 * <p>
 * Two tests on the first {@link #SAMPLE} chars: most letters are Latin, and English function words are a fair share
 * of the words (a fifth to a third of English news copy; a few per cent of French, German or Turkish, whose "a", "in"
 * or "on" are also English). A text with too few letters or words to tell is taken as English, as before.
 */
final class AttributionLanguage {

    static final int SAMPLE = 4_000;
    /** Fewer letters than this, or fewer words than {@link #MIN_WORDS}: too short to tell. */
    static final int MIN_LETTERS = 60;
    static final int MIN_WORDS = 20;
    static final double MIN_LATIN_SHARE = 0.5;
    static final double MIN_FUNCTION_WORD_SHARE = 0.08;

    private static final Set<String> ENGLISH_FUNCTION_WORDS = Set.of("the", "and", "of", "to", "in", "is", "was",
            "said", "for", "on", "that", "with", "a", "by", "from", "at", "has", "he", "it", "are", "were", "his",
            "her",
            "they", "have", "be", "this", "an", "who", "its", "not", "but", "as");

    private AttributionLanguage() {
    }

    /** True if the rules read the text: English, or too short to tell. */
    static boolean read(String text) {
        int length = Math.min(text.length(), SAMPLE);
        int letters = 0, latin = 0, words = 0, functionWords = 0;
        int wordStart = -1;
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (Character.isLetter(c)) {
                letters++;
                latin += Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN ? 1 : 0;
                if (wordStart < 0) {
                    wordStart = i;
                }
            } else if (wordStart >= 0 && c != '\'' && c != '’') {
                words++;
                if (ENGLISH_FUNCTION_WORDS.contains(text.substring(wordStart, i).toLowerCase(Locale.ROOT))) {
                    functionWords++;
                }
                wordStart = -1;
            }
        }
        if (letters < MIN_LETTERS) {
            return true;
        }
        if (latin < MIN_LATIN_SHARE * letters) {
            return false;
        }
        return words < MIN_WORDS || functionWords >= MIN_FUNCTION_WORD_SHARE * words;
    }
}
