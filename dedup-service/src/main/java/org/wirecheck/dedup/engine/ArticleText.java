package org.wirecheck.dedup.engine;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Locale;
import java.util.Set;

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
 * dropped and Arabic/Persian yeh and kaf are folded, so Dari copy keyed on an Arabic keyboard still matches; Urdu's
 * heh goal (ہ, ۂ) and the Persian heh with yeh (ۀ) are the heh (ه) Persian and Arabic keyboards type; Latin
 * ligatures (ﬁ ﬂ, from PDFs) are their letters; every
 * script's decimal digits are 0-9, ё is е and alef with hamza is alef; the zero-width non-joiner is dropped, and
 * Persian prefixes and suffixes ("می", "ها") typed apart with a space are joined to their word ({@link #joinsAffix}).
 * Han, kana and Thai characters are one word each, because those scripts do not mark word boundaries with spaces.
 * <p>
 * Example: {@code "“Don’t\u00A0go,” she said — twice."} has the words {@code don't go she said twice}.
 * <p>
 * How it is fast: one pass over the text's chars into a per-thread buffer, with no {@code String} per word. ASCII
 * characters (most of the text, even in Latin-script languages with accents) are classified inline and a word made
 * only of them is lower-cased in place, since it is already in NFC; only a word with other characters goes through
 * {@link String#toLowerCase(Locale)} and {@link Normalizer}. The normalised words are kept as one string (stored a
 * byte per char when it is Latin-1) with their end offsets, and each word's hash is taken on the buffer.
 */
public final class ArticleText {

    private static final Hasher64 HASHER = Hashing.komihash5_0();
    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private final String text;
    /** The normalised words, one after another; word {@code i} ends at {@code wordEnds[i]}. */
    private final String normalised;
    private final int[] wordEnds;
    private final int[] starts;
    private final int[] ends;
    private final long[] wordHashes;
    /** Word index at which each paragraph starts; paragraphs are separated by line breaks. */
    private final int[] paragraphStarts;
    /** The language, if the pass could tell it (the first {@link Language#SAMPLE_LENGTH} chars are ASCII). */
    private final String asciiLanguage;

    private ArticleText(String text, String normalised, int[] wordEnds, int[] starts, int[] ends, long[] wordHashes,
            int[] paragraphStarts, String asciiLanguage) {
        this.text = text;
        this.asciiLanguage = asciiLanguage;
        this.normalised = normalised;
        this.wordEnds = wordEnds;
        this.starts = starts;
        this.ends = ends;
        this.wordHashes = wordHashes;
        this.paragraphStarts = paragraphStarts;
    }

    /** Cuts a text into normalised words and paragraphs. */
    public static ArticleText of(String text) {
        if (text == null) {
            throw new IllegalArgumentException("An article text must not be null");
        }
        Scratch out = SCRATCH.get();
        int length = text.length();
        out.reset(length);
        char[] src = out.source;
        text.getChars(0, length, src, 0);
        // Paragraphs are separated by blank lines if the text has any (hard-wrapped copy), else by line breaks.
        int breaksPerParagraph = hasBlankLine(src, length) ? 2 : 1;
        int lineBreaks = 0;
        boolean lineBreakSinceLastWord = true;
        int wordStart = -1;
        int i = 0;
        while (i <= length) {
            if (i < length && isAsciiLetterOrDigit(src[i])) {
                // Most of a text: a run of ASCII letters and digits, all inside one word.
                if (out.wordLength() == 0) {
                    wordStart = i;
                }
                int runFrom = i;
                i = out.appendAsciiRun(src, i, length);
                if (runFrom < Language.SAMPLE_LENGTH && out.sampleAscii) {
                    out.sample.run(src, runFrom, Math.min(i, Language.SAMPLE_LENGTH), (out.runBits & 0x40) == 0);
                }
                if (i < length && src[i] == ' ') {
                    // The commonest end of a word: a space, which only ends it.
                    out.finishWord(wordStart, i, lineBreakSinceLastWord);
                    lineBreakSinceLastWord = false;
                    lineBreaks = 0;
                    i++;
                }
                continue;
            }
            int c;
            int width;
            boolean standalone;
            boolean inWord;
            boolean inWordNow = out.wordLength() > 0;
            if (i < length && (c = src[i]) < 0x80) {
                width = 1;
                standalone = false;
                if (isAsciiLetterOrDigit(c)) {
                    inWord = true;
                } else if (inWordNow && (c == '\'' || c == '.' || c == ',') && i + 1 < length) {
                    int next = Character.codePointAt(src, i + 1, length);
                    inWord = Character.isLetterOrDigit(next) && (c != ',' || Character.isDigit(next));
                } else {
                    inWord = false;
                }
            } else {
                c = i < length ? Character.codePointAt(src, i, length) : -1;
                if (c >= 0 && i < Language.SAMPLE_LENGTH) {
                    out.sampleAscii = false;
                }
                width = c < 0 ? 1 : Character.charCount(c);
                standalone = c >= 0 && isStandaloneLetter(c);
                inWord = c >= 0 && !standalone && isWordChar(c, inWordNow, src, length, i + width);
            }
            if ((!inWord || standalone) && inWordNow) {
                out.finishWord(wordStart, i, lineBreakSinceLastWord);
                lineBreakSinceLastWord = false;
                lineBreaks = 0;
            }
            if (c == '\n' || c == 0x2029 || c == 0x2028) {
                lineBreakSinceLastWord |= ++lineBreaks >= breaksPerParagraph || c == 0x2029;
            }
            if (standalone) {
                // Not case-folded or composed: a Han, kana or Thai letter is kept as typed.
                out.appendAsTyped(c);
                out.finishWord(i, i + width, lineBreakSinceLastWord);
                lineBreakSinceLastWord = false;
                lineBreaks = 0;
            } else if (inWord) {
                if (out.wordLength() == 0) {
                    wordStart = i;
                }
                out.appendFolded(c);
            }
            i += width;
        }
        return out.build(text);
    }

    private static boolean isAsciiLetterOrDigit(int c) {
        return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
    }

    /** True if a line break is followed, after nothing but spaces, tabs and carriage returns, by another. */
    static boolean hasBlankLine(char[] text, int length) {
        // Only line breaks are looked at closely: the loop between them compares each char with one value.
        int i = 0;
        while (true) {
            while (i < length && text[i] != '\n') {
                i++;
            }
            if (i >= length) {
                return false;
            }
            i++;
            while (i < length && (text[i] == ' ' || text[i] == '\t' || text[i] == '\u00A0' || text[i] == '\r')) {
                i++;
            }
            if (i < length && text[i] == '\n') {
                return true;
            }
        }
    }

    /**
     * A thread's working buffers: the normalised chars of the words found so far, their offsets, hashes and
     * paragraph starts. Reused from one article to the next; {@link #build} copies out what the article keeps.
     */
    private static final class Scratch implements CharSequence {
        /** The text being cut. */
        char[] source = new char[4096];
        char[] chars = new char[4096];
        int length;
        /** Where the word being read starts in {@link #chars}. */
        int wordFrom;
        /**
         * Whether the word being read is already normalised: it has only ASCII chars, lower-cased as they came, or
         * is a standalone letter, which is kept as typed.
         */
        boolean ascii = true;
        int[] wordEnds = new int[1024];
        int[] starts = new int[1024];
        int[] ends = new int[1024];
        long[] hashes = new long[1024];
        int[] paragraphs = new int[64];
        /** The language detector's counts, while the text read so far of its sample is ASCII. */
        final Language.AsciiSample sample = new Language.AsciiSample();
        boolean sampleAscii;
        /** The chars of the last ASCII run ANDed: bit 0x40 is clear if the run has a digit, set in every letter. */
        int runBits;
        int count;
        int paragraphCount;
        /** Whether a word had an Arabic-script char: only then are Persian affixes looked for. */
        boolean arabicScript;
        /** Whether a word had a Cyrillic or Greek char: only then are Latin lookalikes looked for. */
        boolean cyrillicOrGreek;
        StringBuilder other = new StringBuilder();
        /** The window {@link CharSequence} methods read, for hashing a word where it lies. */
        int windowFrom;
        int windowLength;

        void reset(int textLength) {
            if (source.length < textLength || source.length > (1 << 20) && textLength < (1 << 16)) {
                // A thread that once cut a very long text gives its buffers back.
                source = new char[Math.max(4096, textLength + textLength / 2)];
                chars = new char[source.length];
                other = new StringBuilder();
            }
            if (wordEnds.length > (1 << 16) && textLength < (1 << 16)) {
                wordEnds = new int[1024];
                starts = new int[1024];
                ends = new int[1024];
                hashes = new long[1024];
                paragraphs = new int[64];
            }
            length = 0;
            wordFrom = 0;
            ascii = true;
            sample.reset();
            sampleAscii = true;
            count = 0;
            paragraphCount = 0;
            arabicScript = false;
            cyrillicOrGreek = false;
        }

        int wordLength() {
            return length - wordFrom;
        }

        private void append(char c) {
            if (length == chars.length) {
                chars = Arrays.copyOf(chars, length * 2);
            }
            chars[length++] = c;
        }

        void appendCodePoint(int c) {
            if (c < 0x10000) {
                append((char) c);
                ascii &= c < 0x80;
            } else {
                append(Character.highSurrogate(c));
                append(Character.lowSurrogate(c));
                ascii = false;
            }
        }

        /** Appends a letter that is a word on its own, exempt from normalisation (the word being read is empty). */
        void appendAsTyped(int c) {
            if (c < 0x10000) {
                append((char) c);
            } else {
                append(Character.highSurrogate(c));
                append(Character.lowSurrogate(c));
            }
        }

        /** Appends ASCII letters and digits from {@code from}, lower-cased; returns where the run ends. */
        int appendAsciiRun(char[] text, int from, int to) {
            // One loop that finds the run's end and copies it, so the end of the word is one mispredicted branch,
            // not two; room for the rest of the text is made first (normalisation can lengthen a word, so the
            // buffer may have to grow).
            if (length + (to - from) > chars.length) {
                chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + (to - from)));
            }
            char[] out = chars;
            int at = length;
            int i = from;
            char c;
            int bits = 0xFFFF;
            while (i < to && isAsciiLetterOrDigit(c = text[i])) {
                out[at++] = c >= 'A' && c <= 'Z' ? (char) (c | 0x20) : c;
                bits &= c;
                i++;
            }
            runBits = bits;
            length = at;
            return i;
        }

        void appendFolded(int c) {
            if (c < 0x80) {
                if (c >= 'A' && c <= 'Z') {
                    append((char) (c | 0x20));
                } else if (c != ',') {
                    // a comma inside a word is digit grouping: 1,000 and 1000 are the same number
                    append((char) c);
                }
                return;
            }
            switch (c) {
                case '\u2019', '\u2018', '\u02BC' -> append('\'');
                case 0x0640, 0x200C, 0x200D -> {
                    // tatweel and joiners change the look, not the word
                }
                case 'ي', 'ى' -> appendCodePoint('ی');
                case 'ك' -> appendCodePoint('ک');
                case 'ہ', 'ۂ', 'ۀ' -> appendCodePoint('ه');
                case 'أ', 'إ', 'ٱ' -> appendCodePoint('ا');
                case 'ё', 'Ё' -> appendCodePoint('е');
                case '\uFB00', '\uFB01', '\uFB02', '\uFB03', '\uFB04', '\uFB05', '\uFB06' -> {
                    // Typographic ligatures, as text copied out of a PDF has them: "ofﬁcials" is "officials".
                    String letters = LIGATURES[c - 0xFB00];
                    for (int k = 0; k < letters.length(); k++) {
                        append(letters.charAt(k));
                    }
                }
                case ARABIC_DECIMAL_SEPARATOR -> append('.');
                case ARABIC_THOUSANDS_SEPARATOR -> {
                    // digit grouping, as the comma
                }
                default -> {
                    if (Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                        // Arabic-Indic, Persian, Devanagari, full-width digits: the same numbers as 0-9.
                        append((char) ('0' + Character.digit(c, 10)));
                    } else if (!isArabicDiacritic(c) && Character.getType(c) != Character.FORMAT) {
                        // Format characters are invisible: a soft hyphen or zero-width space inside a word is dropped.
                        appendCodePoint(c);
                    }
                }
            }
            arabicScript |= c >= 0x0600 && c <= 0x06FF;
            cyrillicOrGreek |= c >= 0x0370 && c <= 0x052F;
        }

        /** Ends the word being read: normalises it in place unless it is ASCII, hashes it, records its offsets. */
        void finishWord(int start, int end, boolean startsParagraph) {
            if (!ascii) {
                other.setLength(0);
                other.append(chars, wordFrom, length - wordFrom);
                String folded = finish(other.toString());
                length = wordFrom;
                for (int k = 0; k < folded.length(); k++) {
                    append(folded.charAt(k));
                }
            }
            if (count == wordEnds.length) {
                int grown = count * 2;
                wordEnds = Arrays.copyOf(wordEnds, grown);
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                hashes = Arrays.copyOf(hashes, grown);
            }
            if (startsParagraph) {
                if (paragraphCount == paragraphs.length) {
                    paragraphs = Arrays.copyOf(paragraphs, paragraphCount * 2);
                }
                paragraphs[paragraphCount++] = count;
            }
            windowFrom = wordFrom;
            windowLength = length - wordFrom;
            hashes[count] = HASHER.hashCharsToLong(this);
            wordEnds[count] = length;
            starts[count] = start;
            ends[count] = end;
            count++;
            wordFrom = length;
            ascii = true;
        }

        ArticleText build(String text) {
            if (arabicScript) {
                joinPersianAffixes(text);
            }
            if (cyrillicOrGreek) {
                foldLookalikes();
            }
            return new ArticleText(text, new String(chars, 0, length), Arrays.copyOf(wordEnds, count),
                    Arrays.copyOf(starts, count), Arrays.copyOf(ends, count), Arrays.copyOf(hashes, count),
                    Arrays.copyOf(paragraphs, paragraphCount), sampleAscii ? sample.language() : null);
        }

        /**
         * Joins each Persian prefix or suffix written apart with a space to its word ({@link #joinsAffix}): the
         * normalised chars of consecutive words already follow one another, so a join only drops the boundary
         * between them; the joined word spans both in the text and is hashed again.
         */
        private void joinPersianAffixes(String text) {
            int kept = 0;
            int paragraph = 0;
            // The previous word as it was cut: its normalised chars and where it ended in the text.
            String previous = null;
            int previousEnd = 0;
            int from = 0;
            for (int w = 0; w < count; w++) {
                String word = new String(chars, from, wordEnds[w] - from);
                from = wordEnds[w];
                boolean join = previous != null && joinsAffix(previous, word, text, previousEnd, starts[w]);
                if (paragraph < paragraphCount && paragraphs[paragraph] == w) {
                    // A word after a line break is never joined: the gap holds more than spaces.
                    paragraphs[paragraph++] = kept;
                }
                previous = word;
                previousEnd = ends[w];
                if (join) {
                    wordEnds[kept - 1] = wordEnds[w];
                    ends[kept - 1] = ends[w];
                    hashes[kept - 1] = 0;
                } else {
                    wordEnds[kept] = wordEnds[w];
                    starts[kept] = starts[w];
                    ends[kept] = ends[w];
                    hashes[kept] = hashes[w];
                    kept++;
                }
            }
            count = kept;
            for (int w = 0; w < count; w++) {
                if (hashes[w] == 0) {
                    windowFrom = w == 0 ? 0 : wordEnds[w - 1];
                    windowLength = wordEnds[w] - windowFrom;
                    hashes[w] = HASHER.hashCharsToLong(this);
                }
            }
        }

        /**
         * Reads Cyrillic and Greek lookalikes of Latin letters as those letters ({@link Lookalikes}) in a word that
         * mixes them with Latin letters ("kаbul" with a Cyrillic а), and, where most words are Latin, in a word of
         * lookalikes only (a Cyrillic "а" for the article "a"): the same copy disguised letter by letter is the same
         * words. A word with any other letter of those scripts is a Russian or Greek word and is left alone, as is
         * every word of a text most of whose words are not Latin.
         */
        private void foldLookalikes() {
            BitSet changed = Lookalikes.readAsLatin(chars, count, w -> w == 0 ? 0 : wordEnds[w - 1],
                    w -> wordEnds[w]);
            for (int w = changed.nextSetBit(0); w >= 0; w = changed.nextSetBit(w + 1)) {
                windowFrom = w == 0 ? 0 : wordEnds[w - 1];
                windowLength = wordEnds[w] - windowFrom;
                hashes[w] = HASHER.hashCharsToLong(this);
            }
        }

        @Override
        public int length() {
            return windowLength;
        }

        @Override
        public char charAt(int index) {
            return chars[windowFrom + index];
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return toString().substring(start, end);
        }

        @Override
        public String toString() {
            return new String(chars, windowFrom, windowLength);
        }
    }

    private static boolean isStandaloneLetter(int c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return Character.isLetter(c) && (script == Character.UnicodeScript.HAN
                || script == Character.UnicodeScript.HIRAGANA || script == Character.UnicodeScript.KATAKANA
                || script == Character.UnicodeScript.THAI);
    }

    private static boolean isWordChar(int c, boolean inWord, char[] text, int length, int next) {
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
        // An apostrophe or a point between letters/digits stays in the word: don't, U.S., 3.5.
        if (inWord && (c == '\'' || c == '\u2019' || c == '.' || c == ',') && next < length) {
            int after = Character.codePointAt(text, next, length);
            return Character.isLetterOrDigit(after) && (c != ',' || Character.isDigit(after));
        }
        // Arabic decimal and thousands separators between digits: ۳٫۵, ۱٬۰۰۰.
        if (inWord && (c == ARABIC_DECIMAL_SEPARATOR || c == ARABIC_THOUSANDS_SEPARATOR) && next < length) {
            return Character.isDigit(Character.codePointAt(text, next, length));
        }
        return false;
    }

    /** Harakat, tanwin, shadda, sukun, superscript alef and Quranic marks: optional in everyday Arabic script. */
    private static boolean isArabicDiacritic(int c) {
        return (c >= 0x064B && c <= 0x065F) || c == 0x0670 || (c >= 0x06D6 && c <= 0x06ED);
    }

    /** The letters of the Latin ligatures U+FB00 to U+FB06 (ff, fi, fl, ffi, ffl, long s t, st). */
    static final String[] LIGATURES = {"ff", "fi", "fl", "ffi", "ffl", "st", "st"};

    private static final char ARABIC_DECIMAL_SEPARATOR = '\u066B';
    private static final char ARABIC_THOUSANDS_SEPARATOR = '\u066C';

    /** Persian verb and adjective prefixes, written joined, with a zero-width non-joiner or with a space. */
    private static final Set<String> PERSIAN_PREFIXES = Set.of("می", "نمی", "بی");
    /** Persian plural, superlative and verb-ending suffixes, written the same three ways. */
    private static final Set<String> PERSIAN_SUFFIXES = Set.of("ها", "های", "هایی", "هایش", "هایشان", "هایمان",
            "هایتان", "اند", "ترین");

    /**
     * True if {@code word} is to be joined to the word before it: one of them is a Persian prefix or suffix, both are
     * in Arabic script, and only spaces lie between them in the text ({@code gapFrom .. gapTo}). Dari outlets write
     * "می‌شود" with a zero-width non-joiner (which a word keeps, so it reads "میشود"), with nothing, or as "می شود":
     * all three are one word. Applied to normalised words, so Arabic-keyboard yeh is already Persian.
     */
    static boolean joinsAffix(String previous, String word, CharSequence text, int gapFrom, int gapTo) {
        if (!PERSIAN_PREFIXES.contains(previous) && !PERSIAN_SUFFIXES.contains(word) || gapTo <= gapFrom
                || !isArabicLetter(previous.charAt(0)) || !isArabicLetter(word.charAt(0))) {
            return false;
        }
        for (int i = gapFrom; i < gapTo; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\u00A0' && c != '\u202F') {
                return false;
            }
        }
        return true;
    }

    private static boolean isArabicLetter(char c) {
        return c >= 0x0600 && c <= 0x06FF && Character.isLetter(c);
    }

    private static String finish(String word) {
        String folded = word.toLowerCase(Locale.ROOT);
        return Normalizer.isNormalized(folded, Normalizer.Form.NFC)
                ? folded
                : Normalizer.normalize(folded, Normalizer.Form.NFC);
    }

    /** The text as received; offsets refer to it. */
    public String text() {
        return text;
    }

    /**
     * The text's language, as {@link Language#detect} tells it. When the detector's sample is all ASCII, the
     * tokenizer's pass has counted what it needs; otherwise the detector reads the text.
     */
    public String language() {
        return asciiLanguage != null ? asciiLanguage : Language.detect(text);
    }

    public int wordCount() {
        return wordEnds.length;
    }

    /** The normalised word at an index. */
    public String word(int index) {
        return normalised.substring(wordStartInNormalised(index), wordEnds[index]);
    }

    private int wordStartInNormalised(int index) {
        return index == 0 ? 0 : wordEnds[index - 1];
    }

    /** Length in chars of the normalised word at an index, without making it a string. */
    int wordLength(int index) {
        return wordEnds[index] - wordStartInNormalised(index);
    }

    /**
     * The normalised word at an index packed into a {@code long}, a byte a char, if it has at most 8 chars all in
     * U+0001..U+007F; else 0. Lets a caller look a short word up without making it a string.
     */
    long packedWord(int index) {
        int from = wordStartInNormalised(index);
        int to = wordEnds[index];
        if (to - from > 8) {
            return 0;
        }
        long packed = 0;
        for (int k = from; k < to; k++) {
            char c = normalised.charAt(k);
            if (c == 0 || c >= 0x80) {
                return 0;
            }
            packed = packed << 8 | c;
        }
        return packed;
    }

    /** The first char of the normalised word at an index. */
    char wordFirstChar(int index) {
        return normalised.charAt(wordStartInNormalised(index));
    }

    /** The first code point of the normalised word at an index. */
    int wordFirstCodePoint(int index) {
        return normalised.codePointAt(wordStartInNormalised(index));
    }

    /** True if both texts have the same normalised words in the same order. */
    boolean sameWords(ArticleText other) {
        return normalised.equals(other.normalised) && Arrays.equals(wordEnds, other.wordEnds);
    }

    /** A 64-bit hash of the normalised word at an index. */
    public long wordHash(int index) {
        return wordHashes[index];
    }

    /** The {@link #wordHash} a word has when these are its normalised chars. */
    static long hashOfNormalised(CharSequence word) {
        return HASHER.hashCharsToLong(word);
    }

    /** Character offset (inclusive) of a word in {@link #text()}. */
    public int start(int wordIndex) {
        return starts[wordIndex];
    }

    /** Character offset (exclusive) of a word in {@link #text()}. */
    public int end(int wordIndex) {
        return ends[wordIndex];
    }

    /** Index of the first word starting at or after a character offset ({@link #wordCount()} if none does). */
    public int firstWordFrom(int offset) {
        // Word starts ascend, so a binary search finds it.
        int lo = 0, hi = starts.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
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
        return paragraph + 1 < paragraphStarts.length ? paragraphStarts[paragraph + 1] : wordEnds.length;
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
        return h ^ wordHashes.length;
    }
}
