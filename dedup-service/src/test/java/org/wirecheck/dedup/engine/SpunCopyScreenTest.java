package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpunCopyScreenTest {

    static SpunCopyScreen.Result screen(String self, String other) {
        return SpunCopyScreen.compare(SpunCopyScreen.prepare(AnalysedArticle.of(self)),
                SpunCopyScreen.prepare(AnalysedArticle.of(other)));
    }

    @Test
    void sentencesAreCutAtStopsAndParagraphsAndChromeIsLeftOut() {
        SpunCopyScreen.Prepared story = SpunCopyScreen.prepare(AnalysedArticle.of(LexicalComparisonTest.STORY
                + "\n\nClick here to read more about the bridge closure and the inspection"));
        // Headline, one sentence in the first paragraph, two in the second, one each in the third and fourth; the
        // "Click here" line is chrome.
        assertEquals(6, story.sentences());
        assertTrue(SpunCopyScreen.isContentWord("girders"));
        assertFalse(SpunCopyScreen.isContentWord("the"));
        assertFalse(SpunCopyScreen.isContentWord("said"));
    }

    @Test
    void aSynonymSwappedCopyAlignsSentenceForSentenceWithEvidence() {
        String spun = LexicalComparisonTest.STORY.replace("closed", "shut").replace("routine", "regular")
                .replace("statement", "release").replace("diverted", "rerouted").replace("journeys", "trips")
                .replace("specialist", "expert").replace("refurbished", "renovated").replace("demanded", "asked");
        SpunCopyScreen.Result r = screen(spun, LexicalComparisonTest.STORY);
        assertEquals(6, r.passages().size(), "every sentence aligned: " + r.passages());
        assertTrue(r.thisInOther() > 0.95 && r.otherInThis() > 0.95, r.toString());
        assertTrue(r.meanOverlap() < 0.95 && r.meanOverlap() > 0.7, "overlap " + r.meanOverlap());
        for (Passage p : r.passages()) {
            String here = spun.substring(p.start(), p.end());
            String there = LexicalComparisonTest.STORY.substring(p.otherStart(), p.otherEnd());
            // The same sentence on both sides: it starts with the same word.
            assertEquals(there.split("\\s+")[0], here.split("\\s+")[0], here + " / " + there);
        }
    }

    @Test
    void sentencesOutOfOrderCountOnlyAlongTheLongestChain() {
        String[] p = LexicalComparisonTest.STORY.strip().split("\n\n");
        String shuffled = p[4] + "\n\n" + p[3] + "\n\n" + p[2] + "\n\n" + p[1] + "\n\n" + p[0];
        SpunCopyScreen.Result r = screen(shuffled, LexicalComparisonTest.STORY);
        assertTrue(r.passages().size() <= 2,
                "paragraphs in reverse order: only sentences of one paragraph chain, got " + r.passages().size());
        assertTrue(r.coverage() < 0.5, "coverage " + r.coverage());
    }

    @Test
    void anIndependentReportOfTheSameEventCoversLittle() {
        SpunCopyScreen.Result r = screen(LexicalComparisonTest.SAME_EVENT, LexicalComparisonTest.STORY);
        assertTrue(r.passages().size() <= 1, "only the shared quote aligns: " + r.passages());
        assertTrue(screen(LexicalComparisonTest.THIRD_STORY, LexicalComparisonTest.STORY).passages().isEmpty());
    }
}
