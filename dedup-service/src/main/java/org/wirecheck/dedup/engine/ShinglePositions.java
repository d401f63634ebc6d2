package org.wirecheck.dedup.engine;

/**
 * First position of each shingle hash of a text, in an open-addressing table: what {@link LexicalComparison} looks the
 * other article's shingles up in. Made once per article ({@link AnalysedArticle#shinglePositions()}), since a stored
 * article is verified against again and again.
 * <p>
 * A slot holds only a position (plus one; 0 is empty), and the hash is read from the article's own shingle array,
 * which the table keeps a reference to: 4 bytes a slot instead of 12, so the table is a third of the memory to
 * clear, fill and keep (it is made for every article compared, and kept with every cached one). A filter of a bit per
 * hash (a byte per slot) answers most lookups of absent hashes before the table is read.
 */
final class ShinglePositions {
    private final long[] shingles;
    private final int[] slots;
    private final int mask;
    /** Distinct non-zero hashes: the size of the article's shingle set. */
    private final int distinct;
    /** Bit {@code s} set if shingle {@code s} is the first occurrence of its hash: read without a probe. */
    private final long[] firsts;
    /**
     * One bit per hash, picked by the hash's top bits: clear means the hash is not in the text, told with one load.
     * Most lookups of a related article's shingles are misses (every edited word breaks five), and a miss in the
     * table walks its occupied slots, each a second load. Eight bits a slot (16 to 32 per shingle) let about one
     * absent hash in twenty through.
     */
    private final long[] present;
    private final int presentMask;

    /** @param shingles the article's shingle hashes, 0 for chrome; kept, not copied, and must not change */
    ShinglePositions(long[] shingles) {
        this.shingles = shingles;
        int size = Integer.highestOneBit(Math.max(4, shingles.length) * 2 - 1) << 1;
        slots = new int[size];
        firsts = new long[(shingles.length + 63) >>> 6];
        present = new long[Math.max(1, size >>> 3)];
        presentMask = (present.length << 6) - 1;
        mask = size - 1;
        int count = 0;
        for (int s = 0; s < shingles.length; s++) {
            long h = shingles[s];
            if (h == 0) {
                continue;
            }
            int slot = (int) (h ^ (h >>> 32)) & mask;
            int held;
            while ((held = slots[slot]) != 0 && shingles[held - 1] != h) {
                slot = (slot + 1) & mask;
            }
            if (held == 0) {
                slots[slot] = s + 1;
                firsts[s >>> 6] |= 1L << s;
                int bit = presentBit(h);
                present[bit >>> 6] |= 1L << bit;
                count++;
            }
        }
        distinct = count;
    }

    /** How many distinct non-zero (non-chrome) shingle hashes the text has. */
    int distinct() {
        return distinct;
    }

    /** True if shingle {@code s} is non-zero and its hash does not occur earlier: {@code first(shingles[s]) == s}. */
    boolean isFirst(int s) {
        return (firsts[s >>> 6] & 1L << s) != 0;
    }

    private int presentBit(long h) {
        return (int) (h >>> 40) & presentMask;
    }

    /** The first position of a non-zero hash in the text, or -1. */
    int first(long h) {
        int bit = presentBit(h);
        if ((present[bit >>> 6] & 1L << bit) == 0) {
            return -1;
        }
        for (int slot = (int) (h ^ (h >>> 32)) & mask, held; (held = slots[slot]) != 0; slot = (slot + 1) & mask) {
            if (shingles[held - 1] == h) {
                return held - 1;
            }
        }
        return -1;
    }
}
