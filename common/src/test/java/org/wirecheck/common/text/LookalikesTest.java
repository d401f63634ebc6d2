package org.wirecheck.common.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LookalikesTest {

    @Test
    void everyLookalikeIsACyrillicOrGreekLetterAndItsLatinLetterIsLatin() {
        int found = 0;
        for (char c = 0; c < 0x0600; c++) {
            char latin = Lookalikes.latinFor(c);
            if (latin != 0) {
                found++;
                assertTrue(Lookalikes.isCyrillicOrGreek(c), Integer.toHexString(c));
                assertTrue(latin < 0x80 && Lookalikes.isLatin(latin), c + " -> " + latin);
            }
        }
        assertEquals(66, found);
        assertEquals('a', Lookalikes.latinFor('\u0430'));
        assertEquals('o', Lookalikes.latinFor('\u03BF'));
        assertEquals(0, Lookalikes.latinFor('a'));
        assertEquals(0, Lookalikes.latinFor('\u0431'));
    }

    @ParameterizedTest
    @CsvSource({
            // Latin with Cyrillic а, е, о, с; Greek ο
            "Kаbul, 1", "sеcret, 1", "\u03BFf, 1", "Тhe, 1", "teаchеrs, 1",
            // lookalikes only: Cyrillic а, сос
            "\u0430, 2", "\u0441\u043E\u0441, 2",
            // Russian words with letters no Latin one looks like, and plain Latin
            "\u0431\u0430\u043D\u043A, 0", "привет, 0", "Kabul, 0", "caf\u00E9, 0", "2024, 0"})
    void wordsAreMixedLookalikeOnlyOrNeither(String word, int kind) {
        assertEquals(kind, Lookalikes.kind(word, 0, word.length()));
    }
}
