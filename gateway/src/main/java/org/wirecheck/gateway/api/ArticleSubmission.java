package org.wirecheck.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.common.article.ArticleLimits;

/**
 * An article as a newsroom tool submits it: {@code text} or {@code html} (exactly one), plus what is known about it.
 * Metadata missing here is taken from the HTML (JSON-LD NewsArticle, OpenGraph, meta tags) where there is some. The
 * length limits are every service's ({@link ArticleLimits}); {@code ArticlePreparation} holds batch and Kafka articles,
 * which are not validated here, to them too.
 */
@Schema(description = "An article to check or ingest. Exactly one of text or html.")
public record ArticleSubmission(
        @Schema(description = "Where the article was published; with the content, its identity", required = true, example = "https://example.org/2024/03/01/kabul-briefing") @NotBlank(message = "url is required") @Size(max = ArticleLimits.URL, message = ArticleLimits.URL_TOO_LONG) String url,
        @Schema(description = "Publisher name or domain", example = "Radio Free Europe/Radio Liberty") @Size(max = ArticleLimits.PUBLISHER, message = ArticleLimits.PUBLISHER_TOO_LONG) String publisher,
        @Size(max = ArticleLimits.TITLE, message = ArticleLimits.TITLE_TOO_LONG) String title,
        @Size(max = ArticleLimits.BYLINE, message = ArticleLimits.BYLINE_TOO_LONG) String byline,
        @Schema(description = "ISO-8601 instant or date", example = "2024-03-01T10:00:00Z") String publishedAt,
        @Schema(description = "Plain text of the article") String text,
        @Schema(description = "HTML of the article page; the main text is extracted") String html) {
}
