package org.wirecheck.gateway.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;

class ArticlePreparationTest {

    private static final String TEXT = "Floods in Herat killed twelve people on Monday, officials said.";

    private final ArticlePreparation preparation = new ArticlePreparation();

    private PreparedArticle prepare(String url) {
        return preparation.prepare(new ArticleSubmission(url, null, null, null, null, TEXT, null), "");
    }

    @Test
    void urlsWithAHostInAnyScriptOrAnOpaqueUrnAreAccepted() {
        for (String url : new String[]{"https://www.example.org/a", "https://пример.рф/статья?q=ä#x",
                "http://مثال.إختبار/خبر", "https://8am.media/fa/گزارش-سیلاب", "urn:sha256:abc"}) {
            assertEquals(url, prepare(url).url());
        }
    }

    @Test
    void urlsWithoutAHostAreRefusedNamingTheField() {
        for (String url : new String[]{"/a/b", "https:///path", "https://exa mple.org/", "not a url at all ::"}) {
            ProblemException e = assertThrows(ProblemException.class, () -> prepare(url), url);
            assertEquals("url", e.errors().get(0).field(), url);
        }
    }
    private PreparedArticle page(String datePublished, String metaTime) {
        String html = "<html lang=\"fa\"><head><meta property=\"article:published_time\" content=\"" + metaTime
                + "\"><script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"datePublished\":\""
                + datePublished + "\"}</script></head><body><article><p>" + TEXT + "</p></article></body></html>";
        return preparation.prepare(new ArticleSubmission("https://8am.media/fa/1", null, null, null, null, null, html),
                "");
    }

    /**
     * Afghan sites date their pages in the Solar Hijri calendar: read as Gregorian, "1403-08-12" was the 15th
     * century, and the page became the origin of every cluster it joined.
     */
    @Test
    void aPagesSolarHijriDateIsItsGregorianDayAndAnImplausibleOneIsNoDate() {
        assertEquals("2024-11-02T00:00:00Z", page("1403-08-12", "").publishedAt());
        assertEquals("2024-11-02T00:00:00Z", page("", "۱۴۰۳/۰۸/۱۲").publishedAt());
        assertEquals("2024-03-01T05:00:00Z", page("2024-03-01T09:30:00+04:30", "").publishedAt());
        assertNull(page("2999-01-01", "").publishedAt());
        assertNull(page("0003-01-01", "").publishedAt());
    }

    @Test
    void aStatedDateBefore1800IsRefusedNamingTheFieldAndTheDateMeant() {
        ProblemException e = assertThrows(ProblemException.class, () -> preparation.prepare(
                new ArticleSubmission("https://8am.media/fa/2", null, null, null, "1403-08-12", TEXT, null), ""));
        assertEquals("publishedAt", e.errors().get(0).field());
        assertTrue(e.errors().get(0).message().contains("2024-11-02"), e.errors().get(0).message());
        assertEquals("1850-06-01T00:00:00Z", preparation
                .prepare(new ArticleSubmission("https://archive.example/1", null, null, null, "1850-06-01", TEXT, null),
                        "")
                .publishedAt());
    }
}
