package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.List;

/**
 * Compares two analysed articles word for word: resemblance, containment both ways, and the shared passages.
 * <p>
 * Passages come from chaining shared shingles: shingle {@code i} of this article found at shingle {@code j} of the
 * other extends the current passage when both lie a few shingles after its end, so a changed word (which breaks
 * {@link AnalysedArticle#SHINGLE_WORDS} shingles) does not cut a reprinted paragraph in two. Containment counts the
 * copy words inside passages of at least {@link #MIN_PASSAGE_WORDS} words, so stray shared phrases ("the White House
 * said on Tuesday") do not add up to a copy.
 */
// LexicalComparison as it was before verification stopped sorting each article's shingles for the resemblance, kept as
// the reference the new one must equal.
final class ReferenceLexicalComparison {

    /** Shorter shared runs are coincidence, not reuse. */
    static final int MIN_PASSAGE_WORDS = LexicalComparison.MIN_PASSAGE_WORDS;
    /** Largest gap, in shingles, bridged inside one passage: a few edited words. */
    static final int MAX_GAP = 10;
    /** The opening of an article, for excerpts: its headline and first paragraph, at most this many words. */
    static final int OPENING_WORDS = 80;

    private ReferenceLexicalComparison() {
    }

    /**
     * Compares {@code self} with {@code other}. For two articles of one publisher, passages that only repeat both
     * pages' first or last paragraphs are left out as that site's chrome (a footer not yet learned), unless they are
     * most of the shorter article.
     */
    static LexicalMatch compare(AnalysedArticle self, AnalysedArticle other, boolean samePublisher) {
        long[] a = self.shingles();
        long[] b = other.shingles();
        if (a.length == 0 || b.length == 0) {
            return LexicalMatch.NONE;
        }
        ReferencePositions positions = new ReferencePositions(b);
        List<int[]> runs = new ArrayList<>();
        boolean[] matched = new boolean[a.length];
        int[] run = null;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            int j = positions.first(a[i]);
            if (j < 0) {
                continue;
            }
            if (run != null && !(j > run[3] && j - run[3] <= MAX_GAP + 2)) {
                // A phrase the other article repeats ("Sandy Hook Elementary"): take the occurrence that continues
                // the current passage, if there is one, so the passage is not cut in two where the phrase recurs.
                for (int k = run[3] + 1; k <= Math.min(b.length - 1, run[3] + MAX_GAP + 2); k++) {
                    if (b[k] == a[i]) {
                        j = k;
                        break;
                    }
                }
            }
            matched[i] = true;
            if (run != null && i - run[1] <= MAX_GAP && j > run[3] && j - run[3] <= MAX_GAP + 2) {
                run[1] = i;
                run[3] = j;
            } else {
                if (run != null) {
                    runs.add(run);
                }
                run = new int[]{i, i, j, j};
            }
        }
        if (run != null) {
            runs.add(run);
        }
        int lastWordA = self.text().wordCount() - 1;
        int lastWordB = other.text().wordCount() - 1;
        List<int[]> kept = new ArrayList<>();
        for (int[] r : runs) {
            int[] words = {r[0], Math.min(lastWordA, r[1] + AnalysedArticle.SHINGLE_WORDS - 1), r[2],
                    Math.min(lastWordB, r[3] + AnalysedArticle.SHINGLE_WORDS - 1)};
            if (words[1] - words[0] + 1 >= MIN_PASSAGE_WORDS && words[3] - words[2] + 1 >= MIN_PASSAGE_WORDS) {
                kept.add(words);
            }
        }
        if (samePublisher) {
            kept = LexicalComparison.withoutSharedEdges(self, other, kept);
        }
        BitSet coveredA = new BitSet();
        BitSet coveredB = new BitSet();
        List<Passage> passages = new ArrayList<>(kept.size());
        int longest = 0;
        int leadInThis = 0;
        int leadOfThisInOther = 0;
        int openingA = opening(self.text());
        int openingB = opening(other.text());
        int span = 0;
        int hits = 0;
        for (int[] w : kept) {
            for (int i = w[0]; i <= Math.min(w[1], a.length - 1); i++) {
                if (a[i] != 0) {
                    span++;
                    hits += matched[i] ? 1 : 0;
                }
            }
            coveredA.set(w[0], w[1] + 1);
            coveredB.set(w[2], w[3] + 1);
            int lengthA = w[1] - w[0] + 1;
            int lengthB = w[3] - w[2] + 1;
            longest = Math.max(longest, lengthA);
            if (w[2] < openingB) {
                leadInThis = Math.max(leadInThis, lengthB);
            }
            if (w[0] < openingA) {
                leadOfThisInOther = Math.max(leadOfThisInOther, lengthA);
            }
            passages.add(new Passage(self.text().start(w[0]), self.text().end(w[1]), other.text().start(w[2]),
                    other.text().end(w[3])));
        }
        return new LexicalMatch(jaccardOfDistinct(distinctCopy(self.shingles()), distinctCopy(other.shingles())),
                share(self, coveredA), share(other, coveredB), List.copyOf(passages),
                leadInThis, leadOfThisInOther, longest, span == 0 ? 0 : (double) hits / span);
    }

    /** The words of an article's opening: up to the end of its second paragraph, at most {@link #OPENING_WORDS}. */
    static int opening(ArticleText text) {
        int end = text.paragraphCount() == 0 ? 0 : text.paragraphEnd(Math.min(1, text.paragraphCount() - 1));
        return Math.min(end, OPENING_WORDS);
    }

    private static double share(AnalysedArticle article, BitSet covered) {
        if (article.copyWords() == 0) {
            return 0;
        }
        if (article.copyWords() == article.text().wordCount()) {
            // No chrome: every covered word is copy.
            return Math.min(1.0, (double) covered.cardinality() / article.copyWords());
        }
        int copy = 0;
        for (int w = covered.nextSetBit(0); w >= 0; w = covered.nextSetBit(w + 1)) {
            if (!article.isChrome(w)) {
                copy++;
            }
        }
        return Math.min(1.0, (double) copy / article.copyWords());
    }

    /** Jaccard of the two sets of non-chrome shingles, by merging sorted copies. */
    static double jaccard(long[] a, long[] b) {
        return jaccardOfDistinct(distinctCopy(a), distinctCopy(b));
    }

    /** Jaccard of two sets given as sorted arrays of distinct values. */
    private static double jaccardOfDistinct(long[] x, long[] y) {
        int common = intersection(x, y);
        int union = x.length + y.length - common;
        return union == 0 ? 0 : (double) common / union;
    }

    /** How many values two ascending arrays of distinct values share (a merge). */
    static int intersection(long[] a, long[] b) {
        int i = 0, j = 0, shared = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                shared++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return shared;
    }

    /** The distinct non-zero (non-chrome) hashes in ascending order. */
    static long[] distinctCopy(long[] shingles) {
        // A loop and a primitive sort rather than a stream: this runs twice for every candidate verified.
        long[] copy = new long[shingles.length];
        int n = 0;
        for (long h : shingles) {
            if (h != 0) {
                copy[n++] = h;
            }
        }
        Arrays.sort(copy, 0, n);
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || copy[i] != copy[distinct - 1]) {
                copy[distinct++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, distinct);
    }

    /** The position table as it was: a hash and a position per slot. */
    static final class ReferencePositions {
        private final long[] hashes;
        private final int[] positions;
        private final int mask;

        ReferencePositions(long[] shingles) {
            int size = Integer.highestOneBit(Math.max(4, shingles.length) * 2 - 1) << 1;
            hashes = new long[size];
            positions = new int[size];
            mask = size - 1;
            for (int s = 0; s < shingles.length; s++) {
                long h = shingles[s];
                if (h == 0) {
                    continue;
                }
                int slot = (int) (h ^ (h >>> 32)) & mask;
                while (hashes[slot] != 0 && hashes[slot] != h) {
                    slot = (slot + 1) & mask;
                }
                if (hashes[slot] == 0) {
                    hashes[slot] = h;
                    positions[slot] = s;
                }
            }
        }

        int first(long h) {
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (hashes[slot] != 0) {
                if (hashes[slot] == h) {
                    return positions[slot];
                }
                slot = (slot + 1) & mask;
            }
            return -1;
        }
    }
}
