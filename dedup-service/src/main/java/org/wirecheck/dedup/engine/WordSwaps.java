package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * The words a spun copy swapped: in the stretch its matched passages span in both texts, a run of one to
 * {@value #MAX_RUN} words on each side that differs while the words just before and just after it are the same on both
 * sides. "The convoy was hit by an attack near the river and killed eight drivers, at least two …" spun as "… an assault near the river
 * andkilling eight drivers, a minimum of two …" gives {@code attack → assault}, {@code and killed → andkilling} and
 * {@code at least → a minimum of}. Swaps with no shared word between them read as one run.
 * <p>
 * No word list is involved: the other article is the evidence, so this holds for any vocabulary and any script. Words
 * are compared as {@link ArticleText} normalises them (case, apostrophes, Unicode form), on a longest common
 * subsequence of the two passages' words. A swap must sit between two shared words because a run at a passage's edge
 * is as likely a cut or an addition as a substitution, and runs of more than {@value #MAX_RUN} words are rewrites or
 * reordered clauses, not swaps.
 * <p>
 * The words compared are those of the region the passages span, from the first to the last on each side. The
 * subsequence is computed in a band around that region's diagonal ({@value #BAND} words either side, widened by the
 * ratio of the two lengths): a spun copy keeps its original's order, and the band keeps the work linear in the
 * length. A region over {@value #MAX_REGION_WORDS} words on either side is left out.
 */
public final class WordSwaps {

    /** The longest run of words, on either side, that counts as one swap. */
    public static final int MAX_RUN = 3;

    static final int BAND = 48;
    static final int MAX_REGION_WORDS = 20_000;

    /**
     * One swap: offsets (Java {@code String} indexes, end exclusive) of the words in this text and of the words they
     * replace in the other.
     */
    public record Swap(int start, int end, int otherStart, int otherEnd) {
    }

    private WordSwaps() {
    }

    /**
     * The swaps in the region {@code passages} span (offsets into {@code self}'s and {@code other}'s texts), in this
     * text's order, at most {@code limit} of them.
     */
    public static List<Swap> find(ArticleText self, ArticleText other, List<Passage> passages, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must be at least 0, got " + limit);
        }
        if (passages.isEmpty()) {
            return List.of();
        }
        // One region from the first passage to the last on each side: the lexical path's passages are the stretches
        // where shingles survived, so the swaps lie between them, not inside.
        int start = Integer.MAX_VALUE, end = 0, otherStart = Integer.MAX_VALUE, otherEnd = 0;
        for (Passage p : passages) {
            start = Math.min(start, p.start());
            end = Math.max(end, p.end());
            otherStart = Math.min(otherStart, p.otherStart());
            otherEnd = Math.max(otherEnd, p.otherEnd());
        }
        int from = self.firstWordFrom(start);
        int to = wordsEndingBy(self, end);
        int otherFrom = other.firstWordFrom(otherStart);
        int otherTo = wordsEndingBy(other, otherEnd);
        List<Swap> swaps = new ArrayList<>();
        if (to - from <= MAX_REGION_WORDS && otherTo - otherFrom <= MAX_REGION_WORDS) {
            collect(self, from, to, other, otherFrom, otherTo, swaps, limit);
        }
        return swaps;
    }

    /** Index one past the last word ending at or before {@code end}. */
    private static int wordsEndingBy(ArticleText t, int end) {
        int i = t.firstWordFrom(end);
        // A word that starts before the end but runs past it is not in the passage.
        while (i > 0 && t.end(i - 1) > end) {
            i--;
        }
        return i;
    }

    private static void collect(ArticleText self, int from, int to, ArticleText other, int otherFrom, int otherTo,
            List<Swap> swaps, int limit) {
        int n = to - from;
        int m = otherTo - otherFrom;
        if (n == 0 || m == 0) {
            return;
        }
        long[] a = new long[n];
        long[] b = new long[m];
        for (int i = 0; i < n; i++) {
            a[i] = self.wordHash(from + i);
        }
        for (int j = 0; j < m; j++) {
            b[j] = other.wordHash(otherFrom + j);
        }
        int[] matches = commonSubsequence(a, b);
        for (int k = 1; k < matches.length / 2 && swaps.size() < limit; k++) {
            int i0 = matches[2 * k - 2], j0 = matches[2 * k - 1];
            int i1 = matches[2 * k], j1 = matches[2 * k + 1];
            int run = i1 - i0 - 1;
            int otherRun = j1 - j0 - 1;
            if (run >= 1 && run <= MAX_RUN && otherRun >= 1 && otherRun <= MAX_RUN) {
                Swap swap = new Swap(self.start(from + i0 + 1), self.end(from + i1 - 1),
                        other.start(otherFrom + j0 + 1), other.end(otherFrom + j1 - 1));
                // Words on two lines (a paragraph's last and the next one's first) were not swapped for each other.
                if (!crossesLine(self.text(), swap.start(), swap.end())
                        && !crossesLine(other.text(), swap.otherStart(), swap.otherEnd())) {
                    swaps.add(swap);
                }
            }
        }
    }

    private static boolean crossesLine(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            if (text.charAt(i) == '\n') {
                return true;
            }
        }
        return false;
    }

    /**
     * A longest common subsequence of {@code a} and {@code b} within the band, as matched index pairs
     * {@code i0, j0, i1, j1, …} in increasing order.
     */
    static int[] commonSubsequence(long[] a, long[] b) {
        int n = a.length, m = b.length;
        int width = BAND + (m + n - 1) / n + (n + m - 1) / m;
        int span = 2 * width + 1;
        // length[i][k] = LCS of a[0, i) and b[0, j) where j = lo(i) + k; cells outside the band are unreachable.
        int[] length = new int[(n + 1) * span];
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            int diagonal = (int) ((long) i * m / n);
            lo[i] = Math.max(0, diagonal - width);
            hi[i] = Math.min(m, diagonal + width);
            for (int j = lo[i]; j <= hi[i]; j++) {
                int v;
                if (i == 0 || j == 0) {
                    v = 0;
                } else {
                    v = Math.max(cell(length, lo, hi, span, i - 1, j), cell(length, lo, hi, span, i, j - 1));
                    if (a[i - 1] == b[j - 1]) {
                        v = Math.max(v, cell(length, lo, hi, span, i - 1, j - 1) + 1);
                    }
                }
                length[i * span + j - lo[i]] = v;
            }
        }
        int total = Math.max(0, cell(length, lo, hi, span, n, m));
        int[] pairs = new int[2 * total];
        int i = n, j = m, k = total;
        while (i > 0 && j > 0 && k > 0) {
            int here = cell(length, lo, hi, span, i, j);
            if (a[i - 1] == b[j - 1] && cell(length, lo, hi, span, i - 1, j - 1) + 1 == here) {
                k--;
                pairs[2 * k] = i - 1;
                pairs[2 * k + 1] = j - 1;
                i--;
                j--;
            } else if (cell(length, lo, hi, span, i - 1, j) == here) {
                i--;
            } else {
                j--;
            }
        }
        return pairs;
    }

    /** The band's value at {@code (i, j)}, or a very negative number outside it. */
    private static int cell(int[] length, int[] lo, int[] hi, int span, int i, int j) {
        return j < lo[i] || j > hi[i] ? Integer.MIN_VALUE / 2 : length[i * span + j - lo[i]];
    }
}
