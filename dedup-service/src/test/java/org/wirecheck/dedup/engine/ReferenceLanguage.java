package org.wirecheck.dedup.engine;

// Language detection as it was before the single-pass rewrite, kept as the reference the new one must equal.
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tells the language of an article from its letters: the script first (Arabic, Cyrillic, Han, ...), then the letters
 * only one language of that script uses (Pashto's ټ ډ ړ ښ ګ ڼ, Persian's پ چ ژ گ, Ukrainian's і ї є), then, for
 * Latin script, which language's commonest words the text uses most.
 * <p>
 * Why not a statistical detector: the service only needs the language to report it and to choose the tokenisation
 * (CJK has no spaces), and the script rules decide every case the newsroom sees (Dari/Pashto/Arabic, Russian,
 * Chinese, Latin-script European languages) with no model to load. Returns {@code "und"} when it cannot tell.
 */
final class ReferenceLanguage {

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

    private ReferenceLanguage() {
    }

    /** The ISO 639-1 code of the text's language, or {@code "und"} if there are no letters to go by. */
    public static String detect(CharSequence text) {
        int latin = 0, arabic = 0, cyrillic = 0, han = 0, kana = 0, hangul = 0, greek = 0, hebrew = 0,
                devanagari = 0, thai = 0;
        int pashto = 0, persian = 0, yehKaf = 0, arabicOnly = 0, urdu = 0, ukrainian = 0, bulgarian = 0, serbian = 0;
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
        int[] counts = {latin, arabic, cyrillic, han + kana, hangul, greek, hebrew, devanagari, thai};
        int best = -1;
        for (int s = 0; s < counts.length; s++) {
            if (counts[s] > 0 && (best < 0 || counts[s] > counts[best])) {
                best = s;
            }
        }
        return switch (best) {
            case 0 -> latinLanguage(text);
            case 1 -> Language.arabicScriptLanguage(text, length, arabic, pashto, persian, yehKaf,
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

    private static String latinLanguage(CharSequence text) {
        Map<String, Integer> hits = new java.util.HashMap<>();
        int words = 0;
        CharSequence sample = text.subSequence(0, Math.min(text.length(), 4_000));
        for (String word : sample.toString().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (word.isEmpty()) {
                continue;
            }
            words++;
            for (var language : LATIN_FUNCTION_WORDS.entrySet()) {
                if (language.getValue().contains(word)) {
                    hits.merge(language.getKey(), 1, Integer::sum);
                }
            }
            if (words > 2000) {
                break;
            }
        }
        int counted = Math.min(words, 2000);
        return hits.entrySet().stream()
                .filter(e -> e.getValue() * 20 >= counted)
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElse("und");
    }
}
