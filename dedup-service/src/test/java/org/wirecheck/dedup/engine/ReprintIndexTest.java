package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

/**
 * The index end to end with a stand-in embedding model: sentences map to vectors of "meanings", where a word and its
 * listed synonyms share a meaning. That keeps the test fast and exact while exercising the real paraphrase path
 * (candidates by anchors, sentence alignment, coverage and order).
 */
class ReprintIndexTest {

    /** Words with the same meaning; anything else is its own meaning. */
    static final Map<String, String> MEANING = Map.of("closed", "shut", "shut", "shut", "engineers", "engineer",
            "technicians", "engineer", "cracks", "crack", "fissures", "crack", "monday", "monday", "inspection",
            "inspect", "examination", "inspect");

    static final AtomicInteger EMBEDDED = new AtomicInteger();

    static final SentenceEmbedder MEANINGS = sentences -> {
        EMBEDDED.addAndGet(sentences.size());
        List<float[]> vectors = new ArrayList<>();
        for (String sentence : sentences) {
            float[] v = new float[512];
            for (String word : sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
                if (!word.isEmpty()) {
                    // The spinner below marks its "synonyms" with a leading 'q': same meaning, different word.
                    String plain = word.startsWith("q") && word.length() > 1 ? word.substring(1) : word;
                    v[Math.floorMod(MEANING.getOrDefault(plain, plain).hashCode(), 512)] += 1;
                }
            }
            double norm = 0;
            for (float x : v) {
                norm += x * x;
            }
            for (int i = 0; i < v.length; i++) {
                v[i] /= (float) Math.sqrt(Math.max(norm, 1e-9));
            }
            vectors.add(v);
        }
        return vectors;
    };

    final Map<UUID, AnalysedArticle> corpus = new HashMap<>();
    final ReprintIndex index = new ReprintIndex(new ReprintJudge(ReprintRules.DEFAULT, MEANINGS), corpus::get);

    UUID add(String text, String publisher) {
        UUID id = UUID.randomUUID();
        AnalysedArticle article = AnalysedArticle.of(text);
        corpus.put(id, article);
        index.add(id, publisher, article);
        return id;
    }

    @Test
    void findsReprintsByRelationAndForgetsRemovedArticles() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        UUID other = add(LexicalComparisonTest.OTHER_STORY, "Courier");
        String page = "Digest\n\n" + LexicalComparisonTest.STORY + "\n\n" + LexicalComparisonTest.OTHER_STORY + "\n\n"
                + LexicalComparisonTest.THIRD_STORY;
        List<Reprint> found = index.find(AnalysedArticle.of(page), "Aggregator", null);
        assertEquals(2, found.size());
        assertTrue(found.stream().allMatch(r -> r.relation() == Relation.CONTAINS));
        assertEquals(Map.of(story, Relation.CONTAINS, other, Relation.CONTAINS),
                Map.of(found.get(0).other(), found.get(0).relation(), found.get(1).other(), found.get(1).relation()));

        index.remove(story);
        assertEquals(List.of(other), index.find(AnalysedArticle.of(page), "Aggregator", null).stream()
                .map(Reprint::other).toList());
        assertEquals(1, index.size());
    }

    /** Every {@code every}-th word of a text marked as a "synonym" (same meaning for the stand-in model). */
    static String spin(String text, int every) {
        StringBuilder spun = new StringBuilder();
        String[] tokens = text.split(" ");
        for (int t = 0; t < tokens.length; t++) {
            spun.append(t % every == 0 ? "q" + tokens[t] : tokens[t]).append(t + 1 < tokens.length ? " " : "");
        }
        return spun.toString();
    }

    @Test
    void aSpunCopyIsFoundOnWordsWithoutTheModelAndAnUnrelatedArticleNeverGetsThere() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        add(LexicalComparisonTest.OTHER_STORY, "Gazette");
        EMBEDDED.set(0);
        assertEquals(List.of(), index.find(AnalysedArticle.of(LexicalComparisonTest.THIRD_STORY), "Post", null));
        assertEquals(0, EMBEDDED.get(), "no shared anchors, no embeddings");

        // Every third word swapped for a "synonym": no 5-word shingle survives, so the lexical path finds nothing;
        // but each sentence keeps most of its content words, in the same order: the screen decides, on words.
        String spun = spin(LexicalComparisonTest.STORY, 3);
        List<Reprint> found = index.find(AnalysedArticle.of(spun), "Spinner", null);
        assertEquals(1, found.size(), "found: " + found);
        assertEquals(story, found.get(0).other());
        assertEquals(Relation.PARAPHRASE, found.get(0).relation());
        assertTrue(found.get(0).thisInOther() > 0.8 && found.get(0).otherInThis() > 0.8);
        assertEquals(0, EMBEDDED.get(), "a clear spun copy needs no embeddings");
        // The evidence is the aligned sentences, one for one.
        Passage first = found.get(0).passages().get(0);
        assertTrue(spun.substring(first.start(), first.end()).contains("qcracks")
                || spun.substring(first.start(), first.end()).contains("Bridge"),
                spun.substring(first.start(),
                        first.end()));
        assertTrue(LexicalComparisonTest.STORY.substring(first.otherStart(), first.otherEnd())
                .startsWith("Bridge closes"));
        assertTrue(found.get(0).passages().size() >= 4);
    }

    @Test
    void onlyAPairTheWordsLeaveAmbiguousReachesTheModel() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        // The opening copied, the next paragraph lightly spun, the rest reworded word by word: three sentences
        // align on words, too few to decide either way; the model sees every sentence say the same thing.
        String[] p = LexicalComparisonTest.STORY.strip().split("\n\n");
        StringBuilder query = new StringBuilder(spin(p[0], 1)).append("\n\n").append(p[1]).append("\n\n")
                .append(spin(p[2], 4));
        for (int k = 3; k < p.length; k++) {
            query.append("\n\n").append(spin(p[k], 1));
        }
        EMBEDDED.set(0);
        ReprintIndex.Query search = new ReprintIndex.Query(AnalysedArticle.of(query.toString()), "Spinner", null);
        List<Reprint> found = index.find(search);
        int embedded = EMBEDDED.get();
        assertTrue(embedded > 0, "the ambiguous pair went to the model");
        assertEquals(1, found.size(), "found: " + found);
        assertEquals(story, found.get(0).other());
        assertEquals(Relation.PARAPHRASE, found.get(0).relation());
        // Run again (as the service does under its lock): the same answer, and the model is not asked again.
        assertEquals(found, index.find(search));
        assertEquals(embedded, EMBEDDED.get(), "sentences embedded once per query and once per indexed article");
    }

    @Test
    void anIndependentReportOfTheSameEventIsNotRelatedAndNeverReachesTheModel() {
        add(LexicalComparisonTest.STORY, "Courier");
        EMBEDDED.set(0);
        List<Reprint> found = index.find(AnalysedArticle.of(LexicalComparisonTest.SAME_EVENT), "Post", null);
        assertEquals(List.of(), found);
        assertEquals(0, EMBEDDED.get(), "one shared quote is no reason to run the model");
    }

    @Test
    void aListingPageDominatedByOneArticleContainsItAndTheOthers() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        UUID library = add(LexicalComparisonTest.OTHER_STORY, "Gazette");
        String page = "Latest news\n\n" + LexicalComparisonTest.STORY.strip() + "\n\nPosted on 2024-03-04 | Permalink"
                + "\n\n" + LexicalComparisonTest.OTHER_STORY.strip() + "\n\nPosted on 2024-03-05 | Permalink";
        AnalysedArticle analysed = AnalysedArticle.of(page);
        // On its own, the page is mostly the bridge story: both containments reach the near-duplicate threshold.
        assertEquals(Relation.NEAR_DUPLICATE, assertInstanceOf(ReprintJudge.Verdict.Decided.class,
                new ReprintJudge(ReprintRules.DEFAULT, MEANINGS).lexical(analysed, corpus.get(story), false))
                .relation());
        List<Reprint> found = index.find(analysed, "Aggregator", null);
        assertEquals(Map.of(story, Relation.CONTAINS, library, Relation.CONTAINS),
                Map.of(found.get(0).other(), found.get(0).relation(), found.get(1).other(), found.get(1).relation()));
    }

    @Test
    void aReprintWithAnUnindexedArticleAddedStaysANearDuplicate() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        String page = "Latest news\n\n" + LexicalComparisonTest.STORY.strip() + "\n\n"
                + LexicalComparisonTest.OTHER_STORY.strip();
        List<Reprint> found = index.find(AnalysedArticle.of(page), "Aggregator", null);
        assertEquals(1, found.size(), "found: " + found);
        assertEquals(story, found.get(0).other());
        assertEquals(Relation.NEAR_DUPLICATE, found.get(0).relation());
    }
}
