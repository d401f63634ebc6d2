package org.wirecheck.dedup.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Tells the language of an article from its letters: the script first (Arabic, Cyrillic, Han, ...), then the letters
 * only one language of that script uses (Pashto's ټ ډ ړ ښ ګ ڼ, Persian's پ چ ژ گ, Ukrainian's і ї є), then, for
 * Latin script, which language's commonest words the text uses most.
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
    /** Every function word packed (see {@link #pack}), sorted, with a bit set per language it belongs to. */
    private static final long[] FUNCTION_WORD_KEYS;
    private static final int[] FUNCTION_WORD_LANGUAGES;

    static {
        TreeMap<Long, Integer> words = new TreeMap<>();
        for (int l = 0; l < LANGUAGES.length; l++) {
            for (String word : LATIN_FUNCTION_WORDS.get(LANGUAGES[l])) {
                words.merge(pack(word), 1 << l, (a, b) -> a | b);
            }
        }
        FUNCTION_WORD_KEYS = words.keySet().stream().mapToLong(Long::longValue).toArray();
        FUNCTION_WORD_LANGUAGES = words.values().stream().mapToInt(Integer::intValue).toArray();
    }

    private Language() {
    }

    /** The ISO 639-1 code of the text's language, or {@code "und"} if there are no letters to go by. */
    public static String detect(CharSequence text) {
        int latin = 0, arabic = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0,
                devanagari = 0, thai = 0;
        int pashto = 0, persian = 0, arabicOnly = 0, urdu = 0, ukrainian = 0, bulgarian = 0, serbian = 0;
        // The first 4,000 characters tell the script as well as the whole text, at a fraction of the cost.
        int length = Math.min(text.length(), 4_000);
        for (int i = 0; i < length;) {
            int c = Character.codePointAt(text, i);
            i += Character.charCount(c);
            if (c < 0x80) {
                latin += (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? 1 : 0;
                continue;
            }
            if (!Character.isLetter(c)) {
                continue;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            switch (script) {
                case LATIN -> latin++;
                case ARABIC -> {
                    arabic++;
                    if ("ټډړږښګڼېۍځڅ".indexOf(c) >= 0) {
                        pashto++;
                    } else if ("پچژگ".indexOf(c) >= 0) {
                        persian++;
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
        int[] counts = {latin, arabic, cyrillic, han + kana, hangul, greek, hebrew, devanagari, thai};
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        return switch (best) {
            case 0 -> latinLanguage(text);
            // Pashto writes Persian letters too, so its own letters decide first; Persian letters rule out Arabic.
            case 1 -> pashto >= 3 && pashto * 200 >= arabic
                    ? "ps"
                    : urdu > persian && urdu >= 3
                            ? "ur"
                            : persian > 0 && persian >= arabicOnly / 4 ? "fa" : "ar";
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
     * Which Latin-script language's commonest words the first 4,000 characters use most. The same as splitting the
     * lower-cased sample on runs of non-letters and looking each word up in {@link #LATIN_FUNCTION_WORDS}, but in one
     * pass without a string per word: a function word is at most 6 chars, all below U+0100, so a word is looked up
     * by its chars packed into a {@code long}.
     */
    private static String latinLanguage(CharSequence text) {
        int sample = Math.min(text.length(), 4_000);
        int[] hits = new int[LANGUAGES.length];
        int[] hitOrder = new int[LANGUAGES.length];
        int hitLanguages = 0;
        int words = 0;
        int length = 0;
        long packed = 0;
        for (int i = 0; i <= sample;) {
            int c;
            if (i == sample) {
                c = -1;
                i++;
            } else {
                char ch = text.charAt(i);
                if (Character.isHighSurrogate(ch) && i + 1 < sample && Character.isLowSurrogate(text.charAt(i + 1))) {
                    c = Character.toCodePoint(ch, text.charAt(i + 1));
                    i += 2;
                } else {
                    c = ch;
                    i++;
                }
            }
            // Lower-cased as String.toLowerCase(Locale.ROOT) does: U+0130 becomes "i" and a combining dot, which
            // is not a letter and so ends the word; capital sigma becomes a small sigma, a letter either way.
            int lower = c < 0 ? -1 : c == 0x0130 ? 'i' : c == 0x03A3 ? 0x03C3 : Character.toLowerCase(c);
            boolean letter = lower >= 0 && (lower < 0x80
                    ? (lower | 0x20) >= 'a' && (lower | 0x20) <= 'z'
                    : Character.isLetter(lower));
            if (letter) {
                length++;
                packed = lower < 0x100 && length <= 7 ? packed << 8 | lower : -1;
            }
            if (!letter || c == 0x0130) {
                if (length > 0) {
                    words++;
                    int languages = length <= 7 && packed >= 0 ? functionWordLanguages(packed) : 0;
                    for (int l = 0; languages != 0; l++, languages >>>= 1) {
                        if ((languages & 1) != 0 && hits[l]++ == 0) {
                            hitOrder[hitLanguages++] = l;
                        }
                    }
                    if (words > 2000) {
                        break;
                    }
                }
                length = 0;
                packed = 0;
            }
        }
        // Ties go to the language a hash map filled by merge() in order of first hit lists first, as they always
        // have (merge() puts a new key at the head of its bucket, put() at its tail: the order is kept exactly).
        Map<String, Integer> byLanguage = new java.util.HashMap<>();
        for (int h = 0; h < hitLanguages; h++) {
            byLanguage.merge(LANGUAGES[hitOrder[h]], hits[hitOrder[h]], Integer::sum);
        }
        int counted = Math.min(words, 2000);
        return byLanguage.entrySet().stream()
                .filter(e -> e.getValue() * 20 >= counted)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("und");
    }

    /** Bit {@code l} set if the packed word is a function word of {@code LANGUAGES[l]}. */
    private static int functionWordLanguages(long packed) {
        int at = Arrays.binarySearch(FUNCTION_WORD_KEYS, packed);
        return at >= 0 ? FUNCTION_WORD_LANGUAGES[at] : 0;
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
