package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void aSpunCopyIsFoundOnTheParaphrasePathAndAnUnrelatedArticleNeverGetsThere() {
        UUID story = add(LexicalComparisonTest.STORY, "Courier");
        add(LexicalComparisonTest.OTHER_STORY, "Gazette");
        EMBEDDED.set(0);
        assertEquals(List.of(), index.find(AnalysedArticle.of(LexicalComparisonTest.THIRD_STORY), "Post", null));
        assertEquals(0, EMBEDDED.get(), "no shared anchors, no embeddings");

        // Every third word swapped for a "synonym": no 5-word shingle survives, so the lexical path finds nothing;
        // untouched word pairs still share anchors, and the sentences align one for one.
        StringBuilder spun = new StringBuilder();
        String[] tokens = LexicalComparisonTest.STORY.split(" ");
        for (int t = 0; t < tokens.length; t++) {
            spun.append(t % 3 == 0 ? "q" + tokens[t] : tokens[t]).append(t + 1 < tokens.length ? " " : "");
        }
        List<Reprint> found = index.find(AnalysedArticle.of(spun.toString()), "Spinner", null);
        assertEquals(1, found.size(), "found: " + found);
        assertEquals(story, found.get(0).other());
        assertEquals(Relation.PARAPHRASE, found.get(0).relation());
        assertTrue(found.get(0).thisInOther() > 0.8 && found.get(0).otherInThis() > 0.8);
        assertTrue(EMBEDDED.get() > 0);
    }
}
