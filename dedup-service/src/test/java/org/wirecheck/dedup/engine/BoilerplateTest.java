package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class BoilerplateTest {

    /** Paragraph {@code i} of a made-up story: distinct sentences, so every paragraph has its own hash. */
    private static String paragraph(String story, int i) {
        return "The " + story + " report's paragraph number " + i + " says what happened at the crossing on day " + i
                + ", according to officials.";
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

    private static final String FOOTER = "The Valley Monitor is an independent newsroom run by its readers; write to us"
            + " at the market office.";

    @Test
    void anUpdateOfTheSameStoryCountsOnlyWhatItAdds() {
        String first = story("border", 8);
        String update = story("border", 8, "Officials said a further update would follow on Friday.");
        assertEquals(Set.of(hash("Officials said a further update would follow on Friday.")), counted(update, first));
        // The same story filed again at another url counts nothing.
        assertEquals(Set.of(), counted(first, first));
        // An article sharing nothing with the earlier ones counts all of its paragraphs.
        assertEquals(Boilerplate.paragraphs(ArticleText.of(first)), counted(first));
    }

    @Test
    void aFooterSharedByTwoDifferentPostsIsCountedForBoth() {
        String first = story("market", 1, FOOTER);
        String second = story("bridge", 1, FOOTER);
        assertTrue(counted(second, first).contains(hash(FOOTER)));
        // Realistic posts with a three-paragraph block of chrome share three paragraphs, but a minority of either.
        String[] chrome = {FOOTER, "Sign up for the Valley Monitor's morning newsletter by text message today.",
                "Every article on this site may be reprinted by other newsrooms with credit to the Monitor."};
        String longFirst = story("market", 8, chrome);
        String longSecond = story("bridge", 8, chrome);
        Set<Long> counted = counted(longSecond, longFirst);
        for (String c : chrome) {
            assertTrue(counted.contains(hash(c)), c);
        }
    }

    @Test
    void aVersionSharesAtLeastThreeParagraphsAndMostOfTheShorterArticle() {
        // An excerpt of the publisher's own story (its first three paragraphs and a "read more") is a version of it.
        String full = story("floods", 12);
        String excerpt = story("floods", 3, "Read the whole report on our website.");
        Set<Long> counted = counted(excerpt, full);
        assertEquals(Set.of(hash("Read the whole report on our website.")), counted);
        // Two shared paragraphs are not enough, however short the articles.
        String two = story("floods", 2, "A short note of our own.");
        assertTrue(counted(two, full).contains(hash(paragraph("floods", 0))));
        // Three shared paragraphs that are a minority of both articles are not a version either.
        String mixed = story("floods", 3) + "\n\n" + story("drought", 5);
        assertFalse(counted(mixed, story("floods", 3) + "\n\n" + story("locusts", 5)).isEmpty());
        assertTrue(counted(mixed, story("floods", 3) + "\n\n" + story("locusts", 5))
                .contains(hash(paragraph("floods", 0))));
    }
}
