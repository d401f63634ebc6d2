package org.wirecheck.dedup.engine;

/**
 * First position of each shingle hash of a text, in an open-addressing table: what {@link LexicalComparison} looks the
 * other article's shingles up in. Made once per article ({@link AnalysedArticle#shinglePositions()}), since a stored
 * article is verified against again and again.
 */
final class ShinglePositions {
    private final long[] hashes;
    private final int[] positions;
    private final int mask;
    /** Distinct non-zero hashes: the size of the article's shingle set. */
    private final int distinct;

    ShinglePositions(long[] shingles) {
        int size = Integer.highestOneBit(Math.max(4, shingles.length) * 2 - 1) << 1;
        hashes = new long[size];
        positions = new int[size];
        mask = size - 1;
        int count = 0;
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
                count++;
            }
        }
        distinct = count;
    }

    /** How many distinct non-zero (non-chrome) shingle hashes the text has. */
    int distinct() {
        return distinct;
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
