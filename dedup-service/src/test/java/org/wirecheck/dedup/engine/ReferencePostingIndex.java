package org.wirecheck.dedup.engine;

// The posting index as it was before the grouped sorted part, kept as the reference the new one must equal.
import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An inverted index from 32-bit keys to article slots, in flat primitive arrays so that an article costs a few bytes
 * per key rather than an object per key.
 * <p>
 * Two parts, as in a log-structured merge tree: a sorted {@code long[]} of {@code key << 32 | slot} (8 bytes a
 * posting, looked up by binary search), and a small chained hash table for recent inserts (12 bytes a posting plus its
 * bucket). When the recent part outgrows a quarter of the sorted part it is merged in, so inserts stay amortised
 * O(log n) and memory stays close to 8 bytes a posting. Removed articles are skipped by the caller (a tombstone per
 * slot) and dropped from the sorted part at the next merge.
 * <p>
 * Not thread-safe: the owner guards it with a read-write lock.
 */
final class ReferencePostingIndex {

    private static final int MIN_RECENT = 1 << 14;

    private long[] sorted = new long[0];
    private int[] heads;
    private int[] keys;
    private int[] slots;
    private int[] previous;
    private int recent;
    private final IntPredicate removed;

    /** @param removed tells which slots were removed, so a merge can drop their postings */
    ReferencePostingIndex(IntPredicate removed) {
        this.removed = removed;
        resetRecent(MIN_RECENT);
    }

    /** Files a slot under each key. */
    public void add(int slot, int[] articleKeys) {
        if (slot < 0) {
            throw new IllegalArgumentException("A slot must not be negative, got " + slot);
        }
        for (int key : articleKeys) {
            if (recent == keys.length) {
                merge();
            }
            int bucket = bucket(key, heads.length);
            keys[recent] = key;
            slots[recent] = slot;
            previous[recent] = heads[bucket];
            heads[bucket] = recent;
            recent++;
        }
    }

    /**
     * Counts, per slot, how many of the keys it shares, into {@code sharedBySlot} (indexed by slot, must be large
     * enough) and returns the slots touched. Keys with more than {@code maxPostingsPerKey} postings are skipped: a key
     * on that many articles is chrome the rules missed, and would make every query slow.
     */
    public int[] countShared(int[] queryKeys, int[] sharedBySlot, int maxPostingsPerKey) {
        return countShared(queryKeys, sharedBySlot, null, maxPostingsPerKey);
    }

    /**
     * {@link #countShared(int[], int[], int)}, also adding {@code 1 / n} to {@code evidenceBySlot} (may be null) of
     * each slot of a key with {@code n} postings, as {@link PostingIndex} does.
     */
    public int[] countShared(int[] queryKeys, int[] sharedBySlot, float[] evidenceBySlot, int maxPostingsPerKey) {
        int[] touched = new int[16];
        int touchedCount = 0;
        int[] matches = new int[maxPostingsPerKey];
        for (int key : queryKeys) {
            int found = 0;
            boolean common = false;
            long low = (long) key << 32;
            int at = Arrays.binarySearch(sorted, low);
            for (int p = at >= 0 ? at : -at - 1; p < sorted.length && (int) (sorted[p] >>> 32) == key; p++) {
                if (found == maxPostingsPerKey) {
                    common = true;
                    break;
                }
                matches[found++] = (int) sorted[p];
            }
            for (int p = heads[bucket(key, heads.length)]; p >= 0 && !common; p = previous[p]) {
                if (keys[p] == key) {
                    if (found == maxPostingsPerKey) {
                        common = true;
                        break;
                    }
                    matches[found++] = slots[p];
                }
            }
            if (common) {
                continue;
            }
            for (int m = 0; m < found; m++) {
                int slot = matches[m];
                if (evidenceBySlot != null) {
                    evidenceBySlot[slot] += 1f / found;
                }
                if (sharedBySlot[slot]++ == 0) {
                    if (touchedCount == touched.length) {
                        touched = Arrays.copyOf(touched, touchedCount * 2);
                    }
                    touched[touchedCount++] = slot;
                }
            }
        }
        return Arrays.copyOf(touched, touchedCount);
    }

    /** Postings held, removed articles' included until the next merge. */
    public long postings() {
        return (long) sorted.length + recent;
    }

    /** Bytes held by the arrays, for the memory-per-article figure. */
    public long bytes() {
        return 8L * sorted.length + 4L * heads.length + 12L * keys.length;
    }

    /** Moves the recent postings into the sorted part, dropping removed slots. */
    public void merge() {
        long[] fresh = new long[recent];
        for (int p = 0; p < recent; p++) {
            fresh[p] = (long) keys[p] << 32 | (slots[p] & 0xFFFFFFFFL);
        }
        Arrays.sort(fresh);
        long[] merged = new long[sorted.length + fresh.length];
        int i = 0, j = 0, n = 0;
        while (i < sorted.length || j < fresh.length) {
            long next = j >= fresh.length || (i < sorted.length && sorted[i] < fresh[j]) ? sorted[i++] : fresh[j++];
            if (!removed.test((int) next)) {
                merged[n++] = next;
            }
        }
        sorted = n == merged.length ? merged : Arrays.copyOf(merged, n);
        resetRecent(Math.max(MIN_RECENT, sorted.length / 4));
    }

    private void resetRecent(int capacity) {
        int table = Integer.highestOneBit(capacity - 1) << 1;
        heads = new int[table];
        Arrays.fill(heads, -1);
        keys = new int[capacity];
        slots = new int[capacity];
        previous = new int[capacity];
        recent = 0;
    }

    private static int bucket(int key, int tableSize) {
        return ((key * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(tableSize))) & (tableSize - 1);
    }
}
