package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
            "\u3002", "\u06D4", "\u061F", "\uFF1F", "\uFF01", "\n\n", "\n", " ", " ", " ", " "};

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

    @Test
    void alignmentsAreTheSameAsBefore() {
        Random random = new Random(37);
        int aligned = 0;
        for (int t = 0; t < 3_000; t++) {
            // Small vocabularies make many sentences share as much as each other: ties, taken by the first.
            String[] vocabulary = LexicalComparisonEquivalenceTest.vocabulary(random,
                    t % 3 == 0 ? 8 : t % 3 == 1 ? 40 : 5_000);
            List<String> original = LexicalComparisonEquivalenceTest.paragraphs(random, vocabulary,
                    1 + random.nextInt(12));
            SpunCopyScreen.Prepared a = SpunCopyScreen.prepare(AnalysedArticle.of(String.join("\n\n", original)));
            SpunCopyScreen.Prepared b = SpunCopyScreen
                    .prepare(
                            AnalysedArticle.of(LexicalComparisonEquivalenceTest.variant(random, original, vocabulary)));
            SpunCopyScreen.Result expected = referenceCompare(a, b);
            assertEquals(expected, SpunCopyScreen.compare(a, b));
            assertEquals(referenceCompare(b, a), SpunCopyScreen.compare(b, a));
            aligned += expected.passages().isEmpty() ? 0 : 1;
        }
        assertTrue(aligned > 1_000, "pairs with aligned sentences: " + aligned);
    }

    @Test
    void leastSharedIsTheFewestThatPassTheTest() {
        for (int sum = 1; sum < 400; sum++) {
            for (double share : new double[]{0, 0.4, 0.5, 0.95, 1.0 / 3, 2.0 / 3, 0.7142857142857143, 1}) {
                for (boolean strict : new boolean[]{false, true}) {
                    int expected = 0;
                    while (strict ? !(2.0 * expected / sum > share) : !(2.0 * expected / sum >= share)) {
                        expected++;
                    }
                    assertEquals(expected, SpunCopyScreen.leastShared(share, sum, strict), sum + " " + share);
                }
            }
        }
    }

    @Test
    void theMergesLowerBoundIsNeverAboveTheLeastSharedCount() {
        Random random = new Random(53);
        for (int sum = 1; sum < 1_200; sum++) {
            for (int t = 0; t < 60; t++) {
                // Dice shares as the screen makes them (its best so far, its first guess), and any share.
                double share = t % 2 == 0
                        ? 2.0 * random.nextInt(sum + 1) / (1 + random.nextInt(1_200))
                        : random.nextDouble();
                int bound = SpunCopyScreen.lowerBoundOfLeastShared(share, sum);
                for (boolean strict : new boolean[]{false, true}) {
                    int least = SpunCopyScreen.leastShared(share, sum, strict);
                    assertTrue(bound <= least && bound >= least - 2, sum + " " + share + " " + strict);
                }
            }
        }
    }

    /** {@link SpunCopyScreen#compare} as it was: every pair merged to the end, in order. */
    private static SpunCopyScreen.Result referenceCompare(SpunCopyScreen.Prepared self,
            SpunCopyScreen.Prepared other) {
        if (self.sentences() == 0 || other.sentences() == 0) {
            return SpunCopyScreen.Result.NONE;
        }
        int[] best = new int[self.sentences()];
        double[] overlap = new double[self.sentences()];
        for (int i = 0; i < best.length; i++) {
            best[i] = -1;
            long[] a = self.words[i];
            for (int j = 0; j < other.sentences(); j++) {
                long[] b = other.words[j];
                if (2.0 * Math.min(a.length, b.length) / (a.length + b.length) < SpunCopyScreen.MIN_SENTENCE_OVERLAP) {
                    continue;
                }
                int shared = ReferenceLexicalComparison.intersection(a, b);
                double dice = 2.0 * shared / (a.length + b.length);
                if (shared >= SpunCopyScreen.MIN_SHARED_WORDS && dice >= SpunCopyScreen.MIN_SENTENCE_OVERLAP
                        && dice > overlap[i]) {
                    overlap[i] = dice;
                    best[i] = j;
                }
            }
        }
        int[] chain = ParaphraseAlignment.longestIncreasingChain(best);
        if (chain.length == 0) {
            return SpunCopyScreen.Result.NONE;
        }
        int wordsSelf = 0, wordsOther = 0;
        int shared = 0, sizes = 0;
        List<Passage> passages = new ArrayList<>(chain.length);
        for (int i : chain) {
            int j = best[i];
            wordsSelf += self.length[i];
            wordsOther += other.length[j];
            shared += ReferenceLexicalComparison.intersection(self.words[i], other.words[j]);
            sizes += Math.min(self.words[i].length, other.words[j].length);
            passages.add(new Passage(self.text.start(self.firstWord[i]), self.text.end(self.lastWord[i]),
                    other.text.start(other.firstWord[j]), other.text.end(other.lastWord[j])));
        }
        return new SpunCopyScreen.Result(Math.min(1.0, (double) wordsSelf / Math.max(1, self.totalWords)),
                Math.min(1.0, (double) wordsOther / Math.max(1, other.totalWords)), (double) shared / sizes,
                List.copyOf(passages));
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
            if (".?!\u3002\uFF1F\uFF01\u06D4\u061F".indexOf(ch) >= 0) {
                return true;
            }
        }
        return false;
    }
}
