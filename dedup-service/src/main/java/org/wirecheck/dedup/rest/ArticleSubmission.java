package org.wirecheck.dedup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.common.article.ArticleLimits;

/**
 * An article to check or index. Exactly one of {@code text} and {@code html} must be given and non-blank; url,
 * publisher and title are limited in length as everywhere in Wirecheck ({@link ArticleLimits}).
 *
 * @param publishedAt ISO-8601 instant ({@code 2024-03-01T10:00:00Z}) or date ({@code 2024-03-01}, read as midnight
 *        UTC)
 */
@Schema(description = "An article to check or index; exactly one of text and html, non-blank.")
public record ArticleSubmission(
        @Schema(required = true, maxLength = ArticleLimits.URL, example = "https://example.org/news/1") String url,
        @Schema(maxLength = ArticleLimits.PUBLISHER, example = "Example Times") String publisher,
        @Schema(maxLength = ArticleLimits.TITLE) String title,
        @Schema(example = "2024-03-01T10:00:00Z") String publishedAt,
        String text,
        String html) {
}
