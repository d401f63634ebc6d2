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
public final class LexicalComparison {

    /** Shorter shared runs are coincidence, not reuse. */
    public static final int MIN_PASSAGE_WORDS = 8;
    /** Largest gap, in shingles, bridged inside one passage: a few edited words. */
    static final int MAX_GAP = 10;
    /** The opening of an article, for excerpts: its headline and first paragraph, at most this many words. */
    static final int OPENING_WORDS = 80;

    private LexicalComparison() {
    }

    /**
     * Compares {@code self} with {@code other}. For two articles of one publisher, passages that only repeat both
     * pages' first or last paragraphs are left out as that site's chrome (a footer not yet learned), unless they are
     * most of the shorter article.
     */
    public static LexicalMatch compare(AnalysedArticle self, AnalysedArticle other, boolean samePublisher) {
        long[] a = self.shingles();
        long[] b = other.shingles();
        if (a.length == 0 || b.length == 0) {
            return LexicalMatch.NONE;
        }
        // The resemblance counts each distinct shingle found in the other once, at its first occurrence here, so
        // neither article's shingles need sorting.
        ShinglePositions own = self.shinglePositions();
        ScratchArrays scratch = ScratchArrays.get();
        int[] firstThere = firstPositionsThere(own, a.length, b, scratch);
        int common = 0;
        List<int[]> runs = new ArrayList<>();
        // A bit per shingle found in the other, in a per-thread array (cleared here) rather than a new one.
        int matchedWords = (a.length + 63) >>> 6;
        long[] matched = scratch.longs(ScratchArrays.MATCHED, matchedWords);
        Arrays.fill(matched, 0, matchedWords, 0L);
        int[] run = null;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == 0) {
                continue;
            }
            int j;
            if (run != null && run[3] + 1 < b.length && b[run[3] + 1] == a[i]) {
                // The shingle after the current passage's last one there: where an edited reprint goes on, and
                // where the lookup below would take it too (its first occurrence is there or before, and an earlier
                // one is replaced by the nearest occurrence after the passage), without the lookup.
                j = run[3] + 1;
            } else {
                j = firstThere[own.isFirst(i) ? i : own.first(a[i])];
                if (j < 0) {
                    continue;
                }
            }
            if (own.isFirst(i)) {
                common++;
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
            matched[i >>> 6] |= 1L << i;
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
            kept = withoutSharedEdges(self, other, kept);
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
                    hits += (int) (matched[i >>> 6] >>> i) & 1;
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
        int union = own.distinct() + other.shinglePositions().distinct() - common;
        return new LexicalMatch(union == 0 ? 0 : (double) common / union,
                share(self, coveredA), share(other, coveredB), List.copyOf(passages),
                leadInThis, leadOfThisInOther, longest, span == 0 ? 0 : (double) hits / span);
    }

    /**
     * For each shingle of this article that is its hash's first occurrence here, the first position of that hash in
     * the other article ({@code other}), or -1; other entries are unspecified. In a per-thread array, valid until the
     * next call.
     * <p>
     * Why the other's shingles are looked up here and not this article's there: this article's table was just made
     * or used, so it is in the cache, while the other's (a candidate analysed thousands of articles earlier) is not,
     * and each lookup there waited for memory. Reading the other's shingles in order costs no such wait. Going down
     * the other's shingles, the last position written for a hash is its first, which is what the other's table
     * holds.
     */
    private static int[] firstPositionsThere(ShinglePositions own, int length, long[] other, ScratchArrays scratch) {
        int[] firstThere = scratch.ints(ScratchArrays.FIRST_THERE, length);
        Arrays.fill(firstThere, 0, length, -1);
        for (int k = other.length - 1; k >= 0; k--) {
            long h = other[k];
            if (h != 0) {
                int s = own.first(h);
                if (s >= 0) {
                    firstThere[s] = k;
                }
            }
        }
        return firstThere;
    }

    /** The words of an article's opening: up to the end of its second paragraph, at most {@link #OPENING_WORDS}. */
    static int opening(ArticleText text) {
        int end = text.paragraphCount() == 0 ? 0 : text.paragraphEnd(Math.min(1, text.paragraphCount() - 1));
        return Math.min(end, OPENING_WORDS);
    }

    /**
     * For two articles of one publisher, the passages that are only the two pages' shared chrome, left out unless they
     * are most of the shorter article. A passage is chrome if it lies in both first paragraphs or both last three
     * paragraphs (a footer), or if it runs to the last copy word of both pages (or from the first of both) and holds at
     * most one long paragraph ({@link Boilerplate#STORY_PARAGRAPH_WORDS}): a site's template around the story, however
     * many short lines it has (a "most read" list of five headlines and a footer are eight paragraphs), where an update
     * that kept its story's last paragraphs as background shares several long ones.
     */
    static List<int[]> withoutSharedEdges(AnalysedArticle self, AnalysedArticle other, List<int[]> passages) {
        int headA = firstParagraphEnd(self.text());
        int headB = firstParagraphEnd(other.text());
        int tailA = tailStart(self.text());
        int tailB = tailStart(other.text());
        int firstA = firstCopyWord(self);
        int firstB = firstCopyWord(other);
        int lastA = lastCopyWord(self);
        int lastB = lastCopyWord(other);
        List<int[]> body = new ArrayList<>();
        int edgeWords = 0;
        for (int[] w : passages) {
            boolean template = (w[0] <= firstA && w[2] <= firstB || w[1] >= lastA && w[3] >= lastB)
                    && longParagraphsWithin(self.text(), w[0], w[1]) <= 1;
            boolean head = w[1] < headA && w[3] < headB;
            boolean tail = w[0] >= tailA && w[2] >= tailB;
            if (head || tail || template) {
                edgeWords += w[1] - w[0] + 1;
            } else {
                body.add(w);
            }
        }
        return edgeWords * 2 >= Math.min(self.copyWords(), other.copyWords()) ? passages : body;
    }

    /** How many paragraphs of at least {@link Boilerplate#STORY_PARAGRAPH_WORDS} words lie wholly in these words. */
    private static int longParagraphsWithin(ArticleText text, int fromWord, int toWord) {
        int count = 0;
        for (int p = 0; p < text.paragraphCount(); p++) {
            int start = text.paragraphStart(p);
            int end = text.paragraphEnd(p);
            if (start >= fromWord && end - 1 <= toWord && end - start >= Boilerplate.STORY_PARAGRAPH_WORDS) {
                count++;
            }
        }
        return count;
    }

    /** The first word that is not chrome (the word count if all are). */
    private static int firstCopyWord(AnalysedArticle article) {
        int w = 0;
        while (w < article.text().wordCount() && article.isChrome(w)) {
            w++;
        }
        return w;
    }

    /** The last word that is not chrome (-1 if all are). */
    private static int lastCopyWord(AnalysedArticle article) {
        int w = article.text().wordCount() - 1;
        while (w >= 0 && article.isChrome(w)) {
            w--;
        }
        return w;
    }

    private static int firstParagraphEnd(ArticleText text) {
        return text.paragraphCount() == 0 ? 0 : text.paragraphEnd(0);
    }

    /** Where the last three paragraphs begin: the usual place of a site's footer. */
    private static int tailStart(ArticleText text) {
        return text.paragraphCount() <= 3 ? text.wordCount() : text.paragraphStart(text.paragraphCount() - 3);
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

    /**
     * How many values two ascending arrays of distinct values share (a merge).
     * <p>
     * Each step advances one side or both by arithmetic on the comparison rather than by a branch on it: which side
     * is behind is a coin toss for two sets of hashes, and a branch on it was mispredicted every other step.
     */
    static int intersection(long[] a, long[] b) {
        int i = 0, j = 0, shared = 0;
        int na = a.length, nb = b.length;
        while (i < na && j < nb) {
            long x = a[i];
            long y = b[j];
            shared += x == y ? 1 : 0;
            i += x <= y ? 1 : 0;
            j += x >= y ? 1 : 0;
        }
        return shared;
    }

    /**
     * The distinct non-zero values among the first {@code count} of {@code values}, ascending; overwrites
     * {@code values}.
     * <p>
     * The values are word hashes, spread evenly over the {@code long} range, so they are first placed by their top
     * bits into as many buckets as there are values (a counting sort), which leaves about one value a bucket; an
     * insertion sort then only has to order values within a bucket, and its comparisons are nearly all predicted.
     * A general sort of the screen's sentences (30 to 50 content words) mispredicted most of its comparisons: it took
     * 60 % of preparing an article's sentences. Any correct sort gives the same ascending array, so the result is the
     * one {@code Arrays.sort} gave.
     */
    static long[] distinctSorted(long[] values, int count) {
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (values[i] != 0) {
                values[n++] = values[i];
            }
        }
        // Sorted in a per-thread array; only the result, at its final length, is allocated.
        ScratchArrays scratch = ScratchArrays.get();
        long[] sorted = scratch.longs(ScratchArrays.SORT, n);
        if (n > BUCKET_SORT_LIMIT) {
            // A long run of words without a sentence end (CJK, a list): the general sort, whose worst case is
            // n log n; the insertion sort's would be quadratic if crafted words filled a few buckets.
            System.arraycopy(values, 0, sorted, 0, n);
            Arrays.sort(sorted, 0, n);
        } else if (n > 0) {
            int bits = 32 - Integer.numberOfLeadingZeros(n);
            int shift = 64 - bits;
            int buckets = (1 << bits) + 1;
            int[] next = scratch.ints(ScratchArrays.BUCKETS, buckets);
            Arrays.fill(next, 0, buckets, 0);
            for (int i = 0; i < n; i++) {
                next[bucket(values[i], shift) + 1]++;
            }
            for (int b = 1; b < buckets; b++) {
                next[b] += next[b - 1];
            }
            for (int i = 0; i < n; i++) {
                sorted[next[bucket(values[i], shift)]++] = values[i];
            }
            for (int i = 1; i < n; i++) {
                long v = sorted[i];
                int j = i - 1;
                while (j >= 0 && sorted[j] > v) {
                    sorted[j + 1] = sorted[j];
                    j--;
                }
                sorted[j + 1] = v;
            }
        }
        int distinct = 0;
        for (int i = 0; i < n; i++) {
            if (distinct == 0 || sorted[i] != sorted[distinct - 1]) {
                sorted[distinct++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, distinct);
    }

    /** Above this many values the bucket and insertion sort gives way to {@code Arrays.sort}. */
    static final int BUCKET_SORT_LIMIT = 512;

    /** The top bits of a value with its sign flipped, so that buckets in order hold values in signed order. */
    private static int bucket(long value, int shift) {
        return (int) ((value ^ Long.MIN_VALUE) >>> shift);
    }
}
