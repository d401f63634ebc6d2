package org.wirecheck.dedup.engine;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WordSwapsTest {

    private static List<String> swapped(String self, String other) {
        return swapped(self, other, List.of(new Passage(0, self.length(), 0, other.length())));
    }

    private static List<String> swapped(String self, String other, List<Passage> passages) {
        return WordSwaps.find(ArticleText.of(self), ArticleText.of(other), passages, 100).stream()
                .map(s -> other.substring(s.otherStart(), s.otherEnd()) + " -> " + self.substring(s.start(), s.end()))
                .toList();
    }

    @Test
    void aSpunSentenceGivesEachSwappedRunWithTheWordsItReplaced() {
        String original = "Border guards said the convoy was hit by an attack near the river and killed eight "
                + "drivers, at least two of them on Sunday.";
        String spun = "Border guards stated the convoy was hit by an assault near the river andkilling eight "
                + "drivers, a minimum of two of them on Sunday.";
        assertEquals(List.of("said -> stated", "attack -> assault", "and killed -> andkilling",
                "at least -> a minimum of"), swapped(spun, original));
    }

    @Test
    void anyScriptWorksBecauseTheOtherTextIsTheEvidence() {
        assertEquals(List.of("сообщили -> заявили"),
                swapped("Власти города заявили во вторник о закрытии моста.",
                        "Власти города сообщили во вторник о закрытии моста."));
        assertEquals(List.of("گفت -> اعلام کرد"),
                swapped("وزیر معارف روز دوشنبه اعلام کرد که مکاتب باز می شوند",
                        "وزیر معارف روز دوشنبه گفت که مکاتب باز می شوند"));
    }

    @Test
    void differencesAtAnEdgeOrLongerThanThreeWordsAreNotSwaps() {
        // First word changed: nothing before it is shared, so it may as well be a cut or an added word.
        assertEquals(List.of(), swapped("Officials closed the bridge on Monday after cracks were found.",
                "Engineers closed the bridge on Monday after cracks were found."));
        // Four words replaced by four: a rewrite of the clause, not a word swap.
        assertEquals(List.of(), swapped("The bridge shut because of damage found by inspectors on Monday.",
                "The bridge shut after an inspection discovered cracks on Monday."));
        // Words only added or only dropped are not swaps either.
        assertEquals(List.of(), swapped("The bridge was closed on a cold Monday morning.",
                "The bridge was closed on Monday morning."));
        // A paragraph's last word and the next one's first differ: two edits on two lines, not one swap.
        assertEquals(List.of("said -> stated"), swapped("Officials stated it was closed.\n\nWalkers may cross.",
                "Officials said it was closed to reporters.\n\nPedestrians may cross."));
        // Identical: nothing.
        assertEquals(List.of(), swapped("Same words here, same order.", "Same words here, same order."));
    }

    @Test
    void onlyWordsInsideThePassagesAreCompared() {
        String original = "Rain fell all day. Police said the road was closed by a flood near the dam.";
        String spun = "Snow fell all night. Police stated the road was closed by a deluge near the dam.";
        int s = spun.indexOf("Police"), o = original.indexOf("Police");
        assertEquals(List.of("said -> stated", "flood -> deluge"),
                swapped(spun, original, List.of(new Passage(s, spun.length(), o, original.length()))));
        assertEquals(List.of(), swapped(spun, original, List.of()));
    }

    @Test
    void theLimitBoundsTheList() {
        String original = "one a two b three c four d five e six";
        String spun = "one x two y three z four w five v six";
        List<Passage> all = List.of(new Passage(0, spun.length(), 0, original.length()));
        assertEquals(5, WordSwaps.find(ArticleText.of(spun), ArticleText.of(original), all, 100).size());
        assertEquals(2, WordSwaps.find(ArticleText.of(spun), ArticleText.of(original), all, 2).size());
        assertThrows(IllegalArgumentException.class,
                () -> WordSwaps.find(ArticleText.of(spun), ArticleText.of(original), all, -1));
    }

    /** Plain quadratic LCS length, the oracle for the banded one. */
    private static int lcsLength(long[] a, long[] b) {
        int[][] l = new int[a.length + 1][b.length + 1];
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                l[i][j] = a[i - 1] == b[j - 1] ? l[i - 1][j - 1] + 1 : Math.max(l[i - 1][j], l[i][j - 1]);
            }
        }
        return l[a.length][b.length];
    }

    private static void assertValidCommonSubsequence(long[] a, long[] b, int[] pairs) {
        for (int k = 0; k < pairs.length; k += 2) {
            assertEquals(a[pairs[k]], b[pairs[k + 1]]);
            if (k > 0) {
                assertTrue(pairs[k] > pairs[k - 2] && pairs[k + 1] > pairs[k - 1], "strictly increasing");
            }
        }
    }

    @Test
    void withinTheBandTheSubsequenceIsALongestOne() {
        Random random = new Random(7);
        for (int round = 0; round < 2_000; round++) {
            // Short sequences over a small alphabet: many ties and repeats, and the band covers the whole table.
            long[] a = random.longs(1 + random.nextInt(40), 0, 1 + random.nextInt(6)).toArray();
            long[] b = random.longs(1 + random.nextInt(40), 0, 1 + random.nextInt(6)).toArray();
            int[] pairs = WordSwaps.commonSubsequence(a, b);
            assertValidCommonSubsequence(a, b, pairs);
            assertEquals(lcsLength(a, b), pairs.length / 2, "round " + round);
        }
    }

    @Test
    void aLongCopyWithSparseEditsKeepsEveryUnchangedWord() {
        Random random = new Random(11);
        for (int round = 0; round < 50; round++) {
            int n = 2_000 + random.nextInt(3_000);
            long[] a = random.longs(n, 0, 5_000).toArray();
            // Swap one word in ten, drop or insert one in fifty: the copy drifts off the exact diagonal.
            long[] b = new long[n * 2];
            int m = 0, unchanged = 0;
            for (long word : a) {
                double r = random.nextDouble();
                if (r < 0.1) {
                    b[m++] = 10_000 + random.nextInt(5_000);
                } else if (r < 0.12) {
                    continue;
                } else {
                    if (r < 0.14) {
                        b[m++] = 20_000 + random.nextInt(5_000);
                    }
                    b[m++] = word;
                    unchanged++;
                }
            }
            b = java.util.Arrays.copyOf(b, m);
            int[] pairs = WordSwaps.commonSubsequence(a, b);
            assertValidCommonSubsequence(a, b, pairs);
            assertEquals(lcsLength(a, b), pairs.length / 2);
            assertTrue(pairs.length / 2 >= unchanged);
        }
    }

    @Test
    void emptySidesGiveNothing() {
        assertArrayEquals(new int[0], WordSwaps.commonSubsequence(new long[]{1, 2}, new long[]{3}));
        assertEquals(List.of(), swapped("", "Some words"));
    }
}
