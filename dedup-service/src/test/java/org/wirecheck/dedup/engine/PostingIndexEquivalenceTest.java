package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The grouped posting index against the one it replaced ({@link ReferencePostingIndex}): the same slots touched, in
 * the same order, with the same counts and evidence, through inserts, merges and removals, with keys spread over the whole int
 * range and keys shared by many slots.
 */
class PostingIndexEquivalenceTest {

    @Test
    void touchesTheSameSlotsInTheSameOrderAsTheReference() {
        for (int seed = 0; seed < 6; seed++) {
            Random random = new Random(seed);
            BitSet removed = new BitSet();
            PostingIndex actual = new PostingIndex(removed::get);
            ReferencePostingIndex expected = new ReferencePostingIndex(removed::get);
            int slots = 60_000;
            int[][] keys = new int[slots][];
            int[] sharedActual = new int[slots];
            int[] sharedExpected = new int[slots];
            float[] evidenceActual = new float[slots];
            float[] evidenceExpected = new float[slots];
            // A small key space in some runs, so that keys have many postings (and hit the per-key limit).
            int keySpace = seed % 2 == 0 ? 3_000 : 0;
            for (int slot = 0; slot < slots; slot++) {
                // Distinct keys per slot, as fingerprints are: the reference's binary search lands on any one of equal
                // postings, so with a key repeated within slot 0 it could miss some (the new index counts them all).
                keys[slot] = (keySpace > 0
                        ? random.ints(random.nextInt(30), 0, keySpace).map(k -> k * 0x9E3779B1)
                        : random.ints(random.nextInt(30))).distinct().toArray();
                actual.add(slot, keys[slot]);
                expected.add(slot, keys[slot]);
                if (random.nextInt(50) == 0) {
                    removed.set(random.nextInt(slot + 1));
                }
                if (random.nextInt(20_000) == 0) {
                    actual.merge();
                    expected.merge();
                }
                if (slot % 97 == 0) {
                    int[] query = random.nextBoolean() ? keys[random.nextInt(slot + 1)] : random.ints(20).toArray();
                    int limit = random.nextBoolean() ? 512 : 1 + random.nextInt(40);
                    // Every other query also weighs the keys, as the lexical candidates are weighed.
                    boolean weigh = slot % 2 == 0;
                    int[] touchedActual = actual.countShared(query, sharedActual, weigh ? evidenceActual : null,
                            limit);
                    int[] touchedExpected = expected.countShared(query, sharedExpected,
                            weigh ? evidenceExpected : null, limit);
                    assertArrayEquals(touchedExpected, touchedActual);
                    for (int s : touchedExpected) {
                        assertEquals(sharedExpected[s], sharedActual[s]);
                        assertEquals(Float.floatToIntBits(evidenceExpected[s]),
                                Float.floatToIntBits(evidenceActual[s]));
                        sharedExpected[s] = 0;
                        sharedActual[s] = 0;
                        evidenceExpected[s] = 0;
                        evidenceActual[s] = 0;
                    }
                }
            }
            assertEquals(expected.postings(), actual.postings());
        }
    }
}
