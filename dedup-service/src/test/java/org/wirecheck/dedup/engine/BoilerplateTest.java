package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    /** Paragraph {@code i} of a made-up story: 24 words, distinct for every story and number. */
    private static String paragraph(String story, int i) {
        return "The " + story + " report's paragraph number " + i + " says what happened at the crossing on day " + i
                + ", according to officials who spoke to reporters on Tuesday evening.";
    }

    private static String story(String story, int paragraphs, String... after) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < paragraphs; i++) {
            parts.add(paragraph(story, i));
        }
        parts.addAll(List.of(after));
        return String.join("\n\n", parts);
    }

    private static Set<Long> counted(String article, String... sameStory) {
        List<ArticleText> others = new ArrayList<>();
        for (String other : sameStory) {
            others.add(ArticleText.of(other));
        }
        return Boilerplate.paragraphsToCount(ArticleText.of(article), others);
    }

    private static long hash(String paragraph) {
        return ArticleText.of(paragraph).paragraphHash(0);
    }

    /** A site's chrome as an HTML page's text comes out: a menu, a "most read" list, a footer and a copyright line. */
    private static final String[] CHROME = {"Home", "Afghanistan", "Pakistan", "Region", "Opinion", "About us",
            "Most read", "Taliban announce new rules for provincial governors in the south",
            "Torkham crossing reopens after a week of talks between officials",
            "Drought pushes thousands of families from Badghis to Herat city",
            "Kabul traders protest against new customs duties on imported fuel",
            "Women's rights activists detained in Mazar-i-Sharif, relatives say",
            "The Frontier Ledger is an independent news site covering Afghanistan and Pakistan, funded by its readers,"
                    + " and it accepts no money from governments or armed groups.",
            "© 2025 The Frontier Ledger. All rights reserved."};

    @Test
    void anUpdateOfTheSameStoryCountsOnlyWhatItAdds() {
        String first = story("border", 8);
        String added = "Officials said a further update on the talks would follow on Friday.";
        assertEquals(Set.of(hash(added)), counted(story("border", 8, added), first));
        // The same story filed again at another url counts nothing.
        assertEquals(Set.of(), counted(first, first));
        // An article that duplicates nothing of its publisher's counts all of its paragraphs.
        assertEquals(Boilerplate.paragraphs(ArticleText.of(first)), counted(first));
        // Shorter versions too: the first three paragraphs of the story, and a line of its own.
        String excerpt = story("border", 3, "Read the whole report on our website.");
        assertEquals(Set.of(hash("Read the whole report on our website.")), counted(excerpt, first));
    }

    @Test
    void twoPostsSharingTheSitesChromeCountItAll() {
        // One-sentence notices under a long footer share a paragraph, which is most of each: still counted.
        String footer = CHROME[12];
        assertTrue(counted(story("market", 1, footer), story("bridge", 1, footer)).contains(hash(footer)));
        // Posts of a page with many lines of chrome share a dozen paragraphs, only one of them long: all counted.
        Set<Long> counted = counted(story("market", 7, CHROME), story("bridge", 7, CHROME));
        for (String c : CHROME) {
            if (c.split(" ").length >= 2) {
                assertTrue(counted.contains(hash(c)), c);
            }
        }
    }

    @Test
    void aVersionSharesAtLeastThreeLongParagraphsAndMostOfTheShortersLongParagraphs() {
        String full = story("floods", 12);
        // Two shared long paragraphs are not enough, however short the articles.
        assertTrue(
                counted(story("floods", 2, "A short note of our own."), full).contains(hash(paragraph("floods", 0))));
        // Three shared long paragraphs that are a minority of both articles' long paragraphs are not a version.
        String mixed = story("floods", 3) + "\n\n" + story("drought", 5);
        assertTrue(counted(mixed, story("floods", 3) + "\n\n" + story("locusts", 5))
                .contains(hash(paragraph("floods", 0))));
        // Three of four are.
        assertEquals(Set.of(hash(paragraph("drought", 0))),
                counted(story("floods", 3) + "\n\n" + story("drought", 1), full));
    }
}
