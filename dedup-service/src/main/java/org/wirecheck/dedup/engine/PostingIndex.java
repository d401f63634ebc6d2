package org.wirecheck.dedup.engine;

import java.util.Arrays;
import java.util.function.IntPredicate;

/**
 * An inverted index from 32-bit keys to article slots, in flat primitive arrays so that an article costs a few bytes
 * per key rather than an object per key.
 * <p>
 * Two parts, as in a log-structured merge tree: a sorted part, and a small chained hash table for recent inserts (8
 * bytes a posting plus 2 for its bucket, and 8 an article for the slot). When the recent part outgrows a quarter of the sorted part it is merged in, so
 * inserts stay amortised O(log n). Removed articles are skipped by the caller (a tombstone per slot) and dropped from
 * the sorted part at the next merge.
 * <p>
 * The sorted part is split on the keys' top 16 bits: a directory of 65,536 offsets says where each group starts, and
 * a posting stores only the key's low 16 bits and the slot, 6 bytes instead of 8. A lookup reads two directory
 * entries and binary-searches a group of a few hundred postings even with a million articles indexed, instead of
 * the whole array, so it costs one or two cache misses rather than twenty. Within a key, postings are in slot order,
 * then the recent ones newest first, as callers have always seen them.
 * <p>
 * Not thread-safe: the owner guards it with a read-write lock.
 */
public final class PostingIndex {

    private static final int MIN_RECENT = 1 << 14;
    /** The recent part's arrays start this small and double up to the merge limit. */
    private static final int FIRST_RECENT_CAPACITY = 1 << 10;
    private static final int GROUPS = 1 << 16;

    /** Postings of keys whose top 16 bits are {@code g} are at {@code directory[g] .. directory[g + 1] - 1}. */
    private final int[] directory = new int[GROUPS + 1];
    private char[] lowKeys = new char[0];
    private int[] sortedSlots = new int[0];

    private int[] heads;
    private int[] keys;
    private int[] previous;
    private int recent;
    /**
     * The recent postings' slots, one entry per run of postings of one slot (an article's keys are filed together):
     * run {@code r} starts at posting {@code runStarts[r]} and belongs to {@code runSlots[r]}. 8 bytes an article
     * instead of 4 bytes a posting.
     */
    private int[] runStarts;
    private int[] runSlots;
    private int runs;
    /** Recent postings at which the recent part is merged into the sorted part. */
    private int recentLimit;
    private final IntPredicate removed;

    /** @param removed tells which slots were removed, so a merge can drop their postings */
    public PostingIndex(IntPredicate removed) {
        this.removed = removed;
        resetRecent();
    }

    /** Files a slot under each key. */
    public void add(int slot, int[] articleKeys) {
        if (slot < 0) {
            throw new IllegalArgumentException("A slot must not be negative, got " + slot);
        }
        for (int key : articleKeys) {
            if (recent == recentLimit) {
                merge();
            }
            if (recent == keys.length) {
                growRecent();
            }
            if (runs == 0 || runSlots[runs - 1] != slot) {
                if (runs == runStarts.length) {
                    runStarts = Arrays.copyOf(runStarts, runs * 2);
                    runSlots = Arrays.copyOf(runSlots, runs * 2);
                }
                runStarts[runs] = recent;
                runSlots[runs] = slot;
                runs++;
            }
            int bucket = bucket(key, heads.length);
            keys[recent] = key;
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
     * {@link #countShared(int[], int[], int)}, also weighing each shared key by how many articles carry it: a key
     * with {@code n} postings adds {@code 1 / n} to {@code evidenceBySlot} (indexed by slot; may be null) of each of
     * its slots. A key on one article is strong evidence that a query sharing it was taken from that article; a key on
     * a hundred is a stock phrase, about as likely to be shared with any of them. The posting count is known at lookup
     * at no cost (it includes removed articles' postings until the next merge).
     */
    public int[] countShared(int[] queryKeys, int[] sharedBySlot, float[] evidenceBySlot, int maxPostingsPerKey) {
        int[] touched = new int[16];
        int touchedCount = 0;
        int[] matches = new int[Math.min(maxPostingsPerKey, 64)];
        for (int key : queryKeys) {
            int found = 0;
            boolean common = false;
            int group = key >>> 16;
            char low = (char) key;
            int end = directory[group + 1];
            for (int p = firstOf(low, directory[group], end); p < end && lowKeys[p] == low; p++) {
                if (found == maxPostingsPerKey) {
                    common = true;
                    break;
                }
                if (found == matches.length) {
                    matches = Arrays.copyOf(matches, Math.min(maxPostingsPerKey, found * 2));
                }
                matches[found++] = sortedSlots[p];
            }
            for (int p = heads[bucket(key, heads.length)]; p >= 0 && !common; p = previous[p]) {
                if (keys[p] == key) {
                    if (found == maxPostingsPerKey) {
                        common = true;
                        break;
                    }
                    if (found == matches.length) {
                        matches = Arrays.copyOf(matches, Math.min(maxPostingsPerKey, found * 2));
                    }
                    matches[found++] = slotOf(p);
                }
            }
            if (common) {
                continue;
            }
            float weight = 1f / found;
            for (int m = 0; m < found; m++) {
                int slot = matches[m];
                if (evidenceBySlot != null) {
                    evidenceBySlot[slot] += weight;
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

    /** The slot of a recent posting: that of the last run starting at or before it. */
    private int slotOf(int posting) {
        int lo = 0;
        int hi = runs - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (runStarts[mid] <= posting) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return runSlots[lo];
    }

    /** The first position in {@code [from, to)} whose low key is not below {@code low}. */
    private int firstOf(char low, int from, int to) {
        int lo = from;
        int hi = to;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (lowKeys[mid] < low) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Postings held, removed articles' included until the next merge. */
    public long postings() {
        return (long) sortedSlots.length + recent;
    }

    /** Bytes held by the arrays, for the memory-per-article figure. */
    public long bytes() {
        return 4L * directory.length + 6L * sortedSlots.length + 4L * heads.length + 8L * keys.length
                + 8L * runStarts.length;
    }

    /** Moves the recent postings into the sorted part, dropping removed slots. */
    public void merge() {
        // Fresh postings as (key, slot) with the key's sign bit flipped, so that sorting the longs orders the keys
        // unsigned, as the directory does.
        long[] fresh = new long[recent];
        for (int r = 0; r < runs; r++) {
            int end = r + 1 < runs ? runStarts[r + 1] : recent;
            for (int p = runStarts[r]; p < end; p++) {
                fresh[p] = (long) (keys[p] ^ Integer.MIN_VALUE) << 32 | (runSlots[r] & 0xFFFFFFFFL);
            }
        }
        Arrays.sort(fresh);
        int total = sortedSlots.length + fresh.length;
        char[] mergedKeys = new char[total];
        int[] mergedSlots = new int[total];
        int[] counts = new int[GROUPS];
        int n = 0;
        int j = 0;
        for (int group = 0; group < GROUPS; group++) {
            int groupBits = group << 16;
            for (int i = directory[group]; i < directory[group + 1]; i++) {
                long old = (long) ((groupBits | lowKeys[i]) ^ Integer.MIN_VALUE) << 32 | (sortedSlots[i] & 0xFFFFFFFFL);
                while (j < fresh.length && fresh[j] < old) {
                    n = keep(fresh[j++], mergedKeys, mergedSlots, counts, n);
                }
                n = keep(old, mergedKeys, mergedSlots, counts, n);
            }
            // Fresh postings of this group after its last old one (or of a group with none) go before the next group.
            long nextGroup = (long) (((group + 1) << 16) ^ Integer.MIN_VALUE) << 32;
            while (j < fresh.length && (group == GROUPS - 1 || fresh[j] < nextGroup)) {
                n = keep(fresh[j++], mergedKeys, mergedSlots, counts, n);
            }
        }
        lowKeys = n == total ? mergedKeys : Arrays.copyOf(mergedKeys, n);
        sortedSlots = n == total ? mergedSlots : Arrays.copyOf(mergedSlots, n);
        int start = 0;
        for (int group = 0; group < GROUPS; group++) {
            directory[group] = start;
            start += counts[group];
        }
        directory[GROUPS] = start;
        resetRecent();
    }

    /** Appends a posting unless its slot was removed; returns the new count. */
    private int keep(long posting, char[] mergedKeys, int[] mergedSlots, int[] counts, int n) {
        int slot = (int) posting;
        if (removed.test(slot)) {
            return n;
        }
        int key = (int) (posting >>> 32) ^ Integer.MIN_VALUE;
        counts[key >>> 16]++;
        mergedKeys[n] = (char) key;
        mergedSlots[n] = slot;
        return n + 1;
    }

    private void resetRecent() {
        recentLimit = Math.max(MIN_RECENT, sortedSlots.length / 4);
        allocateRecent(Math.min(recentLimit, FIRST_RECENT_CAPACITY));
        recent = 0;
        runStarts = new int[64];
        runSlots = new int[64];
        runs = 0;
    }

    /** Recent arrays for {@code capacity} postings, with a bucket per two (chains of two on average when full). */
    private void allocateRecent(int capacity) {
        int table = Math.max(16, Integer.highestOneBit(capacity));
        heads = new int[table / 2];
        Arrays.fill(heads, -1);
        keys = keys == null ? new int[capacity] : Arrays.copyOf(keys, capacity);
        previous = new int[capacity];
    }

    /** Grows the recent arrays by half (up to the merge limit) and re-chains them, newest first as before. */
    private void growRecent() {
        allocateRecent(Math.min(recentLimit, keys.length + keys.length / 2));
        for (int p = 0; p < recent; p++) {
            int bucket = bucket(keys[p], heads.length);
            previous[p] = heads[bucket];
            heads[bucket] = p;
        }
    }

    private static int bucket(int key, int tableSize) {
        return ((key * 0x9E3779B1) >>> (32 - Integer.numberOfTrailingZeros(tableSize))) & (tableSize - 1);
    }
}
