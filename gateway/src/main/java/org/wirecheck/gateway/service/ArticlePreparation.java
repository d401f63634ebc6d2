package org.wirecheck.gateway.service;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.common.article.ArticleLimits;
import org.wirecheck.common.article.Hosts;
import org.wirecheck.common.article.PublishedAt;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;
import org.wirecheck.gateway.engine.ArticleExtractor;

/**
 * Checks a submission and turns it into a {@link PreparedArticle}: exactly one of text and html, a readable
 * publishedAt, main text and metadata extracted from HTML (what the caller gave wins over what the page says), url,
 * publisher, title and byline within every service's length limits ({@link ArticleLimits}).
 */
@ApplicationScoped
public class ArticlePreparation {

    private final ArticleExtractor extractor = new ArticleExtractor();

    /** @param field the JSON path of the submission in the request, "" for a single article, "articles[3]." in a batch */
    public PreparedArticle prepare(ArticleSubmission s, String field) {
        if (s == null) {
            throw ProblemException.badField(field.isEmpty() ? "body" : field.substring(0, field.length() - 1),
                    "an article is required");
        }
        if (s.url() == null || s.url().isBlank()) {
            throw ProblemException.badField(field + "url", field + "url is required");
        }
        // The HTTP API's @Size says the same; batch items and Kafka records come here unvalidated.
        ArticleLimits.requireWithin(field, s.url(), s.publisher(), s.title(), s.byline());
        if (!absoluteUri(s.url().strip())) {
            throw ProblemException.badField(field + "url",
                    field + "url must be an absolute URI (https://… or urn:…), got '"
                            + s.url().strip() + "'");
        }
        boolean hasText = s.text() != null && !s.text().isBlank();
        boolean hasHtml = s.html() != null && !s.html().isBlank();
        if (hasText == hasHtml) {
            throw ProblemException.badField(field + "text",
                    hasText
                            ? "give either text or html, not both"
                            : field + "text or " + field + "html is required and must not be empty");
        }
        String text = s.text();
        String title = s.title();
        String byline = s.byline();
        String publishedAt = s.publishedAt();
        String publisher = s.publisher();
        if (hasHtml) {
            ArticleExtractor.ExtractedArticle page = extractor.extract(s.html());
            if (page.text() == null || page.text().isBlank()) {
                throw ProblemException.badField(field + "html", "the html holds no readable text");
            }
            text = page.text();
            title = blankTo(title, fromPage(page.title(), ArticleLimits.TITLE));
            byline = blankTo(byline, fromPage(page.byline(), ArticleLimits.BYLINE));
            publisher = blankTo(publisher, fromPage(page.publisher(), ArticleLimits.PUBLISHER));
            if (blank(publishedAt)) {
                // The page's own date, read in its calendar, if plausible (PublishedAt.fromPage).
                publishedAt = PublishedAt.fromPage(page.publishedAt()).map(Instant::toString).orElse(null);
            }
        }
        String normalisedDate = PublishedAt.stated(field + "publishedAt", publishedAt).map(Instant::toString)
                .orElse(null);
        String url = s.url().strip();
        return new PreparedArticle(ArticleIdentity.articleId(url, text), url, strip(publisher), strip(title),
                strip(byline), normalisedDate, text);
    }

    private static boolean absoluteUri(String url) {
        try {
            java.net.URI uri = new java.net.URI(url);
            // A host in its own script ("https://пример.рф/…") is a host: URI.getHost() alone says null.
            return uri.isAbsolute() && (uri.isOpaque() || Hosts.ofUrl(url).isPresent());
        } catch (java.net.URISyntaxException e) {
            return false;
        }
    }

    /**
     * What the page says, within the limit the services hold it to: the caller did not state it, so a page whose
     * {@code <title>} runs on is not refused as the caller's mistake (the services would refuse the whole article).
     */
    private static String fromPage(String value, int max) {
        return ArticleLimits.clip(strip(value), max);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankTo(String given, String fallback) {
        return blank(given) ? fallback : given;
    }

    private static String strip(String s) {
        return blank(s) ? null : s.strip();
    }
}
