package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LanguageTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "en|The council said on Tuesday that the bridge would stay closed for repairs until the spring.",
            "fa|وزارت معارف افغانستان روز دوشنبه گفت که مکتب‌های دخترانه در چندین ولایت بسته خواهند ماند و گزارش داد.",
            "ps|د افغانستان د پوهنې وزارت ویلي چې د نجونو ښوونځي به په څو ولایتونو کې تړلي پاتې شي او ګڼ شمیر زده کوونکي.",
            "ar|قالت الحكومة يوم الثلاثاء إن المفاوضات مع الوفد الزائر ستستمر حتى نهاية الأسبوع المقبل في العاصمة.",
            "ru|Правительство во вторник утвердило проект бюджета на следующий год, сообщила пресс-служба.",
            "uk|Уряд у вівторок схвалив проєкт бюджету на наступний рік, повідомила пресслужба міністерства.",
            "zh|政府周二批准了明年的预算草案，新闻办公室表示将在下周公布细节。",
            "ja|政府は火曜日に来年度の予算案を承認したと報道官が発表した。",
            "de|Die Regierung hat am Dienstag den Haushaltsentwurf für das nächste Jahr gebilligt, und das ist nicht neu.",
            "fr|Le gouvernement a approuvé mardi le projet de budget pour l'année prochaine, selon le service de presse.",
            "und|12345 67890"})
    void detectsTheLanguageFromScriptLettersAndCommonWords(String expected, String text) {
        assertEquals(expected, Language.detect(text));
    }

    /**
     * Dari copy is often typed with Persian yeh and kaf (ی ک) but none of پ چ ژ گ, or keyed on an Arabic keyboard
     * (ي ك, which the tokenizer folds so that it still matches): its words, not only those four letters, tell it from
     * Arabic. Arabic copy quoting a Persian name or two stays Arabic.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            // Persian yeh and kaf, no پ چ ژ گ
            "fa|وزارت صحت عامه روز یکشنبه اعلام کرد که شیوع بیماری سرخکان در ولایت هرات افزایش یافته است.",
            // the same keyed on an Arabic keyboard
            "fa|وزارت صحت عامه روز يكشنبه اعلام كرد كه شيوع بيماري سرخكان در ولايت هرات افزايش يافته است.",
            "fa|به گفته مسئولان، بيش از دو صد كودك در هفته گذشته به شفاخانه ها منتقل شده اند و كمپاين واكسين آغاز مي شود.",
            // Arabic, with a Persian name in it
            "ar|قال المتحدث باسم الحكومة إن الوفد الذي زار هرات التقى بوالي ولاية گلبهار في مكتبه يوم الثلاثاء.",
            "ar|وأضاف أن هذه المساعدات ستصل إلى الأسر التي فقدت منازلها في الفيضانات خلال الأسبوع الماضي."})
    void tellsDariFromArabicByItsWordsWhateverTheKeyboard(String expected, String text) {
        assertEquals(expected, Language.detect(text));
    }
}
