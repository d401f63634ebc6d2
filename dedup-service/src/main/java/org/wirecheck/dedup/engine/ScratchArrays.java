package org.wirecheck.dedup.engine;

/**
 * Per-thread working arrays for the analysis and comparison steps, reused from one call to the next.
 * <p>
 * Why: the lexical path made several arrays of a few kilobytes per article that lived only for one call (the
 * winnower's block minima, the anchor pairs, a sentence's content words, the sort's buckets, the comparison's matched
 * shingles): over a quarter of the bytes it allocated. A fresh array costs its zeroing and, while the heap grows, a
 * page fault per 4 KB touched for the first time, which on the benchmark machine made the allocating methods the top
 * of the profile. A reused array costs neither. Each slot is for one purpose, so two steps that run inside each other
 * never share one.
 * <p>
 * Not for arrays that are kept: every caller copies out what it returns.
 */
final class ScratchArrays {

    /** The winnower's block minima, then (after the winnower is done) the anchors' pairs. */
    static final int ANALYSIS = 0;
    /** A sentence's content-word hashes, before they are sorted ({@link SpunCopyScreen}). */
    static final int SENTENCE_WORDS = 1;
    /** The sort of those hashes ({@link LexicalComparison#distinctSorted}). */
    static final int SORT = 2;
    /** The shingles of a comparison that found a match, a bit each ({@link LexicalComparison#compare}). */
    static final int MATCHED = 3;

    private static final int LONG_SLOTS = 4;
    /** Buckets of {@link LexicalComparison#distinctSorted}'s counting sort. */
    static final int BUCKETS = 0;
    /** Where this article's shingles first occur in the other ({@link LexicalComparison#compare}). */
    static final int FIRST_THERE = 1;
    private static final int INT_SLOTS = 2;

    /** Arrays up to this length are kept for the next call; a longer one (a huge text) is given back after it. */
    private static final int KEPT_LENGTH = 1 << 16;

    private static final ThreadLocal<ScratchArrays> CURRENT = ThreadLocal.withInitial(ScratchArrays::new);

    private final long[][] longs = new long[LONG_SLOTS][];
    private final int[][] ints = new int[INT_SLOTS][];

    private ScratchArrays() {
    }

    static ScratchArrays get() {
        return CURRENT.get();
    }

    /** A {@code long[]} of at least {@code length}, with arbitrary contents. */
    long[] longs(int slot, int length) {
        long[] a = longs[slot];
        if (a == null || a.length < length || a.length > KEPT_LENGTH && length <= KEPT_LENGTH) {
            a = new long[Math.max(length, 1024)];
            longs[slot] = a;
        }
        return a;
    }

    /** An {@code int[]} of at least {@code length}, with arbitrary contents. */
    int[] ints(int slot, int length) {
        int[] a = ints[slot];
        if (a == null || a.length < length || a.length > KEPT_LENGTH && length <= KEPT_LENGTH) {
            a = new int[Math.max(length, 1024)];
            ints[slot] = a;
        }
        return a;
    }
}
