package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Random;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

/**
 * The merges of two ascending sets that advance by arithmetic instead of a branch ({@link
 * LexicalComparison#intersection} and {@link SpunCopyScreen#sharedAtLeast}) against the branching reference merge
 * ({@link ReferenceLexicalComparison#intersection}), on random pairs of sets: unrelated, sharing a few values or
 * nearly all, one inside the other, empty, values at both ends of the {@code long} range and around zero, and every
 * bound {@code needed} can take.
 */
class SetMergeEquivalenceTest {

    /**
     * What {@link SpunCopyScreen#sharedAtLeast} answers, from the reference merge: the shared count when it reaches
     * {@code needed}, else -1 (its early exits only ever return -1 for pairs that end below {@code needed}).
     */
    private static int sharedAtLeastExpected(long[] a, long[] b, int needed) {
        int shared = ReferenceLexicalComparison.intersection(a, b);
        return shared >= needed ? shared : -1;
    }

    private static long value(Random random, int kind) {
        return switch (kind) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(200) - 100L;
            default -> (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE - 100) + random.nextInt(101);
        };
    }

    /** Ascending distinct values: {@code shared} from a common pool, the rest of the side's own. */
    private static long[] set(Random random, long[] pool, int shared, int own, int kind) {
        LongStream mine = LongStream.generate(() -> value(random, kind)).limit(own);
        long[] values = LongStream.concat(Arrays.stream(pool, 0, Math.min(shared, pool.length)), mine).toArray();
        return LongStream.of(values).distinct().sorted().toArray();
    }

    @Test
    void sameCountsAsTheBranchingMerges() {
        Random random = new Random(47);
        int checked = 0;
        for (int t = 0; t < 20_000; t++) {
            int kind = t % 3;
            long[] pool = LongStream.generate(() -> value(random, kind)).limit(random.nextInt(60)).toArray();
            long[] a = set(random, pool, random.nextInt(pool.length + 1), random.nextInt(t % 7 == 0 ? 3 : 60), kind);
            long[] b = switch (t % 5) {
                case 0 -> a.clone();
                case 1 -> Arrays.copyOfRange(a, a.length / 3, a.length);
                default -> set(random, pool, random.nextInt(pool.length + 1), random.nextInt(60), kind);
            };
            int expected = ReferenceLexicalComparison.intersection(a, b);
            assertEquals(expected, LexicalComparison.intersection(a, b), () -> Arrays.toString(a) + Arrays.toString(b));
            assertEquals(expected, LexicalComparison.intersection(b, a));
            for (int needed = 0; needed <= Math.max(a.length, b.length) + 1; needed++) {
                int n = needed;
                assertEquals(sharedAtLeastExpected(a, b, needed), SpunCopyScreen.sharedAtLeast(a, b, needed),
                        () -> "needed " + n + ": " + Arrays.toString(a) + Arrays.toString(b));
                assertEquals(sharedAtLeastExpected(b, a, needed), SpunCopyScreen.sharedAtLeast(b, a, needed));
                checked += sharedAtLeastExpected(a, b, needed) >= 0 ? 1 : 0;
            }
        }
        // Both outcomes of the bound are exercised, not only the early -1.
        assertTrue(checked > 20_000, "pairs reaching their bound: " + checked);
    }

    @Test
    void edgeCases() {
        long[][] sets = {{}, {0}, {Long.MIN_VALUE}, {Long.MAX_VALUE}, {Long.MIN_VALUE, Long.MAX_VALUE}, {-1, 0, 1},
                {Long.MIN_VALUE, -1, 0, 1, Long.MAX_VALUE}};
        for (long[] a : sets) {
            for (long[] b : sets) {
                assertEquals(ReferenceLexicalComparison.intersection(a, b), LexicalComparison.intersection(a, b));
                for (int needed = 0; needed <= 6; needed++) {
                    assertEquals(sharedAtLeastExpected(a, b, needed), SpunCopyScreen.sharedAtLeast(a, b, needed));
                }
            }
        }
    }
}
