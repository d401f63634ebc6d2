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
    void eachSharedKeyWeighsOneOverTheArticlesCarryingIt() {
        PostingIndex index = new PostingIndex(slot -> false);
        for (int slot = 0; slot < 4; slot++) {
            index.add(slot, new int[]{42, 1000 + slot});
        }
        index.merge();
        index.add(4, new int[]{42, 1003}); // one more carrier of each, in the recent part
        int[] shared = new int[5];
        float[] evidence = new float[5];
        int[] touched = index.countShared(new int[]{42, 1003}, shared, evidence, 100);
        Arrays.sort(touched);
        assertArrayEquals(new int[]{0, 1, 2, 3, 4}, touched);
        assertEquals(1 / 5f, evidence[0], 1e-6);
        assertEquals(1 / 5f + 1 / 2f, evidence[3], 1e-6);
        assertEquals(1 / 5f + 1 / 2f, evidence[4], 1e-6);
        assertEquals(2, shared[3]);
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
