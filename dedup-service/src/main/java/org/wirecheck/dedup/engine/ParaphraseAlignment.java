package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns two articles sentence by sentence with sentence embeddings, to find spun copies.
 * <p>
 * Whole-article cosine cannot tell a spun copy from an independent article on the same event (both score around 0.9),
 * but a spun copy keeps the original's sentences one for one and in order. So each sentence of this article is paired
 * with its most similar sentence of the other; pairs under {@code minSentenceCosine} are dropped; and of the rest only
 * the longest chain in the same order on both sides counts (a longest increasing subsequence). Coverage is the share
 * of words in that chain, on each side.
 */
public final class ParaphraseAlignment {

    private final double minSentenceCosine;

    public ParaphraseAlignment(double minSentenceCosine) {
        if (minSentenceCosine <= 0 || minSentenceCosine >= 1) {
            throw new IllegalArgumentException(
                    "The sentence cosine threshold must be between 0 and 1, got " + minSentenceCosine);
        }
        this.minSentenceCosine = minSentenceCosine;
    }

    public ParaphraseMatch align(Sentences self, List<float[]> selfVectors, Sentences other,
            List<float[]> otherVectors) {
        if (self.size() == 0 || other.size() == 0) {
            return ParaphraseMatch.NONE;
        }
        int[] best = new int[self.size()];
        double[] cosine = new double[self.size()];
        for (int i = 0; i < self.size(); i++) {
            best[i] = -1;
            for (int j = 0; j < other.size(); j++) {
                double c = dot(selfVectors.get(i), otherVectors.get(j));
                if (c >= minSentenceCosine && c > cosine[i]) {
                    cosine[i] = c;
                    best[i] = j;
                }
            }
        }
        int[] chain = longestIncreasingChain(best);
        if (chain.length == 0) {
            return ParaphraseMatch.NONE;
        }
        boolean[] usedOther = new boolean[other.size()];
        int wordsSelf = 0, wordsOther = 0;
        double sum = 0;
        List<Passage> passages = new ArrayList<>(chain.length);
        for (int i : chain) {
            int j = best[i];
            wordsSelf += self.words()[i];
            if (!usedOther[j]) {
                usedOther[j] = true;
                wordsOther += other.words()[j];
            }
            sum += cosine[i];
            passages.add(new Passage(self.starts()[i], self.ends()[i], other.starts()[j], other.ends()[j]));
        }
        return new ParaphraseMatch(sum / chain.length, (double) wordsSelf / self.totalWords(),
                (double) wordsOther / other.totalWords(), List.copyOf(passages));
    }

    /** Indexes {@code i} with {@code best[i] >= 0} forming the longest chain with strictly increasing {@code best}. */
    static int[] longestIncreasingChain(int[] best) {
        int n = best.length;
        int[] tailIndex = new int[n];
        int[] parent = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            if (best[i] < 0) {
                continue;
            }
            int lo = 0, hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (best[tailIndex[mid]] < best[i]) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            parent[i] = lo > 0 ? tailIndex[lo - 1] : -1;
            tailIndex[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        int[] chain = new int[length];
        for (int k = length - 1, i = length > 0 ? tailIndex[length - 1] : -1; k >= 0; k--, i = parent[i]) {
            chain[k] = i;
        }
        return Arrays.copyOf(chain, length);
    }

    private static double dot(float[] a, float[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += a[i] * b[i];
        }
        return s;
    }
}
