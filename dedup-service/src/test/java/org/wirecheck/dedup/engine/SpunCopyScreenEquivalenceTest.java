package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The screen's sentences, made once per article with content words told apart without a string per word, against
 * the way they were made before (a string per word, looked up in the set of function words), on the random texts of
 * {@link AnalysisEquivalenceTest} and on texts made of the function words themselves.
 */
class SpunCopyScreenEquivalenceTest {

    /** Function words, near misses (a letter more or less, capitals, curly apostrophes) and long or non-ASCII words. */
    private static final String[] WORDS = {"the", "The", "THE", "thee", "th", "and", "for", "that", "it's", "it\u2019s",
            "its", "don't", "Don\u2019t", "didn't", "although", "Although", "althoughs", "whether", "between",
            "because", "becaus", "said", "says", "told", "who", "whom", "whose", "why", "yet", "nor", "per", "via",
            "won't", "wont", "girders", "bridge", "ab", "a", "x", "çok", "için", "città", "北京", "大", "한국어", "sä",
            "schön", "\u00E9t\u00E9", "abcdefgh", "abcdefghi", "U.S.", "3.5", "1,000", "200", "2024", ".", "!", "?",
            "\u3002", "\n\n", "\n", " ", " ", " ", " "};

    private static String functionWordText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        for (int w = 0; w < words; w++) {
            text.append(WORDS[random.nextInt(WORDS.length)]);
            text.append(random.nextInt(4) == 0 ? "" : " ");
        }
        return text.toString();
    }

    @Test
    void contentWordsAreTheSameAsWithAStringPerWord() {
        Random random = new Random(29);
        for (int t = 0; t < 2_000; t++) {
            String text = t % 2 == 0
                    ? AnalysisEquivalenceTest.randomText(random, random.nextInt(300))
                    : functionWordText(random, random.nextInt(300));
            ArticleText words = ArticleText.of(text);
            for (int w = 0; w < words.wordCount(); w++) {
                assertEquals(SpunCopyScreen.isContentWord(words.word(w)), SpunCopyScreen.isContentWord(words, w),
                        words.word(w));
            }
        }
    }

    @Test
    void sentencesAreTheSameAsBefore() {
        Random random = new Random(31);
        for (int t = 0; t < 2_000; t++) {
            String text = t % 2 == 0
                    ? AnalysisEquivalenceTest.randomText(random, random.nextInt(600))
                    : functionWordText(random, random.nextInt(600));
            AnalysedArticle article = AnalysedArticle.of(text);
            SpunCopyScreen.Prepared actual = SpunCopyScreen.prepare(article);
            SpunCopyScreen.Prepared expected = referencePrepare(article);
            assertEquals(expected.sentences(), actual.sentences(), text);
            for (int s = 0; s < expected.sentences(); s++) {
                assertArrayEquals(expected.words[s], actual.words[s], text);
            }
            assertArrayEquals(expected.firstWord, actual.firstWord, text);
            assertArrayEquals(expected.lastWord, actual.lastWord, text);
            assertArrayEquals(expected.length, actual.length, text);
            assertEquals(expected.totalWords, actual.totalWords, text);
            assertSame(actual, SpunCopyScreen.prepare(article), "made once per article");
        }
    }

    /** {@link SpunCopyScreen#prepare} as it was: a string per word, looked up in the set of function words. */
    private static SpunCopyScreen.Prepared referencePrepare(AnalysedArticle article) {
        ArticleText text = article.text();
        String chars = text.text();
        List<long[]> sets = new ArrayList<>();
        List<int[]> spans = new ArrayList<>();
        int total = 0;
        for (int p = 0; p < text.paragraphCount(); p++) {
            int first = text.paragraphStart(p);
            int end = text.paragraphEnd(p);
            if (end <= first || article.isChrome(first)) {
                continue;
            }
            total += end - first;
            int start = first;
            for (int w = first; w < end; w++) {
                boolean last = w + 1 == end || endsSentence(chars, text.end(w), text.start(w + 1));
                if (last) {
                    long[] hashes = new long[w + 1 - start];
                    int count = 0;
                    for (int k = start; k <= w; k++) {
                        if (SpunCopyScreen.isContentWord(text.word(k))) {
                            hashes[count++] = text.wordHash(k);
                        }
                    }
                    long[] set = Arrays.stream(hashes, 0, count).filter(h -> h != 0).distinct().sorted().toArray();
                    if (set.length >= SpunCopyScreen.MIN_CONTENT_WORDS) {
                        sets.add(set);
                        spans.add(new int[]{start, w, w + 1 - start});
                    }
                    start = w + 1;
                }
            }
        }
        return new SpunCopyScreen.Prepared(text, sets.toArray(long[][]::new),
                spans.stream().mapToInt(s -> s[0]).toArray(), spans.stream().mapToInt(s -> s[1]).toArray(),
                spans.stream().mapToInt(s -> s[2]).toArray(), total);
    }

    private static boolean endsSentence(String chars, int from, int to) {
        for (int c = from; c < to; c++) {
            char ch = chars.charAt(c);
            if (ch == '.' || ch == '?' || ch == '!' || ch == '\u3002') {
                return true;
            }
        }
        return false;
    }
}
