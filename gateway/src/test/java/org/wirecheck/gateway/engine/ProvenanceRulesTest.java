package org.wirecheck.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.wirecheck.gateway.api.Provenance;
import org.wirecheck.gateway.client.CredibilityApiModel.Credit;
import org.wirecheck.gateway.client.CredibilityApiModel.Publisher;
import org.wirecheck.gateway.client.DedupApiModel.Containment;
import org.wirecheck.gateway.client.DedupApiModel.Duplicate;
import org.wirecheck.gateway.client.DedupApiModel.Passage;

class ProvenanceRulesTest {

    private static final ProvenanceRules RULES = new ProvenanceRules(0.5);

    private static final Publisher RFERL = new Publisher(5L, "Radio Free Europe/Radio Liberty", "BROADCASTER",
            List.of("RFE/RL", "Radio Liberty"), List.of("rferl.org"));
    private static final Publisher VOA = new Publisher(6L, "Voice of America", "BROADCASTER",
            List.of("VOA", "VOA News"), List.of("voanews.com"));

    private static Duplicate dup(String publisher, String url, String relation, boolean earlier, double otherInThis,
            String publishedAt) {
        return new Duplicate(UUID.nameUUIDFromBytes(url.getBytes()), url, publisher, publishedAt, relation, earlier,
                0.9, new Containment(0.9, otherInThis), List.of(), List.of());
    }

    /** A copied article sharing these ranges of this article's text ({@code from, to} pairs). */
    private static Duplicate copied(String publisher, String url, String relation, double otherInThis,
            String publishedAt, int... ranges) {
        List<Passage> passages = new java.util.ArrayList<>();
        for (int i = 0; i < ranges.length; i += 2) {
            passages.add(new Passage(ranges[i], ranges[i + 1], ranges[i], ranges[i + 1]));
        }
        return new Duplicate(UUID.nameUUIDFromBytes(url.getBytes()), url, publisher, publishedAt, relation, true, 0.9,
                new Containment(0.9, otherInThis), passages, List.of());
    }

    private static Credit credit(Publisher p, String text, String creditedName) {
        return new Credit("REPRINT_NOTICE", text, 100, 100 + text.length(), p, creditedName);
    }

    @Test
    void nothingEarlierIsOriginal() {
        Provenance p = RULES.decide("https://a.example/1", "A", null, List.of(), List.of());
        assertEquals(ProvenanceStatus.ORIGINAL, p.status());
        assertNull(p.origin());
    }

    @Test
    void aLaterCopyDoesNotMakeTheOriginalACopy() {
        Provenance p = RULES.decide("https://a.example/1", "A", null,
                List.of(dup("B", "https://b.example/x", "NEAR_DUPLICATE", false, 0.9, "2024-03-02")), List.of());
        assertEquals(ProvenanceStatus.ORIGINAL, p.status());
    }

    @Test
    void anUncreditedEditedReprintIsAnUncreditedCopy() {
        Provenance p = RULES.decide("https://copycat.example/1", "Copycat", null,
                List.of(dup("Voice of America", "https://www.voanews.com/a/1", "NEAR_DUPLICATE", true, 0.9,
                        "2024-03-01")),
                List.of());
        assertEquals(ProvenanceStatus.UNCREDITED_COPY, p.status());
        assertEquals("https://www.voanews.com/a/1", p.origin().url());
        assertFalse(p.evidence().get(0).credited());
    }

    @Test
    void aCreditThroughAnAliasMakesACreditedReprint() {
        // The copied article's publisher is given as "RFE/RL"; the credit line names the full name.
        Provenance p = RULES.decide("https://agg.example/1", "Aggregator", null,
                List.of(dup("RFE/RL", "https://www.rferl.org/a/1.html", "CONTAINS", true, 0.97, "2024-03-01")),
                List.of(credit(RFERL, "Reprinted with the permission of Radio Free Europe/Radio Liberty",
                        "Radio Free Europe/Radio Liberty")));
        assertEquals(ProvenanceStatus.CREDITED_REPRINT, p.status());
        assertTrue(p.evidence().get(0).credited());
        assertEquals(List.of("Radio Free Europe/Radio Liberty"), p.creditedSources());
    }

    @Test
    void aCreditMatchesByDomainWhenTheCopiedPublisherIsUnnamed() {
        Provenance p = RULES.decide("https://agg.example/1", "Aggregator", null,
                List.of(dup(null, "https://www.voanews.com/a/2", "EXACT", true, 1.0, "2024-03-01")),
                List.of(credit(VOA, "VOA News", "VOA News")));
        assertEquals(ProvenanceStatus.CREDITED_REPRINT, p.status());
    }

    @Test
    void anAggregatorPageCreditingBothCopiedArticlesIsACreditedReprintWithTheEarliestOrigin() {
        Provenance p = RULES.decide("https://agg.example/page", "Aggregator", null,
                List.of(dup("VOA", "https://www.voanews.com/a/3", "CONTAINS", true, 0.95, "2024-03-02T08:00:00Z"),
                        dup("RFE/RL", "https://www.rferl.org/a/4.html", "CONTAINS", true, 0.96,
                                "2024-03-01T20:00:00Z")),
                List.of(credit(VOA, "VOA News", "VOA News"),
                        credit(RFERL, "Reprinted with the permission of Radio Free Europe/Radio Liberty", null)));
        assertEquals(ProvenanceStatus.CREDITED_REPRINT, p.status());
        assertEquals("https://www.rferl.org/a/4.html", p.origin().url());
        assertEquals(2, p.evidence().size());
    }

    @Test
    void oneUncreditedArticleAmongCreditedOnesMakesTheWholeAnUncreditedCopy() {
        Provenance p = RULES.decide("https://agg.example/page", "Aggregator", null,
                List.of(dup("VOA", "https://www.voanews.com/a/3", "CONTAINS", true, 0.95, "2024-03-02"),
                        dup("Dawn", "https://www.dawn.com/news/5", "CONTAINS", true, 0.9, "2024-03-02")),
                List.of(credit(VOA, "VOA News", "VOA News")));
        assertEquals(ProvenanceStatus.UNCREDITED_COPY, p.status());
    }

    /**
     * A wire story and another outlet's reprint of it are both in the corpus; this reprint credits the wire only. The
     * other reprint carries nothing this one shares beyond the wire's words: a credited reprint.
     */
    @Test
    void anotherReprintOfTheCreditedOriginNeedNotBeCredited() {
        Provenance p = RULES.decide("https://c.example/3", "Outlet C", null,
                List.of(copied("Voice of America", "https://www.voanews.com/a/9", "EXACT", 1.0, "2024-03-01", 0,
                        1900),
                        copied("Outlet B", "https://b.example/2", "NEAR_DUPLICATE", 0.95, "2024-03-01T12:00:00Z", 0,
                                1200, 1240, 1900)),
                List.of(credit(VOA, "VOA News", "VOA News")));
        assertEquals(ProvenanceStatus.CREDITED_REPRINT, p.status());
        assertEquals("https://www.voanews.com/a/9", p.origin().url());
        assertNull(p.evidence().get(0).creditedThrough());
        assertFalse(p.evidence().get(1).credited());
        assertEquals("https://www.voanews.com/a/9", p.evidence().get(1).creditedThrough().url());
    }

    /** Copying the other outlet's edited version (a third of it not in the wire story) still needs its credit. */
    @Test
    void anotherOutletsOwnVersionNeedsItsOwnCredit() {
        Provenance p = RULES.decide("https://c.example/4", "Outlet C", null,
                List.of(copied("Voice of America", "https://www.voanews.com/a/10", "NEAR_DUPLICATE", 0.8,
                        "2024-03-01", 0, 1200),
                        copied("Outlet B", "https://b.example/5", "EXACT", 1.0, "2024-03-01T12:00:00Z", 0, 1900)),
                List.of(credit(VOA, "VOA News", "VOA News")));
        assertEquals(ProvenanceStatus.UNCREDITED_COPY, p.status());
        assertNull(p.evidence().get(1).creditedThrough());
    }

    /** An aggregator page holding two stories, each half of it: crediting one does not credit the other. */
    @Test
    void aCreditedStoryDoesNotCoverAnotherStoryOfTheSamePage() {
        Provenance p = RULES.decide("https://agg.example/page2", "Aggregator", null,
                List.of(copied("VOA", "https://www.voanews.com/a/11", "CONTAINS", 0.95, "2024-03-02", 0, 1000),
                        copied("Dawn", "https://www.dawn.com/news/12", "CONTAINS", 0.95, "2024-03-02", 1000, 2000)),
                List.of(credit(VOA, "VOA News", "VOA News")));
        assertEquals(ProvenanceStatus.UNCREDITED_COPY, p.status());
    }

    @Test
    void aShortCreditedPartIsAnExcerpt() {
        Provenance p = RULES.decide("https://agg.example/page", "Aggregator", null,
                List.of(dup("Tolo News", "https://tolonews.com/afghanistan-1", "CONTAINS", true, 0.18,
                        "2024-03-02")),
                List.of(new Credit("READ_MORE", "Tolo News: Click here to read more", 10, 45, null, "Tolo News")));
        assertEquals(ProvenanceStatus.EXCERPT, p.status());
        assertEquals(0.18, p.evidence().get(0).share());
    }

    @Test
    void aShortUncreditedPartIsStillAnUncreditedCopy() {
        Provenance p = RULES.decide("https://agg.example/page", "Aggregator", null,
                List.of(dup("Tolo News", "https://tolonews.com/afghanistan-1", "CONTAINS", true, 0.18,
                        "2024-03-02")),
                List.of());
        assertEquals(ProvenanceStatus.UNCREDITED_COPY, p.status());
    }

    @Test
    void aSiteRepublishingItsOwnPostsIsOriginal() {
        // A blog listing page that holds the blog's own earlier posts: same host, no credit needed.
        Provenance p = RULES.decide("https://intel.example/page/2", "Intel Blog", null,
                List.of(dup("Intel Blog", "https://intel.example/2024/03/01/post", "CONTAINS", true, 1.0,
                        "2024-03-01"),
                        dup(null, "https://www.intel.example/2024/03/02/other", "CONTAINS", true, 1.0, "2024-03-02")),
                List.of());
        assertEquals(ProvenanceStatus.ORIGINAL, p.status());
        assertTrue(p.evidence().isEmpty());
    }

    @Test
    void theRegistryEntryOfTheArticlesOwnPublisherCountsAsTheSamePublisher() {
        Provenance p = RULES.decide("https://mirror.example/1", "RFE/RL", RFERL,
                List.of(dup("Radio Liberty", "https://www.rferl.org/a/1.html", "EXACT", true, 1.0, "2024-03-01")),
                List.of());
        assertEquals(ProvenanceStatus.ORIGINAL, p.status());
    }

    @Test
    void publisherNamesCompareWithoutCaseArticleOrPunctuation() {
        assertEquals(Publishers.key("The Associated Press."), Publishers.key("associated press"));
        assertEquals("", Publishers.key(null));
        assertEquals("rferl.org", Publishers.host("https://www.rferl.org/a/x.html"));
        assertTrue(Publishers.sameSite("news.bbc.co.uk", "bbc.co.uk"));
        assertFalse(Publishers.sameSite("notbbc.co.uk", "bbc.co.uk"));
        // A host in its own script compares as its ASCII form, whichever form the registry holds.
        assertEquals("xn--e1afmkfd.xn--p1ai", Publishers.host("https://www.пример.рф/статья"));
        assertTrue(Publishers.sameSite(Publishers.host("https://news.пример.рф/x"), "Пример.РФ"));
        assertTrue(Publishers.sameSite(Publishers.host("https://пример.рф/x"), "xn--e1afmkfd.xn--p1ai"));
    }

    @Test
    void anExcerptShareOutsideZeroToOneIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new ProvenanceRules(1.5));
        assertTrue(e.getMessage().contains("got 1.5"));
    }
}
