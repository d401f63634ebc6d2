package org.wirecheck.credibility.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.wirecheck.credibility.engine.ArticleText;

/** The experiment's contextual states: one vector per token, and the same word differs by its context. */
class MiniLmTokenStatesTest {

    @Test
    void everyTokenGetsAStateAndContextChangesIt() {
        ArticleText text = ArticleText.of("The minister said the bridge would reopen.\n"
                + "Villagers crossed the river bank by boat; the bank in Kabul stayed closed.");
        int tokens = text.sentences().stream().mapToInt(s -> s.tokens().size()).sum();
        float[][] states = new MiniLmTokenStates().states(text);
        assertEquals(tokens, states.length);
        for (float[] v : states) {
            assertEquals(MiniLmTokenStates.DIMENSIONS, v.length);
            assertTrue(norm(v) > 0, "a token without a state");
        }
        int first = index(text, "bank", 0);
        int second = index(text, "bank", first + 1);
        assertNotEquals(Arrays.toString(states[first]), Arrays.toString(states[second]));
    }

    private static int index(ArticleText text, String word, int from) {
        int i = 0;
        for (var s : text.sentences()) {
            for (var t : s.tokens()) {
                if (i >= from && t.text().equals(word)) {
                    return i;
                }
                i++;
            }
        }
        throw new AssertionError(word);
    }

    private static double norm(float[] v) {
        double n = 0;
        for (float x : v) {
            n += x * x;
        }
        return Math.sqrt(n);
    }
}
