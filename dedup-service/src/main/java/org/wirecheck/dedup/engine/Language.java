package org.wirecheck.dedup.engine;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells the language of an article from its letters: the script first (Arabic, Cyrillic, Han, ...), then the letters
 * only one language of that script uses (Pashto's ټ ډ ړ ښ ګ ڼ, Persian's پ چ ژ گ ی ک, Ukrainian's і ї є), then, for
 * Latin script, which language's commonest words the text uses most, and for Arabic script the letters say is Arabic,
 * whether its words are Persian ({@link #arabicScriptLanguage}).
 * <p>
 * Why not a statistical detector: the service only needs the language to report it and to choose the tokenisation
 * (CJK has no spaces), and the script rules decide every case the newsroom sees (Dari/Pashto/Arabic, Russian,
 * Chinese, Latin-script European languages) with no model to load. Returns {@code "und"} when it cannot tell.
 */
public final class Language {

    private static final Map<String, Set<String>> LATIN_FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "was", "with", "on", "said", "he", "it"),
            "fr",
            Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "que", "pour", "qui", "pas", "sur"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "den", "ein", "eine", "von", "zu", "sich",
                    "auf"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "en", "por", "una", "con", "para", "se", "es"),
            "it", Set.of("il", "di", "che", "e", "la", "per", "non", "una", "della", "sono", "con", "del", "gli", "è"),
            "pt", Set.of("o", "os", "de", "que", "e", "do", "da", "em", "um", "uma", "para", "com", "não", "ao"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "zijn", "voor", "met",
                    "ook"),
            "tr", Set.of("ve", "bir", "bu", "da", "de", "için", "ile", "olarak", "çok", "daha", "gibi", "olan", "ama",
                    "ne"));

    /** The languages in the iteration order of {@link #LATIN_FUNCTION_WORDS}, so tie-breaks stay as they were. */
    private static final String[] LANGUAGES = LATIN_FUNCTION_WORDS.keySet().toArray(String[]::new);
    private static final int FUNCTION_WORD_TABLE_BITS = 10;
    /**
     * Every function word packed (see {@link #pack}) in a table without collisions, with a bit per language: a word is
     * looked up with one multiplication, one load and one comparison, with no probing loop whose length the branch
     * predictor cannot guess (most words are not function words).
     */
    private static final long[] FUNCTION_WORD_TABLE = new long[1 << FUNCTION_WORD_TABLE_BITS];
    private static final int[] FUNCTION_WORD_TABLE_LANGUAGES = new int[1 << FUNCTION_WORD_TABLE_BITS];
    private static final long FUNCTION_WORD_MULTIPLIER;
    /**
     * The bucket of each language's code in a {@link java.util.HashMap} of default capacity (16): ties between
     * languages are broken in the iteration order of such a map, as they always have been.
     */
    private static final int[] BUCKETS = new int[LANGUAGES.length];

    static {
        TreeMap<Long, Integer> words = new TreeMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String word : LATIN_FUNCTION_WORDS.get(LANGUAGES[l])) {
                words.merge(pack(word), 1 << l, (a, b) -> a | b);
            }
            int h = LANGUAGES[l].hashCode();
            BUCKETS[l] = (h ^ (h >>> 16)) & 15;
        }
        FUNCTION_WORD_MULTIPLIER = collisionFreeMultiplier(words.keySet(), FUNCTION_WORD_TABLE_BITS);
        words.forEach((packed, languages) -> {
            int at = functionWordSlot(packed);
            FUNCTION_WORD_TABLE[at] = packed;
            FUNCTION_WORD_TABLE_LANGUAGES[at] = languages;
        });
    }

    /**
     * The first odd multiplier, in a fixed sequence, that sends every key to its own slot of a table of
     * {@code 2^bits} slots ({@code key * multiplier >>> (64 - bits)}).
     */
    static long collisionFreeMultiplier(java.util.Collection<Long> keys, int bits) {
        long multiplier = 0x9E3779B97F4A7C15L;
        while (true) {
            java.util.BitSet used = new java.util.BitSet(1 << bits);
            boolean free = true;
            for (long key : keys) {
                int at = (int) (key * multiplier >>> (64 - bits));
                if (used.get(at)) {
                    free = false;
                    break;
                }
                used.set(at);
            }
            if (free) {
                return multiplier;
            }
            multiplier = (multiplier * 0x5851F42D4C957F2DL + 0x14057B7EF767814FL) | 1;
        }
    }

    private Language() {
    }

    /**
     * Persian words Arabic prose does not use, and Arabic words Persian prose does not use, with Arabic yeh, alef
     * maksura and kaf folded to the Persian letters as {@link #arabicScriptLanguage} reads them. Words both use
     * ("به", "من", "هم", "بین") are in neither.
     */
    private static final Set<String> PERSIAN_WORDS = Set.of("است", "که", "در", "از", "این", "را", "با", "برای", "می",
            "شد", "شده", "شود", "کرد", "کرده", "گفت", "یک", "آن", "نیز", "خود", "بود", "وی", "تا", "اند", "باید",
            "دارد");
    private static final Set<String> ARABIC_WORDS = Set.of("فی", "علی", "إلی", "الی", "التی", "الذی", "الذین", "هذا",
            "هذه", "کان", "قال", "عن", "أن", "إن", "ذلک", "لم", "وقد", "کما", "أو");

    /**
     * The language of a text written in Arabic script, from the letter counts of its first {@code length} chars:
     * Pashto's own letters decide first (Pashto writes Persian letters too), then Urdu's; Persian letters (پ چ ژ گ,
     * and the Persian yeh and kaf ی ک Arabic does not use) against Arabic-only ones (ة ي ك ى) tell Persian. Where
     * the letters say Arabic, the words have the last say: Dari typed on an Arabic keyboard has ي and ك throughout
     * and may have none of پ چ ژ گ, but its words are Persian ("است", "که", "را").
     */
    static String arabicScriptLanguage(CharSequence sample, int length, int arabic, int pashto, int persian,
            int yehKaf, int arabicOnly, int urdu) {
        if (pashto >= 3 && pashto * 200 >= arabic) {
            return "ps";
        }
        if (urdu > persian && urdu >= 3) {
            return "ur";
        }
        int persianLetters = persian + yehKaf;
        if (persianLetters > 0 && persianLetters >= arabicOnly / 4) {
            return "fa";
        }
        int persianWords = 0, arabicWords = 0;
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? sample.charAt(i) : ' ';
            if (c == 'ي' || c == 'ى') {
                c = 'ی';
            } else if (c == 'ك') {
                c = 'ک';
            }
            if (Character.isLetter(c)) {
                word.append(c);
            } else if (Character.getType(c) != Character.NON_SPACING_MARK && c != 0x0640 && word.length() > 0) {
                // Harakat and the tatweel sit inside a word; anything else, the zero-width non-joiner too, ends it.
                String w = word.toString();
                persianWords += PERSIAN_WORDS.contains(w) ? 1 : 0;
                arabicWords += ARABIC_WORDS.contains(w) ? 1 : 0;
                word.setLength(0);
            }
        }
        return persianWords >= 2 && persianWords > 2 * arabicWords ? "fa" : "ar";
    }

    /** The ISO 639-1 code of the text's language, or {@code "und"} if there are no letters to go by. */
    public static String detect(CharSequence text) {
        // The first 4,000 characters tell the script as well as the whole text, at a fraction of the cost; one more
        // is read so that a surrogate pair across the cut still counts as its letter.
        char[] chars = SAMPLE.get();
        int read = Math.min(text.length(), SAMPLE_LENGTH + 1);
        if (text instanceof String string) {
            string.getChars(0, read, chars, 0);
        } else {
            for (int i = 0; i < read; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return detect(chars, read);
    }

    /** How many chars of a text tell its language. */
    static final int SAMPLE_LENGTH = 4_000;
    private static final ThreadLocal<char[]> SAMPLE = ThreadLocal.withInitial(() -> new char[SAMPLE_LENGTH + 1]);

    /**
     * One pass over the sample: letters are counted by script, and at the same time the sample is cut into words
     * (runs of letters, lower-cased) and Latin-script function words are counted per language, in case the Latin
     * script wins. A function word is at most 6 chars, all below U+0100, so a word is looked up by its chars packed
     * into a {@code long}, without making it a string.
     */
    private static String detect(char[] chars, int read) {
        int latin = 0, arabic = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0,
                devanagari = 0, thai = 0;
        int pashto = 0, persian = 0, yehKaf = 0, arabicOnly = 0, urdu = 0, ukrainian = 0, bulgarian = 0, serbian = 0;
        int length = Math.min(read, SAMPLE_LENGTH);
        int[] hits = new int[LANGUAGES.length];
        int[] hitOrder = new int[LANGUAGES.length];
        int hitLanguages = 0;
        int words = 0;
        boolean counting = true;
        int wordLength = 0;
        long packed = 0;
        for (int i = 0; i <= length;) {
            // Most of a Latin-script text: a run of ASCII letters, one word. The run is found first and only then
            // counted and, if the word stays short enough to be a function word, packed.
            int run = i;
            while (i < length && isAsciiLetter(chars[i])) {
                i++;
            }
            if (i > run) {
                latin += i - run;
                if (counting) {
                    if (wordLength + i - run <= 7) {
                        for (int k = run; k < i; k++) {
                            packed = packed << 8 | (chars[k] | 0x20);
                        }
                    } else {
                        packed = -1;
                    }
                    wordLength += i - run;
                }
            }
            // c: the code point for the script counts; lower: the sample lower-cased as String.toLowerCase(ROOT)
            // would, for the words (-1 ends a word). They differ only for a surrogate pair cut at the sample's end,
            // which the words see as a lone surrogate.
            int c;
            int lower;
            boolean endsWord = false;
            if (i == length) {
                c = -1;
                lower = -1;
                i++;
            } else if ((c = chars[i]) < 0x80) {
                i++;
                lower = c | 0x20;
                if (lower >= 'a' && lower <= 'z') {
                    latin++;
                } else {
                    lower = -1;
                }
            } else {
                if (Character.isHighSurrogate((char) c) && i + 1 < read && Character.isLowSurrogate(chars[i + 1])) {
                    c = Character.toCodePoint((char) c, chars[i + 1]);
                    lower = i + 1 < length ? c : chars[i];
                    i += 2;
                } else {
                    lower = c;
                    i++;
                }
                // U+0130 lower-cases to "i" and a combining dot, which is not a letter and so ends the word; capital
                // sigma to a small sigma, a letter either way.
                endsWord = lower == 0x0130;
                lower = lower == 0x0130 ? 'i' : lower == 0x03A3 ? 0x03C3 : Character.toLowerCase(lower);
                if (!Character.isLetter(lower)) {
                    lower = -1;
                }
                if (Character.isLetter(c)) {
                    switch (Character.UnicodeScript.of(c)) {
                        case LATIN -> latin++;
                        case ARABIC -> {
                            arabic++;
                            if ("ټډړږښګڼېۍځڅ".indexOf(c) >= 0) {
                                pashto++;
                            } else if ("پچژگ".indexOf(c) >= 0) {
                                persian++;
                            } else if ("یک".indexOf(c) >= 0) {
                                yehKaf++;
                            } else if ("ةيكى".indexOf(c) >= 0) {
                                arabicOnly++;
                            } else if ("ٹڈڑںے".indexOf(c) >= 0) {
                                urdu++;
                            }
                        }
                        case CYRILLIC -> {
                            cyrillic++;
                            if ("іїєґІЇЄҐ".indexOf(c) >= 0) {
                                ukrainian++;
                            } else if ("ъЪ".indexOf(c) >= 0) {
                                bulgarian++;
                            } else if ("ђћџљњЂЋЏЉЊ".indexOf(c) >= 0) {
                                serbian++;
                            }
                        }
                        case HAN -> han++;
                        case HIRAGANA, KATAKANA -> kana++;
                        case HANGUL -> hangul++;
                        case GREEK -> greek++;
                        case HEBREW -> hebrew++;
                        case DEVANAGARI -> devanagari++;
                        case THAI -> thai++;
                        default -> {
                        }
                    }
                }
            }
            if (!counting) {
                continue;
            }
            if (lower >= 0) {
                wordLength++;
                packed = lower < 0x100 && wordLength <= 7 ? packed << 8 | lower : -1;
            }
            if ((lower < 0 || endsWord) && wordLength > 0) {
                words++;
                int languages = wordLength <= 7 && packed >= 0 ? functionWordLanguages(packed) : 0;
                for (int l = 0; languages != 0; l++, languages >>>= 1) {
                    if ((languages & 1) != 0 && hits[l]++ == 0) {
                        hitOrder[hitLanguages++] = l;
                    }
                }
                // Only the first 2,000 words (and the one that reaches the limit) are looked up.
                counting = words <= 2000;
                wordLength = 0;
                packed = 0;
            }
        }
        int[] counts = {latin, arabic, cyrillic, han + kana, hangul, greek, hebrew, devanagari, thai};
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        return switch (best) {
            case 0 -> latinLanguage(hits, hitOrder, hitLanguages, Math.min(words, 2000));
            case 1 -> Language.arabicScriptLanguage(java.nio.CharBuffer.wrap(chars, 0, length), length, arabic, pashto,
                    persian, yehKaf,
                    arabicOnly, urdu);
            case 2 -> ukrainian > 0 && ukrainian * 100 >= cyrillic
                    ? "uk"
                    : serbian > 0 ? "sr" : bulgarian * 100 >= cyrillic * 2 ? "bg" : "ru";
            case 3 -> kana > 0 && kana * 10 >= han ? "ja" : "zh";
            case 4 -> "ko";
            case 5 -> "el";
            case 6 -> "he";
            case 7 -> "hi";
            case 8 -> "th";
            default -> "und";
        };
    }

    /**
     * What {@link #detect} counts in a sample that is all ASCII, gathered from the tokenizer's runs of ASCII letters
     * and digits during {@link ArticleText#of}'s pass instead of a second scan of the text. In such a sample the
     * detector's words are the runs of ASCII letters: a tokenizer run without digits is one of them, and a run with
     * digits ("abc123", "3.5") is cut at them. Apostrophes and points are not in any run, so "don't" gives two words
     * here as in {@link #detect}.
     */
    static final class AsciiSample {
        private final int[] hits = new int[LANGUAGES.length];
        private final int[] hitOrder = new int[LANGUAGES.length];
        private int hitLanguages;
        private int letters;
        private int words;

        void reset() {
            java.util.Arrays.fill(hits, 0);
            hitLanguages = 0;
            letters = 0;
            words = 0;
        }

        /** A run of ASCII letters and digits, {@code chars[from, to)}, inside the sample. */
        void run(char[] chars, int from, int to, boolean hasDigits) {
            if (!hasDigits) {
                word(chars, from, to);
                return;
            }
            int start = -1;
            for (int k = from; k < to; k++) {
                boolean letter = isAsciiLetter(chars[k]);
                if (letter && start < 0) {
                    start = k;
                } else if (!letter && start >= 0) {
                    word(chars, start, k);
                    start = -1;
                }
            }
            if (start >= 0) {
                word(chars, start, to);
            }
        }

        private void word(char[] chars, int from, int to) {
            int length = to - from;
            letters += length;
            words++;
            if (length <= 7) {
                long packed = 0;
                for (int k = from; k < to; k++) {
                    packed = packed << 8 | (chars[k] | 0x20);
                }
                int languages = functionWordLanguages(packed);
                for (int l = 0; languages != 0; l++, languages >>>= 1) {
                    if ((languages & 1) != 0 && hits[l]++ == 0) {
                        hitOrder[hitLanguages++] = l;
                    }
                }
            }
        }

        /**
         * The language {@link #detect} gives for the sample, or {@code null} if the sample has more words than
         * {@link #detect} looks up (it cannot, at one letter and one separator a word, but the limit is kept).
         */
        String language() {
            if (words > 2000) {
                return null;
            }
            return letters == 0 ? "und" : latinLanguage(hits, hitOrder, hitLanguages, words);
        }
    }

    private static boolean isAsciiLetter(char c) {
        return c < 0x80 && (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
    }

    /** The Latin-script language whose function words make at least 5 % of the words, the most of them. */
    private static String latinLanguage(int[] hits, int[] hitOrder, int hitLanguages, int counted) {
        // Ties go to the language a hash map filled by merge() in order of first hit lists first, as they always
        // have: such a map lists its buckets in order, and a bucket's keys latest first (merge() puts a new key at the
        // head of its bucket). The first of the most hit in that order wins, as with Stream.max.
        int best = -1;
        for (int bucket = 0; bucket < 16; bucket++) {
            for (int h = hitLanguages - 1; h >= 0; h--) {
                int l = hitOrder[h];
                if (BUCKETS[l] == bucket && hits[l] * 20 >= counted && (best < 0 || hits[l] > hits[best])) {
                    best = l;
                }
            }
        }
        return best < 0 ? "und" : LANGUAGES[best];
    }

    /** Bit {@code l} set if the packed word is a function word of {@code LANGUAGES[l]}. */
    private static int functionWordLanguages(long packed) {
        int at = functionWordSlot(packed);
        return FUNCTION_WORD_TABLE[at] == packed ? FUNCTION_WORD_TABLE_LANGUAGES[at] : 0;
    }

    private static int functionWordSlot(long packed) {
        return (int) (packed * FUNCTION_WORD_MULTIPLIER >>> (64 - FUNCTION_WORD_TABLE_BITS));
    }

    private static long pack(String word) {
        long packed = 0;
        for (int k = 0; k < word.length(); k++) {
            if (word.charAt(k) >= 0x100 || k >= 7) {
                throw new IllegalStateException("A function word must be short and Latin-1: " + word);
            }
            packed = packed << 8 | word.charAt(k);
        }
        return packed;
    }
}
