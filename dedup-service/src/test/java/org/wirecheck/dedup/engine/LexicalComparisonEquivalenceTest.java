package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link LexicalComparison#compare} against the implementation it replaced ({@link ReferenceLexicalComparison}), on
 * random pairs of related texts: edited reprints, excerpts, paragraphs cut, repeated or reordered, chrome lines, a
 * small vocabulary (so phrases recur within a text), both directions, with and without a shared publisher.
 */
class LexicalComparisonEquivalenceTest {

    private static final String[] CHROME = {"Read more", "Click here to read more", "Share this article",
            "Posted in News | Tags: city, bridge", "All rights reserved", "Subscribe to our newsletter"};

    static List<String> paragraphs(Random random, String[] vocabulary, int count) {
        List<String> paragraphs = new ArrayList<>();
        for (int p = 0; p < count; p++) {
            StringBuilder text = new StringBuilder();
            int words = random.nextInt(8) == 0 ? 1 + random.nextInt(6) : 10 + random.nextInt(60);
            for (int w = 0; w < words; w++) {
                text.append(vocabulary[random.nextInt(vocabulary.length)])
                        .append(w + 1 == words ? "." : random.nextInt(12) == 0 ? ". " : " ");
            }
            paragraphs.add(random.nextInt(10) == 0 ? CHROME[random.nextInt(CHROME.length)] : text.toString());
        }
        return paragraphs;
    }

    static String variant(Random random, List<String> original, String[] vocabulary) {
        List<String> paragraphs = new ArrayList<>(original);
        switch (random.nextInt(6)) {
            case 0 -> {
                // an edited reprint: a paragraph or two dropped, words changed, a credit line
                for (int d = random.nextInt(3); d > 0 && paragraphs.size() > 1; d--) {
                    paragraphs.remove(random.nextInt(paragraphs.size()));
                }
                paragraphs.add("This story first appeared in the Courier.");
            }
            case 1 -> {
                // an excerpt of the opening inside other copy
                List<String> page = new ArrayList<>(paragraphs(random, vocabulary, 1 + random.nextInt(3)));
                page.addAll(paragraphs.subList(0, 1 + random.nextInt(paragraphs.size())));
                page.addAll(paragraphs(random, vocabulary, random.nextInt(4)));
                paragraphs = page;
            }
            case 2 -> Collections.shuffle(paragraphs, random);
            case 3 -> {
                // a paragraph repeated
                String p = paragraphs.get(random.nextInt(paragraphs.size()));
                paragraphs.add(random.nextInt(paragraphs.size() + 1), p);
            }
            case 4 -> paragraphs = new ArrayList<>(paragraphs(random, vocabulary, 1 + random.nextInt(8)));
            default -> {
                // the tail only
                paragraphs = new ArrayList<>(paragraphs.subList(random.nextInt(paragraphs.size()), paragraphs.size()));
            }
        }
        StringBuilder text = new StringBuilder();
        int changeOneIn = 5 + random.nextInt(60);
        for (String p : paragraphs) {
            for (String w : p.split(" ")) {
                text.append(random.nextInt(changeOneIn) == 0 ? vocabulary[random.nextInt(vocabulary.length)] : w)
                        .append(' ');
            }
            text.append("\n\n");
        }
        return text.toString();
    }

    static String[] vocabulary(Random random, int size) {
        String[] words = new String[size];
        for (int i = 0; i < size; i++) {
            StringBuilder w = new StringBuilder();
            for (int k = 1 + random.nextInt(9); k > 0; k--) {
                w.append((char) ('a' + random.nextInt(26)));
            }
            words[i] = w.toString();
        }
        return words;
    }

    @Test
    void comparisonsAreTheSameAsTheReference() {
        Random random = new Random(20261128);
        int withPassages = 0;
        for (int t = 0; t < 1_500; t++) {
            String[] vocabulary = vocabulary(random, t % 3 == 0 ? 12 : t % 3 == 1 ? 300 : 20_000);
            List<String> original = paragraphs(random, vocabulary, 1 + random.nextInt(12));
            String a = String.join("\n\n", original);
            String b = variant(random, original, vocabulary);
            if (t % 50 == 0) {
                a = AnalysisEquivalenceTest.randomText(random, random.nextInt(300));
                b = a + AnalysisEquivalenceTest.randomText(random, random.nextInt(100));
            }
            AnalysedArticle x = AnalysedArticle.of(a);
            AnalysedArticle y = AnalysedArticle.of(b);
            for (boolean samePublisher : new boolean[]{false, true}) {
                assertEquals(ReferenceLexicalComparison.compare(x, y, samePublisher),
                        LexicalComparison.compare(x, y, samePublisher), a + "\n----\n" + b);
                assertEquals(ReferenceLexicalComparison.compare(y, x, samePublisher),
                        LexicalComparison.compare(y, x, samePublisher), b + "\n----\n" + a);
            }
            assertEquals(ReferenceLexicalComparison.compare(x, x, false), LexicalComparison.compare(x, x, false));
            withPassages += LexicalComparison.compare(x, y, false).passages().isEmpty() ? 0 : 1;
        }
        assertTrue(withPassages > 500, "pairs sharing passages: " + withPassages);
    }
}
