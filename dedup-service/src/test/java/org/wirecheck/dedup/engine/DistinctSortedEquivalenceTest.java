package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * {@link LexicalComparison#distinctSorted}, which orders a sentence's content-word hashes with a counting sort on
 * their top bits, against the way it did before (a general sort), on random arrays of several kinds: evenly spread
 * hashes as the screen sees, values packed into a few top-bit buckets or one, negative and positive values around
 * zero and the ends of the range, zeros and repeats.
 */
class DistinctSortedEquivalenceTest {

    /**
     * The implementation before the counting sort, kept as the oracle: the first {@code count} values through the
     * reference's non-zero, sort and drop-repeats ({@link ReferenceLexicalComparison#distinctCopy}, the same steps).
     */
    private static long[] distinctSortedBefore(long[] values, int count) {
        return ReferenceLexicalComparison.distinctCopy(Arrays.copyOf(values, count));
    }

    private static long value(Random random, int kind, long[] pool) {
        return switch (kind) {
            case 0 -> random.nextLong();
            case 1 -> random.nextInt(1_000) - 500L;
            case 2 -> (random.nextBoolean() ? Long.MIN_VALUE : Long.MAX_VALUE - 1_000) + random.nextInt(1_000);
            case 3 -> random.nextLong() >>> random.nextInt(64);
            case 4 -> pool[random.nextInt(pool.length)];
            default -> random.nextInt(8) == 0 ? 0 : random.nextLong() | (random.nextBoolean() ? Long.MIN_VALUE : 0);
        };
    }

    @Test
    void sameAsTheGeneralSort() {
        Random random = new Random(43);
        for (int t = 0; t < 20_000; t++) {
            int size = t % 100 == 0 ? random.nextInt(5_000) : random.nextInt(80);
            int count = size == 0 ? 0 : random.nextInt(size + 1);
            long[] pool = new long[1 + random.nextInt(12)];
            for (int k = 0; k < pool.length; k++) {
                pool[k] = random.nextInt(4) == 0 ? 0 : random.nextLong();
            }
            long[] values = new long[size];
            for (int i = 0; i < size; i++) {
                values[i] = value(random, (t + (random.nextInt(4) == 0 ? i : 0)) % 6, pool);
            }
            long[] expected = distinctSortedBefore(values.clone(), count);
            assertArrayEquals(expected, LexicalComparison.distinctSorted(values.clone(), count),
                    () -> "count " + count + " of " + Arrays.toString(values));
        }
    }

    @Test
    void edgeCases() {
        long[][] cases = {{}, {0}, {0, 0}, {5}, {Long.MIN_VALUE, Long.MAX_VALUE, -1, 1, 0},
                {Long.MAX_VALUE, Long.MIN_VALUE}, {3, 3, 3, 3}, {-1, -1, 0, -1}, {Long.MIN_VALUE, Long.MIN_VALUE + 1}};
        for (long[] values : cases) {
            assertArrayEquals(distinctSortedBefore(values.clone(), values.length),
                    LexicalComparison.distinctSorted(values.clone(), values.length), Arrays.toString(values));
        }
    }
}
