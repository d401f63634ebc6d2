package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import org.junit.jupiter.api.Test;

/**
 * {@link ReprintJudge#settle} and {@link ReprintJudge#spread}, which mark a relation's words once and as ranges,
 * against the way they were computed before (every relation's words marked again, word by word, for each
 * near-duplicate weighed against it), kept here as {@link #referenceSettle} and {@link #referenceSpread}: on random
 * texts with random relations and passages, including empty passages, passages between words, overlapping ones and
 * one relation listed twice.
 */
class SettleEquivalenceTest {

    private static final Relation[] RELATIONS = Relation.values();

    @Test
    void settledRelationsAreTheSameAsBefore() {
        Random random = new Random(41);
        ReprintJudge judge = new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
            throw new IllegalStateException("not used");
        });
        int changed = 0;
        for (int t = 0; t < 3_000; t++) {
            String[] vocabulary = LexicalComparisonEquivalenceTest.vocabulary(random, 50);
            String text = String.join("\n\n",
                    LexicalComparisonEquivalenceTest.paragraphs(random, vocabulary, 1 + random.nextInt(10)));
            if (t % 20 == 0) {
                text = AnalysisEquivalenceTest.randomText(random, random.nextInt(300));
            }
            AnalysedArticle article = AnalysedArticle.of(text);
            List<Reprint> found = new ArrayList<>();
            for (int r = random.nextInt(6); r > 0; r--) {
                found.add(randomReprint(random, text.length()));
            }
            if (!found.isEmpty() && random.nextInt(10) == 0) {
                found.add(found.get(random.nextInt(found.size())));
            }
            List<Reprint> expected = referenceSettle(judge.rules(), article, found);
            List<Reprint> actual = judge.settle(article, found);
            assertEquals(expected, actual, text);
            changed += expected.equals(found) ? 0 : 1;
            for (Reprint r : found) {
                assertEquals(referenceSpread(article, r.passages()), ReprintJudge.spread(article, r.passages()),
                        text);
            }
        }
        assertTrue(changed > 100, "relations settled differently from how they were found: " + changed);
    }

    private static Reprint randomReprint(Random random, int length) {
        // Mostly near-duplicates and containments, whose words settle weighs.
        Relation relation = random.nextInt(3) > 0
                ? (random.nextBoolean() ? Relation.NEAR_DUPLICATE : Relation.CONTAINS)
                : RELATIONS[random.nextInt(RELATIONS.length)];
        List<Passage> passages = new ArrayList<>();
        for (int p = random.nextInt(5); p > 0; p--) {
            int start = random.nextInt(length + 1);
            int end = start + random.nextInt(length - start + 1);
            passages.add(new Passage(start, end, 0, 0));
        }
        return new Reprint(new UUID(0, random.nextInt(1000)), relation, random.nextDouble(), random.nextDouble(),
                random.nextDouble(), passages);
    }

    /** {@link ReprintJudge#settle} as it was before. */
    static List<Reprint> referenceSettle(ReprintRules rules, AnalysedArticle self, List<Reprint> found) {
        if (found.size() < 2 || found.stream().noneMatch(r -> r.relation() == Relation.NEAR_DUPLICATE)) {
            return found;
        }
        ArticleText text = self.text();
        List<Reprint> settled = new ArrayList<>(found.size());
        for (Reprint r : found) {
            if (r.relation() != Relation.NEAR_DUPLICATE) {
                settled.add(r);
                continue;
            }
            BitSet own = words(text, r.passages());
            BitSet others = new BitSet();
            for (Reprint o : found) {
                if (o != r && (o.relation() == Relation.CONTAINS || o.relation() == Relation.NEAR_DUPLICATE)) {
                    others.or(words(text, o.passages()));
                }
            }
            others.andNot(own);
            settled.add(others.cardinality() >= rules.excerptWords()
                    ? new Reprint(r.other(), Relation.CONTAINS, r.similarity(), r.thisInOther(), r.otherInThis(),
                            r.passages())
                    : r);
        }
        return settled;
    }

    /** {@link ReprintJudge#spread} as it was before. */
    static double referenceSpread(AnalysedArticle article, List<Passage> passages) {
        BitSet covered = words(article.text(), passages);
        if (covered.isEmpty() || article.copyWords() == 0) {
            return 0;
        }
        int copy = 0;
        for (int w = covered.nextSetBit(0); w < covered.length(); w++) {
            copy += article.isChrome(w) ? 0 : 1;
        }
        return Math.min(1.0, (double) copy / article.copyWords());
    }

    private static BitSet words(ArticleText text, List<Passage> passages) {
        BitSet covered = new BitSet(text.wordCount());
        for (Passage p : passages) {
            for (int w = firstWordAtOrAfter(text, p.start()); w < text.wordCount() && text.start(w) < p.end(); w++) {
                covered.set(w);
            }
        }
        return covered;
    }

    private static int firstWordAtOrAfter(ArticleText text, int offset) {
        int lo = 0, hi = text.wordCount();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (text.start(mid) < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }
}
