package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.BitSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

class PostingIndexTest {

    @Test
    void countsSharedKeysAcrossMergesAndDropsRemovedSlots() {
        BitSet removed = new BitSet();
        PostingIndex index = new PostingIndex(removed::get);
        Random random = new Random(3);
        int[][] keys = new int[40_000][];
        for (int slot = 0; slot < keys.length; slot++) {
            keys[slot] = random.ints(8).toArray();
            index.add(slot, keys[slot]);
        }
        int[] shared = new int[keys.length];
        int[] query = Arrays.copyOf(keys[12_345], 5);
        int[] touched = index.countShared(query, shared, 100);
        assertArrayEquals(new int[]{12_345}, touched);
        assertEquals(5, shared[12_345]);
        shared[12_345] = 0;

        removed.set(12_345);
        index.merge();
        assertEquals(0, index.countShared(query, shared, 100).length);
    }

    @Test
    void keysOnTooManyArticlesAreSkipped() {
        PostingIndex index = new PostingIndex(slot -> false);
        for (int slot = 0; slot < 10; slot++) {
            index.add(slot, new int[]{42, 1000 + slot});
        }
        int[] shared = new int[10];
        assertEquals(0, index.countShared(new int[]{42}, shared, 5).length);
        assertArrayEquals(new int[]{3}, index.countShared(new int[]{42, 1003}, shared, 5));
    }
}
