package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The single-pass tokenizer, the block-minimum winnower, the heap of anchors and the counting language detector
 * against the implementations they replaced ({@link ReferenceArticleText}, {@link ReferenceLanguage}, and the
 * rescanning winnower and sorting anchor picker below), on random texts that mix every case the tokenizer treats
 * specially.
 */
class AnalysisEquivalenceTest {

    /** Pieces random texts are made of: plain and capitalised words, and every kind of character with a rule. */
    private static final String[] PIECES = {"the", "The", "said", "Council", "of", "and", "la", "de", "die", "und",
            "için", "çok", "não", "è", "olarak", "Zürich", "Zu\u0308rich", "cafe\u0301", "café", "İstanbul", "ΣΟΦΙΑ",
            "σοφίας", "МОСКВА", "Київ", "كابل", "رســـمی", "مُحَمَّد", "كي", "\u06E5ب", "پچژگ", "ټډړ", "می", "نمی",
            "مي", "بی", "ها", "های", "اند", "ترین", "شده", "۱۲", "٫", "٬", "أن", "ёлка", "Ё",
            "\u202F", "北京", "大学",
            "ひらがな", "カタカナ", "ภาษาไทย", "한국어", "हिन्दी", "\uF900\uF901", "\uD83D\uDE00", "\uD835\uDC00x",
            "don't", "Don\u2019t", "\u2018quoted\u2019", "U.S.", "3.5", "1,000", "2,5a", "a,b", "x.", "'", "\u02BCok",
            "\u200C", "\u200D", "\u0640", "\u0301", "e\u0301", "ǅ", "ﬁ", "ß", "ẞ", "Ⅻ", "²", "٣", "\uD800", "\uDC00",
            "O'Neil", "ABC123", "x\u00ADy", "\u200B", "\u2060", "\uFEFF", "\u200E", "\u00A0", " ", "  ", "\t", "\n",
            "\n\n", "\n \u00A0\r\n", "\r\n", "\u2029",
            "\u2028", "\u2014", "\u201C", "\u201D", "\"", ",", ".", "!", "(", ")", "-", "\u2022", "©", "|"};

    static String randomText(Random random, int pieces) {
        StringBuilder text = new StringBuilder();
        for (int p = 0; p < pieces; p++) {
            int kind = random.nextInt(10);
            if (kind < 4) {
                // A plain ASCII word of random letters and digits, sometimes upper case.
                int length = 1 + random.nextInt(9);
                for (int k = 0; k < length; k++) {
                    int r = random.nextInt(40);
                    text.append(r < 26 ? (char) ('a' + r) : r < 36 ? (char) ('A' + r - 26) : (char) ('0' + r - 36));
                }
                text.append(' ');
            } else if (kind < 9) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
                if (random.nextBoolean()) {
                    text.append(' ');
                }
            } else {
                text.append((char) random.nextInt(0x3100));
            }
        }
        return text.toString();
    }

    @Test
    void tokenizerGivesTheSameWordsOffsetsHashesAndParagraphsAsTheReference() {
        Random random = new Random(20261128);
        for (int t = 0; t < 3_000; t++) {
            String text = randomText(random, random.nextInt(t % 10 == 0 ? 2_000 : 120));
            ArticleText actual = ArticleText.of(text);
            ReferenceArticleText expected = ReferenceArticleText.of(text);
            assertSameWords(expected, actual, text);
            assertEquals(expected.paragraphCount(), actual.paragraphCount(), text);
            for (int p = 0; p < expected.paragraphCount(); p++) {
                assertEquals(expected.paragraphStart(p), actual.paragraphStart(p), text);
                assertEquals(expected.paragraphHash(p), actual.paragraphHash(p), text);
            }
            assertEquals(expected.normalisedHash(), actual.normalisedHash(), text);
        }
    }

    @Test
    void aVeryLongTextThenAShortOneOnTheSameThread() {
        // The per-thread buffers grow for the long text and are given back for the next one.
        for (String text : new String[]{"Word, w\u00F6rd; 3.5 ".repeat(40_000), "Don\u2019t go", ""}) {
            ArticleText actual = ArticleText.of(text);
            ReferenceArticleText expected = ReferenceArticleText.of(text);
            assertEquals(expected.wordCount(), actual.wordCount());
            assertEquals(expected.normalisedHash(), actual.normalisedHash());
            for (int w = 0; w < expected.wordCount(); w += 997) {
                assertEquals(expected.word(w), actual.word(w));
                assertEquals(expected.end(w), actual.end(w));
            }
        }
    }

    @Test
    void languageIsTheSameAsTheReference() {
        Random random = new Random(7);
        for (int t = 0; t < 3_000; t++) {
            String text = randomText(random, random.nextInt(t % 10 == 0 ? 3_000 : 200));
            assertEquals(ReferenceLanguage.detect(text), Language.detect(text), text);
        }
        for (String text : new String[]{"", "the la de", "la la la de de", "İçin çok daha", "Ich und die der das",
                "El y la que del", "x".repeat(5_000) + " the", "the ".repeat(3_000), "de la ".repeat(1_500)}) {
            assertEquals(ReferenceLanguage.detect(text), Language.detect(text), text);
        }
    }

    /** ASCII pieces the detector and the tokenizer cut differently, and the Latin-script function words. */
    private static final String[] ASCII_PIECES = {"the", "The", "THE", "and", "of", "to", "in", "is", "that", "for",
            "was", "with", "on", "said", "he", "it", "le", "la", "les", "des", "et", "est", "une", "du", "dans", "que",
            "pour", "qui", "pas", "sur", "der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "von",
            "zu", "sich", "auf", "el", "los", "las", "y", "del", "en", "por", "una", "con", "para", "se", "es", "il",
            "di", "che", "e", "per", "non", "della", "sono", "gli", "o", "os", "de", "do", "da", "em", "um", "uma",
            "com", "ao", "het", "een", "van", "dat", "op", "te", "zijn", "voor", "ook", "ve", "bir", "bu", "ile",
            "olarak", "daha", "gibi", "olan", "ama", "ne", "don't", "O'Neil", "it's", "3.5", "1,000", "abc123",
            "123abc", "a1b2c3", "the1", "1the", "U.S.", "x.y", "e-mail", "thee", "an", "a", "olarakk", "dellaa"};

    /** Non-ASCII pieces: diacritics, decomposed accents, other scripts, Han after Latin, NBSP, curly quotes. */
    private static final String[] OTHER_PIECES = {"café", "cafe\u0301", "Zürich", "için", "çok", "não", "è", "İ",
            "İstanbul", "ΣΟΦΙΑ", "МОСКВА", "Київ", "كابل", "رســـمی", "مُحَمَّد", "پچژگ", "ټډړ", "北京", "abc北京",
            "the大学", "ひらがな", "ภาษาไทย", "한국어", "\uD840\uDC00", "x\uD83D\uDE00", "\u00A0", "\u2019s",
            "Don\u2019t", "\u201Cthe\u201D", "\u0640", "\u0301", "\u00AD", "\uD800"};

    private static final String[] ASCII_SEPARATORS = {" ", " ", " ", " ", "  ", ", ", ". ", "\n", "\n\n", "\t",
            "-", "\"", "(", ") ", "'", ".", ""};

    /**
     * Mostly ASCII texts, so that the detector's sample is often all ASCII and the tokenizer's pass tells the
     * language: pure ASCII, ASCII with one non-ASCII piece (before or after the sample's end) and ASCII mixed with
     * other scripts, from a few words to beyond 4,000 chars and 2,001 words.
     */
    static String mostlyAsciiText(Random random) {
        int kind = random.nextInt(8);
        int target = kind < 2
                ? 3_900 + random.nextInt(300)
                : kind < 3 ? random.nextInt(9_000) : kind < 4 ? 4_000 + random.nextInt(5_000) : random.nextInt(600);
        int mode = random.nextInt(4);
        int other = mode == 1 ? random.nextInt(Math.max(1, target)) : -1;
        StringBuilder text = new StringBuilder();
        while (text.length() < target) {
            if (text.length() >= other && other >= 0) {
                text.append(OTHER_PIECES[random.nextInt(OTHER_PIECES.length)]);
                other = -1;
            } else if (mode == 2 && random.nextInt(30) == 0) {
                text.append(OTHER_PIECES[random.nextInt(OTHER_PIECES.length)]);
            } else if (random.nextInt(3) == 0) {
                int length = 1 + random.nextInt(10);
                for (int k = 0; k < length; k++) {
                    int r = random.nextInt(40);
                    text.append(r < 26 ? (char) ('a' + r) : r < 36 ? (char) ('A' + r - 26) : (char) ('0' + r - 36));
                }
            } else {
                String piece = ASCII_PIECES[random.nextInt(ASCII_PIECES.length)];
                text.append(random.nextInt(10) == 0 ? piece.toUpperCase(java.util.Locale.ROOT) : piece);
            }
            text.append(ASCII_SEPARATORS[random.nextInt(ASCII_SEPARATORS.length)]);
        }
        return text.toString();
    }

    @Test
    void languageFromTheTokenizersPassIsTheSameAsTheDetectors() {
        Random random = new Random(20261128L * 5);
        int asciiSamples = 0;
        int texts = 6_000;
        for (int t = 0; t < texts; t++) {
            String text = mostlyAsciiText(random);
            String expected = ReferenceLanguage.detect(text);
            assertEquals(expected, Language.detect(text), text);
            assertEquals(expected, ArticleText.of(text).language(), text);
            assertEquals(expected, AnalysedArticle.of(text).language(), text);
            if (text.chars().limit(Language.SAMPLE_LENGTH).allMatch(c -> c < 0x80)) {
                asciiSamples++;
            }
        }
        // The pass, not the detector, must have told most of them.
        org.junit.jupiter.api.Assertions.assertTrue(asciiSamples > texts / 3, "ASCII samples: " + asciiSamples);
        String fourThousand = "ab ".repeat(1_333) + "a";
        for (String text : new String[]{"", " ", "1", "3.5 1,000", "a", "the", "THE the", "don't", "a ".repeat(2_100),
                "the ".repeat(1_100), "de la ".repeat(1_500), "x".repeat(5_000) + " the", "the " + "x".repeat(5_000),
                "la ".repeat(1_333) + "abc123 le", fourThousand + "bc the", fourThousand + "1the",
                fourThousand + "é the", fourThousand + "\uD840\uDC00", fourThousand.substring(1) + "\uD840\uDC00",
                fourThousand.substring(1) + "é", "the ".repeat(999) + "ab1", "the ".repeat(999) + "abc1",
                "the ".repeat(500) + "the大学 " + "le ".repeat(100), "abc北京 the and of"}) {
            String expected = ReferenceLanguage.detect(text);
            assertEquals(expected, ArticleText.of(text).language(), text);
            assertEquals(expected, AnalysedArticle.of(text).language(), text);
        }
    }

    @Test
    void languageTiesAreBrokenAsByTheReference() {
        // Texts made only of function words of several Latin-script languages, so that two or three languages often
        // have the same count, in every order of first hit.
        String[] words = {"the", "and", "le", "la", "les", "der", "die", "el", "y", "los", "il", "di", "o", "os",
                "het", "een", "ve", "bir", "de", "que", "e", "en", "es", "con", "is", "op", "da", "zorp", "1"};
        Random random = new Random(17);
        for (int t = 0; t < 20_000; t++) {
            StringBuilder text = new StringBuilder();
            int count = 1 + random.nextInt(t % 100 == 0 ? 3_000 : 12);
            for (int w = 0; w < count; w++) {
                text.append(words[random.nextInt(words.length)]).append(' ');
            }
            assertEquals(ReferenceLanguage.detect(text.toString()), Language.detect(text.toString()), text.toString());
        }
    }

    @Test
    void winnowingKeepsTheSameFingerprintsAsRescanningEveryWindow() {
        Random random = new Random(11);
        for (int t = 0; t < 5_000; t++) {
            long[] shingles = new long[random.nextInt(t % 10 == 0 ? 3_000 : 200)];
            int distinct = 1 + random.nextInt(t % 3 == 0 ? 8 : 1_000_000);
            for (int s = 0; s < shingles.length; s++) {
                // Few distinct values in some runs, to test ties; zeros are shingles touching chrome.
                shingles[s] = random.nextInt(6) == 0 ? 0 : (long) random.nextInt(distinct) << 32 | random.nextInt();
            }
            if (t % 4 == 0 && shingles.length > 0) {
                // A chrome paragraph: a run of zeros, at times longer than a window.
                int from = random.nextInt(shingles.length);
                Arrays.fill(shingles, from, Math.min(shingles.length, from + random.nextInt(100)), 0L);
            }
            assertArrayEquals(referenceWinnow(shingles), AnalysedArticle.winnow(shingles), Arrays.toString(shingles));
        }
    }

    @Test
    void analysedArticlesHaveTheSameFingerprintsAndAnchorsAsTheReference() {
        Random random = new Random(13);
        for (int t = 0; t < 1_000; t++) {
            String text = randomText(random, random.nextInt(800));
            AnalysedArticle article = AnalysedArticle.of(text);
            assertArrayEquals(referenceWinnow(article.shingles()), article.fingerprints(), text);
            BitSet chrome = new BitSet();
            for (int w = 0; w < article.text().wordCount(); w++) {
                chrome.set(w, article.isChrome(w));
            }
            assertArrayEquals(referenceAnchors(ReferenceArticleText.of(text), chrome), article.anchors(), text);
            assertEquals(ReferenceLanguage.detect(text), article.language());
        }
    }

    @Test
    void sameWordsAsComparesEveryNormalisedWord() {
        assertEquals(true, AnalysedArticle.of("Don\u2019t GO now").sameWordsAs(AnalysedArticle.of("don't go, now")));
        assertEquals(false, AnalysedArticle.of("ab c").sameWordsAs(AnalysedArticle.of("a bc")));
        assertEquals(false, AnalysedArticle.of("ab c").sameWordsAs(AnalysedArticle.of("ab d")));
        assertEquals(true, AnalysedArticle.of("").sameWordsAs(AnalysedArticle.of(" \u2014 ")));
    }

    /** The winnower as it was: rescans each window for its rightmost minimum. */
    static int[] referenceWinnow(long[] shingles) {
        int[] kept = new int[Math.max(4, shingles.length * 2 / AnalysedArticle.WINNOWING_WINDOW + 4)];
        int count = 0;
        int lastKept = -1;
        int window = Math.min(AnalysedArticle.WINNOWING_WINDOW, shingles.length);
        for (int start = 0; start + window <= shingles.length; start++) {
            int min = -1;
            for (int s = start; s < start + window; s++) {
                if (shingles[s] != 0 && (min < 0 || AnalysedArticle.fingerprintOf(shingles[s]) <= AnalysedArticle
                        .fingerprintOf(shingles[min]))) {
                    min = s;
                }
            }
            if (min >= 0 && min != lastKept) {
                if (count == kept.length) {
                    kept = Arrays.copyOf(kept, count * 2);
                }
                kept[count++] = AnalysedArticle.fingerprintOf(shingles[min]);
                lastKept = min;
            }
        }
        return Arrays.stream(kept, 0, count).distinct().toArray();
    }

    /** The anchors as they were: every pair collected, made distinct and sorted. */
    static int[] referenceAnchors(ReferenceArticleText text, BitSet chrome) {
        long[] candidates = new long[text.wordCount()];
        int count = 0;
        for (int w = 0; w + 1 < text.wordCount(); w++) {
            if (!chrome.get(w) && !chrome.get(w + 1) && anchorWord(text.word(w)) && anchorWord(text.word(w + 1))) {
                candidates[count++] = text.wordHash(w) * 31 + text.wordHash(w + 1);
            }
        }
        long[] distinct = Arrays.stream(candidates, 0, count).distinct().sorted().toArray();
        int[] result = new int[Math.min(AnalysedArticle.ANCHORS, distinct.length)];
        for (int i = 0; i < result.length; i++) {
            result[i] = (int) (distinct[i] >>> 32);
        }
        return result;
    }

    /** Runs of one script each, as real copy has them: words of Latin with diacritics, Arabic, Cyrillic, and CJK. */
    private static final String[][] SCRIPTS = {
            {"the", "Zürich", "café", "naïve", "São", "için", "Ärzte", "Don\u2019t", "U.S.", "1,000", "coöperate",
                    "K\u0430bul", "\u03BFf", "\u0430", "\u0422he"},
            {"کابل", "رســـمی", "مُحَمَّد", "كيف", "پچژگ", "ټډړ", "والی", "شهر", "ولسمشر", "کہا", "خانۀ", "ۂ", "ھے"},
            {"Москва", "Київ", "говорит", "ЪЕЗД", "Ђорђе", "їжак", "сказал", "а", "сос", "Kabul", "K\u0430bul"},
            {"北京大学", "東京で", "ひらがなカタカナ", "中华人民共和国", "ภาษาไทย", "大阪", "\uD840\uDC00字"}};

    /** Separators between words: spaces of every kind, curly quotes, dashes, line breaks and blank lines. */
    private static final String[] SEPARATORS = {" ", " ", " ", "\u00A0", " \u201C", "\u201D ", "\u2018", "\u2019 ",
            " \u2014 ", ", ", ". ", "\n", "\n\n", "\r\n", "\n\u00A0\n", "\t", "\u3001", "\u3002", ""};

    static String scriptRunText(Random random, int words) {
        StringBuilder text = new StringBuilder();
        String[] script = SCRIPTS[random.nextInt(SCRIPTS.length)];
        for (int w = 0; w < words; w++) {
            if (random.nextInt(12) == 0) {
                script = SCRIPTS[random.nextInt(SCRIPTS.length)];
            }
            String word = script[random.nextInt(script.length)];
            text.append(random.nextInt(8) == 0 ? word.toUpperCase(java.util.Locale.ROOT) : word);
            // CJK runs mostly without spaces, as it is written.
            text.append(script == SCRIPTS[3] && random.nextInt(4) != 0
                    ? ""
                    : SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return text.toString();
    }

    @Test
    void scriptRunTextsGiveTheSameWordsLanguageFingerprintsAndAnchorsAsTheReference() {
        Random random = new Random(20261128L * 4);
        for (int t = 0; t < 2_000; t++) {
            String text = scriptRunText(random, random.nextInt(t % 10 == 0 ? 1_500 : 300));
            ArticleText actual = ArticleText.of(text);
            ReferenceArticleText expected = ReferenceArticleText.of(text);
            assertSameWords(expected, actual, text);
            assertEquals(expected.paragraphCount(), actual.paragraphCount(), text);
            for (int p = 0; p < expected.paragraphCount(); p++) {
                assertEquals(expected.paragraphStart(p), actual.paragraphStart(p), text);
            }
            AnalysedArticle article = AnalysedArticle.of(text);
            assertEquals(ReferenceLanguage.detect(text), article.language(), text);
            assertArrayEquals(referenceWinnow(article.shingles()), article.fingerprints(), text);
            BitSet chrome = new BitSet();
            for (int w = 0; w < article.text().wordCount(); w++) {
                chrome.set(w, article.isChrome(w));
            }
            assertArrayEquals(referenceAnchors(expected, chrome), article.anchors(), text);
        }
    }

    @Test
    void anchorsOfTextsWithFewDistinctPairsAreTheSameAsTheReference() {
        // A small vocabulary repeated: often fewer than ANCHORS distinct pairs below the sampling bound, or in all,
        // so the anchors come from the pass over every pair; and pair counts just around ANCHOR_SAMPLE.
        Random random = new Random(31);
        for (int t = 0; t < 3_000; t++) {
            String[] vocabulary = new String[2 + random.nextInt(t % 2 == 0 ? 12 : 60)];
            for (int v = 0; v < vocabulary.length; v++) {
                vocabulary[v] = random.nextInt(5) == 0 ? "of" : "word" + Integer.toString(v, 36) + "x";
            }
            int words = random.nextInt(t % 3 == 0 ? 60 : 600);
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < words; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(30) == 0 ? "\n" : " ");
            }
            AnalysedArticle article = AnalysedArticle.of(text.toString());
            BitSet chrome = new BitSet();
            for (int w = 0; w < article.text().wordCount(); w++) {
                chrome.set(w, article.isChrome(w));
            }
            assertArrayEquals(referenceAnchors(ReferenceArticleText.of(text.toString()), chrome), article.anchors(),
                    text.toString());
        }
    }

    @Test
    void blankLinesAreFoundAsByTheCharByCharScan() {
        char[] alphabet = {'\n', ' ', '\t', '\u00A0', '\r', 'a', '\u2028', '\u2029', '\u000B'};
        Random random = new Random(29);
        for (int t = 0; t < 50_000; t++) {
            char[] text = new char[random.nextInt(12)];
            for (int i = 0; i < text.length; i++) {
                text[i] = alphabet[random.nextInt(random.nextBoolean() ? 3 : alphabet.length)];
            }
            // Also with a shorter length than the buffer, as the tokenizer's buffer is longer than its text.
            int length = random.nextInt(text.length + 1);
            assertEquals(referenceHasBlankLine(text, length), ArticleText.hasBlankLine(text, length),
                    new String(text, 0, length).replace("\n", "\\n"));
        }
    }

    @Test
    void noCodePointBelowTheFirstIdeographicIsIdeographic() {
        // The anchor rule asks Character.isIdeographic only of words starting at or above this char.
        for (int c = 0; c < AnalysedArticle.FIRST_IDEOGRAPHIC; c++) {
            assertEquals(false, Character.isIdeographic(c), Integer.toHexString(c));
        }
        assertEquals(true, Character.isIdeographic(0x3006));
    }

    /** The blank-line test as it was: one pass, a flag set by a line break and cleared by anything but white space. */
    private static boolean referenceHasBlankLine(char[] text, int length) {
        boolean afterLineBreak = false;
        for (int i = 0; i < length; i++) {
            char c = text[i];
            if (c == '\n') {
                if (afterLineBreak) {
                    return true;
                }
                afterLineBreak = true;
            } else if (c != ' ' && c != '\t' && c != '\u00A0' && c != '\r') {
                afterLineBreak = false;
            }
        }
        return false;
    }

    private static boolean anchorWord(String word) {
        return word.length() >= AnalysedArticle.ANCHOR_MIN_LENGTH || Character.isIdeographic(word.codePointAt(0));
    }

    /** The same words, offsets and hashes as the reference tokenizer. */
    private static void assertSameWords(ReferenceArticleText expected, ArticleText actual, String text) {
        assertEquals(expected.wordCount(), actual.wordCount(), text);
        for (int w = 0; w < expected.wordCount(); w++) {
            assertEquals(expected.word(w), actual.word(w), text);
            assertEquals(expected.start(w), actual.start(w), text);
            assertEquals(expected.end(w), actual.end(w), text);
            assertEquals(expected.wordHash(w), actual.wordHash(w), text);
        }
    }
}
