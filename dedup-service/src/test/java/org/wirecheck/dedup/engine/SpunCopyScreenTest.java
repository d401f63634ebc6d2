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

    /** A two-paragraph Urdu story, three sentences to a paragraph, ended by the Arabic full stop or question mark. */
    static final String URDU_STORY = """
            کراچی میں بجلی کی قیمتوں میں ایک بار پھر اضافہ کر دیا گیا ہے۔ نیپرا نے منگل کے روز فی یونٹ نرخ میں تین روپے \
            اضافے کی منظوری دی۔ صارفین کا کہنا ہے کہ بل پہلے ہی ان کی آمدنی سے زیادہ ہیں۔

            تاجروں کی تنظیم نے فیصلے کے خلاف جمعہ کو ہڑتال کا اعلان کیا ہے۔ کیا حکومت اس فیصلے پر نظرثانی کرے گی؟ \
            وزارت توانائی نے ابھی تک اس معاملے پر کوئی بیان جاری نہیں کیا۔""";

    /** The same story spun: words swapped for synonyms, sentence for sentence, in the same order. */
    static final String URDU_SPUN = """
            کراچی میں بجلی کے نرخوں میں ایک مرتبہ پھر اضافہ کر دیا گیا ہے۔ نیپرا نے منگل کو فی یونٹ قیمت میں تین روپے \
            بڑھانے کی اجازت دی۔ صارفین کہتے ہیں کہ بل پہلے ہی ان کی کمائی سے زیادہ ہیں۔

            تاجروں کی انجمن نے فیصلے کے خلاف جمعہ کے دن ہڑتال کا اعلان کیا ہے۔ کیا سرکار اس فیصلے پر دوبارہ غور کرے گی؟ \
            وزارت توانائی نے اب تک اس مسئلے پر کوئی بیان جاری نہیں کیا۔""";

    @Test
    void urduSentencesEndAtTheArabicFullStopAndQuestionMark() {
        AnalysedArticle story = AnalysedArticle.of(URDU_STORY);
        assertEquals(6, SpunCopyScreen.prepare(story).sentences());
        Sentences sentences = Sentences.of(story);
        assertEquals(6, sentences.size(), sentences.texts().toString());
        assertTrue(sentences.texts().get(4).endsWith("؟"), sentences.texts().get(4));
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(sentences.texts().get(i), URDU_STORY.substring(sentences.starts()[i], sentences.ends()[i]));
        }
    }

    @Test
    void anUrduSpunCopyAlignsSentenceForSentence() {
        SpunCopyScreen.Result r = screen(URDU_SPUN, URDU_STORY);
        assertEquals(6, r.passages().size(), "every sentence aligned: " + r.passages());
        assertTrue(r.coverage() > 0.95 && r.meanOverlap() < 0.9, r.toString());
        ReprintJudge judge = new ReprintJudge(ReprintRules.DEFAULT, texts -> {
            throw new AssertionError("decided on words, without the embedding model");
        });
        ReprintJudge.Verdict verdict = judge.lexical(AnalysedArticle.of(URDU_SPUN), AnalysedArticle.of(URDU_STORY),
                false);
        assertTrue(verdict instanceof ReprintJudge.Verdict.Spun
                || verdict instanceof ReprintJudge.Verdict.Decided d && d.relation() == Relation.PARAPHRASE,
                verdict.toString());
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
