package org.wirecheck.gateway.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.article.PublishedAt;

class ArticleExtractorTest {

    private final ArticleExtractor extractor = new ArticleExtractor();

    @Test
    void jsonLdNewsArticleGivesTheMetadataAndTheArticleElementTheText() {
        String html = """
                <html><head><title>Site title | Kabul Wire</title>
                <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
                  {"@type":"WebSite","name":"Kabul Wire"},
                  {"@type":"NewsArticle","headline":"Border crossing reopens","datePublished":"2024-03-01T09:30:00+04:30",
                   "author":[{"@type":"Person","name":"Sara Ahmadi"},{"@type":"Person","name":"J. Doe"}],
                   "publisher":{"@type":"Organization","name":"Kabul Wire"}}]}</script>
                <meta property="og:title" content="OG title">
                </head><body>
                <nav><ul><li>Home</li><li>Politics</li></ul></nav>
                <article><h1>Border crossing reopens</h1>
                <p>TORKHAM — The crossing reopened on Friday, officials said.</p>
                <p>“Trade will resume,” a spokesman told reporters.</p></article>
                <footer><p>© Kabul Wire. All rights reserved.</p></footer></body></html>""";
        ArticleExtractor.ExtractedArticle a = extractor.extract(html);
        assertEquals("Border crossing reopens", a.title());
        assertEquals("Sara Ahmadi, J. Doe", a.byline());
        assertEquals("Kabul Wire", a.publisher());
        assertEquals(Instant.parse("2024-03-01T05:00:00Z"), PublishedAt.parse(a.publishedAt()).orElseThrow());
        assertEquals("Border crossing reopens\n\nTORKHAM — The crossing reopened on Friday, officials said.\n\n"
                + "“Trade will resume,” a spokesman told reporters.", a.text());
    }

    @Test
    void openGraphAndMetaTagsWhenThereIsNoJsonLd() {
        String html = """
                <html><head><meta property="og:title" content="Talks in Doha">
                <meta property="og:site_name" content="Example Daily">
                <meta property="article:published_time" content="2024-02-28">
                <meta name="author" content="R. Khan"></head>
                <body><div class="menu"><a href="/">Home</a></div>
                <div class="story"><p>First paragraph of the story, long enough to be the main text.</p>
                <p>Second paragraph.</p></div><div class="side"><p>Short.</p></div></body></html>""";
        ArticleExtractor.ExtractedArticle a = extractor.extract(html);
        assertEquals("Talks in Doha", a.title());
        assertEquals("Example Daily", a.publisher());
        assertEquals("2024-02-28", a.publishedAt());
        assertEquals("R. Khan", a.byline());
        assertEquals("First paragraph of the story, long enough to be the main text.\n\nSecond paragraph.", a.text());
    }

    @Test
    void nulCharacterReferencesBecomeTheReplacementCharacterEverywhere() {
        String html = """
                <html><head><meta property="og:title" content="Talks&#0; in Doha">
                <meta name="author" content="R.&#x0; Khan"></head>
                <body><article><p>First paragraph &#0; of the story, long enough to be the main text.</p></article>
                </body></html>""";
        ArticleExtractor.ExtractedArticle a = extractor.extract(html);
        assertEquals("Talks\uFFFD in Doha", a.title());
        assertEquals("R.\uFFFD Khan", a.byline());
        assertEquals("First paragraph \uFFFD of the story, long enough to be the main text.", a.text());
    }

    @Test
    void softHyphensAndZeroWidthSpacesAreNotRead() {
        String html = "<html><head><meta name=\"author\" content=\"Zabi&shy;hullah\"></head><body><article>"
                + "<p>The gov&shy;ern&shy;ment spokes&#8203;man Mu&shy;ja&shy;hid said the talks would go on.</p>"
                + "</article></body></html>";
        ArticleExtractor.ExtractedArticle a = extractor.extract(html);
        assertEquals("The government spokesman Mujahid said the talks would go on.", a.text());
        assertEquals("Zabihullah", a.byline());
    }

    @Test
    void brokenJsonLdIsIgnoredAndScriptsNeverReachTheText() {
        String html = "<html><head><title>T</title><script type=\"application/ld+json\">{broken</script></head>"
                + "<body><script>var x = 'tracking';</script><p>Only text.</p></body></html>";
        ArticleExtractor.ExtractedArticle a = extractor.extract(html);
        assertEquals("T", a.title());
        assertNull(a.byline());
        assertEquals("Only text.", a.text());
        assertFalse(a.text().contains("tracking"));
    }

    @Test
    void listItemsAndQuotesAreWrittenWholeOnce() {
        String html = "<article><ul><li><p>One</p></li><li>Two</li></ul><blockquote><p>Quoted</p></blockquote></article>";
        assertEquals("One\n\nTwo\n\nQuoted", extractor.extract(html).text());
    }

    @Test
    void publicationDatesInTheFormsNewsroomsUse() {
        assertEquals(Instant.parse("2024-03-01T00:00:00Z"), PublishedAt.parse("2024-03-01").orElseThrow());
        assertEquals(Instant.parse("2024-03-01T10:00:00Z"), PublishedAt.parse("2024-03-01T10:00:00").orElseThrow());
        assertTrue(PublishedAt.parse("1 March 2024").isEmpty());
        assertTrue(PublishedAt.parse(null).isEmpty());
    }
}
