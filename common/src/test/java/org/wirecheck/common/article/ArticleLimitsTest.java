package org.wirecheck.common.article;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;

class ArticleLimitsTest {

    @Test
    void valuesAtTheLimitFitAndNullsFit() {
        assertDoesNotThrow(() -> ArticleLimits.requireWithin("", "u".repeat(ArticleLimits.URL),
                "p".repeat(ArticleLimits.PUBLISHER), "t".repeat(ArticleLimits.TITLE),
                "b".repeat(ArticleLimits.BYLINE)));
        assertDoesNotThrow(() -> ArticleLimits.requireWithin("", null, null, null, null));
    }

    @Test
    void oneCharacterOverIsA400NamingTheFieldWithTheGatewaysSentence() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArticleLimits.requireWithin("", "https://x.org/1", null, "t".repeat(1001), null));
        assertEquals(400, e.status());
        assertEquals(List.of(new Problem.FieldError("title", "title must be at most 1000 characters")), e.errors());
        assertEquals("title: title must be at most 1000 characters", e.getMessage());
        assertEquals(ArticleLimits.TITLE_TOO_LONG, e.errors().get(0).message());
    }

    @Test
    void everyFieldOverItsLimitIsNamedWithItsPath() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> ArticleLimits.requireWithin("origins[2].", "u".repeat(2049), "p".repeat(301), "ok",
                        "b".repeat(501)));
        assertEquals(List.of("origins[2].byline", "origins[2].publisher", "origins[2].url"),
                e.errors().stream().map(Problem.FieldError::field).toList());
        assertEquals("origins[2].url must be at most 2048 characters", e.errors().get(2).message());
        assertEquals(List.of(ArticleLimits.URL_TOO_LONG, ArticleLimits.PUBLISHER_TOO_LONG,
                ArticleLimits.BYLINE_TOO_LONG),
                List.of(ArticleLimits.tooLong("url", ArticleLimits.URL),
                        ArticleLimits.tooLong("publisher", ArticleLimits.PUBLISHER),
                        ArticleLimits.tooLong("byline", ArticleLimits.BYLINE)));
    }

    @Test
    void clippingKeepsShortValuesAndNeverSplitsASurrogatePair() {
        assertNull(ArticleLimits.clip(null, 5));
        assertEquals("Herat", ArticleLimits.clip("Herat", 5));
        assertEquals("Hera", ArticleLimits.clip("Herat floods", 4));
        // "ab🙂c": the emoji is two UTF-16 units at 2 and 3; a cut at 3 would leave half of it.
        assertEquals("ab", ArticleLimits.clip("ab\ud83d\ude42c", 3));
        assertEquals("ab\ud83d\ude42", ArticleLimits.clip("ab\ud83d\ude42c", 4));
        assertThrows(IllegalArgumentException.class, () -> ArticleLimits.clip("x", 0));
    }
}
