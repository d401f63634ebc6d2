package org.wirecheck.dedup.engine;

// The tokenizer as it was before the single-pass rewrite, kept as the reference the new one must equal.
import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;

import org.wirecheck.common.text.Lookalikes;

import com.dynatrace.hash4j.hashing.Hasher64;
import com.dynatrace.hash4j.hashing.Hashing;

/**
 * An article's text cut into normalised words, each with its character offsets in the text as received, and into
 * paragraphs. Everything dedup-service matches on is derived from these words, and every passage it reports is
 * mapped back through the offsets, so a newsroom user sees the exact characters that matched.
 * <p>
 * Normalisation happens per word, so offsets never shift: case is folded; curly and straight apostrophes are the same
 * letter; quotes, dashes, bullets and every kind of white space (including U+00A0) separate words and are otherwise
 * ignored; Unicode is composed (NFC), so "é" typed two ways is one letter; Arabic diacritics and the tatweel are
 * dropped and Arabic/Persian yeh and kaf are folded, so Dari copy keyed on an Arabic keyboard still matches. Han, kana
 * and Thai characters are one word each, because those scripts do not mark word boundaries with spaces.
 * <p>
 * Example: {@code "“Don’t\u00A0go,” she said — twice."} has the words {@code don't go she said twice}.
 */
final class ReferenceArticleText {

    private static final Hasher64 HASHER = Hashing.komihash5_0();
    private static final Pattern BLANK_LINE = Pattern.compile("\n[ \t\u00A0\r]*\n");

    private final String text;
    private final String[] words;
    private final int[] starts;
    private final int[] ends;
    private final long[] wordHashes;
    /** Word index at which each paragraph starts; paragraphs are separated by line breaks. */
    private final int[] paragraphStarts;

    private ReferenceArticleText(String text, String[] words, int[] starts, int[] ends, int[] paragraphStarts) {
        this.text = text;
        this.words = words;
        this.starts = starts;
        this.ends = ends;
        this.paragraphStarts = paragraphStarts;
        this.wordHashes = new long[words.length];
        for (int i = 0; i < words.length; i++) {
            wordHashes[i] = HASHER.hashCharsToLong(words[i]);
        }
    }

    /** Cuts a text into normalised words and paragraphs. */
    static ReferenceArticleText of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("An article text must not be null");
        }
        Words out = new Words(Math.max(16, text.length() / 5));
        // Paragraphs are separated by blank lines if the text has any (hard-wrapped copy), else by line breaks.
        int breaksPerParagraph = BLANK_LINE.matcher(text).find() ? 2 : 1;
        int lineBreaks = 0;
        boolean lineBreakSinceLastWord = true;
        StringBuilder word = new StringBuilder();
        int wordStart = -1;
        int i = 0;
        while (i <= text.length()) {
            int c = i < text.length() ? text.codePointAt(i) : -1;
            int width = c < 0 ? 1 : Character.charCount(c);
            boolean standalone = c >= 0 && isStandaloneLetter(c);
            boolean inWord = c >= 0 && !standalone && isWordChar(c, word.length() > 0, text, i + width);
            if ((!inWord || standalone) && word.length() > 0) {
                out.add(finish(word), wordStart, i, lineBreakSinceLastWord);
                lineBreakSinceLastWord = false;
                lineBreaks = 0;
                word.setLength(0);
            }
            if (c == '\n' || c == 0x2029 || c == 0x2028) {
                lineBreakSinceLastWord |= ++lineBreaks >= breaksPerParagraph || c == 0x2029;
            }
            if (standalone) {
                out.add(new String(Character.toChars(c)), i, i + width, lineBreakSinceLastWord);
                lineBreakSinceLastWord = false;
                lineBreaks = 0;
            } else if (inWord) {
                if (word.length() == 0) {
                    wordStart = i;
                }
                appendFolded(word, c);
            }
            i += width;
        }
        return joinPersianAffixes(text, out);
    }

    /** Joins each word to the one before it where {@link ArticleText#joinsAffix} says so, one word at a time. */
    private static ReferenceArticleText joinPersianAffixes(String text, Words cut) {
        Words out = new Words(Math.max(16, cut.count));
        int paragraph = 0;
        for (int w = 0; w < cut.count; w++) {
            boolean startsParagraph = paragraph < cut.paragraphCount && cut.paragraphs[paragraph] == w;
            paragraph += startsParagraph ? 1 : 0;
            if (w > 0 && ArticleText.joinsAffix(cut.words[w - 1], cut.words[w], text, cut.ends[w - 1], cut.starts[w])) {
                out.words[out.count - 1] += cut.words[w];
                out.ends[out.count - 1] = cut.ends[w];
            } else {
                out.add(cut.words[w], cut.starts[w], cut.ends[w], startsParagraph);
            }
        }
        foldLookalikes(out);
        return new ReferenceArticleText(text, Arrays.copyOf(out.words, out.count), Arrays.copyOf(out.starts, out.count),
                Arrays.copyOf(out.ends, out.count), Arrays.copyOf(out.paragraphs, out.paragraphCount));
    }

    /** Lookalikes read as Latin letters in the words ArticleText folds them in, one word at a time. */
    private static void foldLookalikes(Words out) {
        int latinWords = 0;
        int otherWords = 0;
        for (int w = 0; w < out.count; w++) {
            boolean latin = out.words[w].chars().anyMatch(c -> Lookalikes.isLatin((char) c));
            boolean other = out.words[w].chars().anyMatch(c -> Lookalikes.isCyrillicOrGreek((char) c));
            latinWords += latin ? 1 : 0;
            otherWords += !latin && other ? 1 : 0;
        }
        for (int w = 0; w < out.count; w++) {
            String word = out.words[w];
            if (Lookalikes.readsAsLatin(Lookalikes.kind(word, 0, word.length()), latinWords, otherWords)) {
                StringBuilder folded = new StringBuilder();
                for (char c : word.toCharArray()) {
                    folded.append(Lookalikes.latinFor(c) != 0 ? Lookalikes.latinFor(c) : c);
                }
                out.words[w] = folded.toString();
            }
        }
    }

    /** The words found so far, with their offsets and the index of each paragraph's first word; grows by doubling. */
    private static final class Words {
        String[] words;
        int[] starts;
        int[] ends;
        int[] paragraphs = new int[16];
        int count;
        int paragraphCount;

        Words(int capacity) {
            words = new String[capacity];
            starts = new int[capacity];
            ends = new int[capacity];
        }

        void add(String word, int start, int end, boolean startsParagraph) {
            if (count == words.length) {
                int grown = count * 2;
                words = Arrays.copyOf(words, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
            }
            if (startsParagraph) {
                if (paragraphCount == paragraphs.length) {
                    paragraphs = Arrays.copyOf(paragraphs, paragraphCount * 2);
                }
                paragraphs[paragraphCount++] = count;
            }
            words[count] = word;
            starts[count] = start;
            ends[count] = end;
            count++;
        }
    }

    private static boolean isStandaloneLetter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isLetter(c) && (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI);
    }

    private static boolean isWordChar(int c, boolean inWord, String text, int next) {
        if (Character.isLetterOrDigit(c)) {
            return true;
        }
        int type = Character.getType(c);
        if (type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || c == 0x0640 || type == Character.FORMAT) {
            // Marks (Arabic harakat, Devanagari vowel signs), the tatweel and invisible format characters (zero-width
            // (non-)joiners, soft hyphens, zero-width spaces, direction marks) belong to the word they sit in:
            // "یک‌شنبه" is "یکشنبه", as outlets that type no non-joiner write it, and "gov\u00ADern\u00ADment"
            // with a typesetter's soft hyphens is "government".
            return inWord;
        }
        if (inWord && (c == '\u066B' || c == '\u066C') && next < text.length()) {
            return Character.isDigit(text.codePointAt(next));
        }
        // An apostrophe or a point between letters/digits stays in the word: don't, U.S., 3.5.
        if (inWord && (c == '\'' || c == '\u2019' || c == '.' || c == ',') && next < text.length()) {
            return Character.isLetterOrDigit(text.codePointAt(next)) && (c != ',' || Character.isDigit(
                    text.codePointAt(next)));
        }
        return false;
    }

    private static void appendFolded(StringBuilder word, int c) {
        switch (c) {
            case '\u2019', '\u2018', '\u02BC' -> word.append('\'');
            case 0x0640, 0x200C, 0x200D -> {
                // tatweel and joiners change the look, not the word
            }
            case 'ي', 'ى' -> word.append('ی');
            case 'ك' -> word.append('ک');
            case 'ہ', 'ۂ', 'ۀ' -> word.append('ه');
            case 'أ', 'إ', 'ٱ' -> word.append('ا');
            case 'ё', 'Ё' -> word.append('е');
            case '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06' -> word.append(
                    java.text.Normalizer.normalize(new String(Character.toChars(c)), java.text.Normalizer.Form.NFKC)
                            .replace("ſ", "s"));
            case '\u066B' -> word.append('.');
            case ',', '\u066C' -> {
                // digit grouping: 1,000 and 1000 are the same number
            }
            default -> {
                if (isArabicDiacritic(c) || Character.getType(c) == Character.FORMAT) {
                    return;
                }
                if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                    word.append(Character.digit(c, 10));
                    return;
                }
                word.appendCodePoint(c);
            }
        }
    }

    /** Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: optional in everyday Arabic script. */
    private static boolean isArabicDiacritic(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
    }

    private static String finish(StringBuilder word) {
        String folded = word.toString().toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC)
                ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** The text as received; offsets refer to it. */
    public String text() {
        return text;
    }

    public int wordCount() {
        return words.length;
    }

    /** The normalised word at an index. */
    public String word(int index) {
        return words[index];
    }

    /** A 64-bit hash of the normalised word at an index. */
    public long wordHash(int index) {
        return wordHashes[index];
    }

    /** Character offset (inclusive) of a word in {@link #text()}. */
    public int start(int wordIndex) {
        return starts[wordIndex];
    }

    /** Character offset (exclusive) of a word in {@link #text()}. */
    public int end(int wordIndex) {
        return ends[wordIndex];
    }

    public int paragraphCount() {
        return paragraphStarts.length;
    }

    /** Index of the first word of a paragraph. */
    public int paragraphStart(int paragraph) {
        return paragraphStarts[paragraph];
    }

    /** Index one past the last word of a paragraph. */
    public int paragraphEnd(int paragraph) {
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] : words.length;
    }

    /** A 64-bit hash of a paragraph's normalised words, used to learn a publisher's boilerplate. */
    public long paragraphHash(int paragraph) {
        long h = 0x9E3779B97F4A7C15L;
        for (int w = paragraphStart(paragraph); w < paragraphEnd(paragraph); w++) {
            h = Long.rotateLeft(h ^ wordHashes[w], 27) * 0x94D049BB133111EBL;
        }
        return h;
    }

    /** A hash of all normalised words in order: equal for texts that differ only in case, quotes, dashes or spaces. */
    public long normalisedHash() {
        long h = 0x2545F4914F6CDD1DL;
        for (long w : wordHashes) {
            h = Long.rotateLeft(h ^ w, 31) * 0x9FB21C651E98DF25L;
        }
        return h ^ words.length;
    }
}
