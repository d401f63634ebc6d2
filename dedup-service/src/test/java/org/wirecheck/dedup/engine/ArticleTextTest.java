package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ArticleTextTest {

    static List<String> words(String text) {
        ArticleText t = ArticleText.of(text);
        List<String> words = new ArrayList<>();
        for (int w = 0; w < t.wordCount(); w++) {
            words.add(t.word(w));
        }
        return words;
    }

    @Test
    void quotesDashesNoBreakSpacesAndCaseDoNotChangeTheWords() {
        String typed = "\u201CDon\u2019t\u00A0go,\u201D she SAID \u2014\u00A0twice.";
        String plain = "\"Don't go,\" she said - twice.";
        assertEquals(List.of("don't", "go", "she", "said", "twice"), words(typed));
        assertEquals(words(plain), words(typed));
        assertEquals(ArticleText.of(plain).normalisedHash(), ArticleText.of(typed).normalisedHash());
    }

    @Test
    void offsetsPointIntoTheTextAsReceived() {
        String text = "  \u201CRiver\u00A0levels\u201D rose 6.8\u00A0metres.";
        ArticleText t = ArticleText.of(text);
        assertEquals("River", text.substring(t.start(0), t.end(0)));
        assertEquals("levels", text.substring(t.start(1), t.end(1)));
        assertEquals("6.8", text.substring(t.start(3), t.end(3)));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Arabic-script Dari: diacritics and tatweel dropped, Arabic yeh/kaf folded to Persian.
            "کابل\u200Cها رســـمی است|كابل\u200Cها رسمي است",
            "مُحَمَّد|محمد",
            // Latin with diacritics: composed and decomposed are one word.
            "Zürich café|Zu\u0308rich cafe\u0301",
            // Cyrillic: case folded.
            "МОСКВА заявила|Москва заявила",
            // Russian ё is optional: most copy writes е.
            "Ещё Ёлка ещё|еще елка Еще",
            // Arabic-Indic and Persian digits are the digits 0-9, with their own decimal and thousands separators.
            "۲۳۵ کودک در ۱٬۰۰۰ خانه، ۳٫۵ درصد|235 کودک در 1,000 خانه، 3.5 درصد",
            "٢٠٢٤ عام|2024 عام",
            // Alef with hamza or wasla is alef: Arabic copy writes the hamza or leaves it out.
            "أن إلى ٱلله|ان الی الله",
            // Persian prefixes and suffixes are joined with a zero-width non-joiner, a space or nothing, by outlet.
            "می‌شود شفاخانه‌ها شده‌اند|می شود شفاخانه ها شده اند",
            "می‌شود شفاخانه‌ها شده‌اند|میشود شفاخانهها شدهاند",
            "نمی شود بی سواد کتاب های|نمیشود بیسواد کتابهای",
            // Urdu's heh goal is the heh of Persian and Arabic keyboards; the Persian ezafe written on the heh is the
            // heh, as with the hamza above it or unwritten.
            "حکام نے کہا کہ یہ فیصلہ|حكام نے كها كه يه فيصله",
            "خانۀ ملت|خانهٔ ملت", "خانۀ ملت|خانه ملت",
            // Cyrillic and Greek lookalikes of Latin letters in Latin words, and a lone Cyrillic "а" among Latin words.
            "G\u0456rls in K\u0430bul attend \u0430 secret class \u03BFf te\u0430ch\u0435rs|Girls in Kabul attend a secret class of teachers",
            "\u0422he b\u0430n \u0435nt\u0435rs its third y\u0435\u0430r|The ban enters its third year",
            // Ligatures in copy taken out of a PDF press release.
            "The ministry's oﬃcials ﬂed the ofﬁce|The ministry's officials fled the office",
            // Invisible format characters inside words: a typesetter's soft hyphens, zero-width spaces, a word
            // joiner, a byte-order mark and direction marks (as pasted from RTL pages) are no word breaks.
            "gov\u00ADern\u00ADment of Ka\u00ADbul|government of Kabul",
            "Ka\u200Bbul gov\u2060ern\uFEFFment\u200B said|Kabul government said",
            "Ka\u200Ebul \u200F2024\u200E|Kabul 2024",
            // Other words written with a zero-width non-joiner: one word, as when typed without it.
            "سه\u200Cشنبه و یک\u200Cشنبه|سهشنبه و یکشنبه"})
    void scriptsAreFoldedTheWayTheirReadersWouldReadThem(String a, String b) {
        assertEquals(words(a), words(b));
    }

    @Test
    void russianWordsOfLookalikeLettersStayRussian() {
        // "а" and "о" are Russian words; "Kabul" and "TOLOnews" are Latin words in Russian copy.
        List<String> words = words("Он сказал, а она спросила о Kabul и TOLOnews.");
        assertEquals(List.of("он", "сказал", "\u0430", "она", "спросила", "\u043E", "kabul", "и", "tolonews"), words);
    }

    @Test
    void aCopyDisguisedWithLookalikeLettersIsTheSameWords() {
        StringBuilder disguised = new StringBuilder();
        String[] tokens = LexicalComparisonTest.STORY.split(" ");
        for (int i = 0; i < tokens.length; i++) {
            disguised.append(i > 0 ? " " : "").append(i % 2 == 0
                    ? tokens[i]
                    : tokens[i].replace('a', '\u0430').replace('e', '\u0435').replace('o', '\u043E')
                            .replace('c', '\u0441').replace('p', '\u0440'));
        }
        assertNotEquals(LexicalComparisonTest.STORY, disguised.toString());
        assertEquals(words(LexicalComparisonTest.STORY), words(disguised.toString()));
    }

    @Test
    void aPersianAffixJoinedBySpaceIsOneWordSpanningBoth() {
        String text = "کمپاین از دوشنبه آغاز می شود.";
        ArticleText t = ArticleText.of(text);
        assertEquals(List.of("کمپاین", "از", "دوشنبه", "آغاز", "میشود"), words(text));
        assertEquals("می شود", text.substring(t.start(4), t.end(4)));
        // Not across a line break (a new paragraph), nor across punctuation, nor onto a word in another script.
        assertEquals(List.of("آغاز", "می", "شود"), words("آغاز می\nشود"));
        assertEquals(List.of("آغاز", "می", "شود"), words("آغاز می، شود"));
        assertEquals(List.of("می", "word", "ها"), words("می word ها"));
    }

    @Test
    void hanCharactersAreWordsOfTheirOwn() {
        assertEquals(List.of("北", "京", "大", "学", "2024"), words("北京大学2024"));
    }

    @Test
    void paragraphsFollowBlankLinesWhenThereAreAnyElseLineBreaks() {
        ArticleText blank = ArticleText.of("Headline\n\nFirst line\nwrapped here.\n\nSecond.");
        assertEquals(3, blank.paragraphCount());
        ArticleText lines = ArticleText.of("Headline\nFirst paragraph.\nSecond paragraph.");
        assertEquals(3, lines.paragraphCount());
        assertEquals(1, lines.paragraphStart(1));
    }

    @Test
    void emptyAndShortTexts() {
        assertEquals(0, ArticleText.of("").wordCount());
        assertEquals(0, ArticleText.of(" \u00A0 \u2014 ").wordCount());
        assertNotEquals(ArticleText.of("one").normalisedHash(), ArticleText.of("two").normalisedHash());
        assertThrows(IllegalArgumentException.class, () -> ArticleText.of(null));
    }
}
