package org.wirecheck.dedup.rest;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article to check or index. Exactly one of {@code text} and {@code html} must be given and non-blank.
 *
 * @param publishedAt ISO-8601 instant ({@code 2024-03-01T10:00:00Z}) or date ({@code 2024-03-01}, read as midnight
 *        UTC)
 */
@Schema(description = "An article to check or index; exactly one of text and html, non-blank.")
public record ArticleSubmission(
        @Schema(required = true, example = "https://example.org/news/1") String url,
        @Schema(example = "Example Times") String publisher,
        String title,
        @Schema(example = "2024-03-01T10:00:00Z") String publishedAt,
        String text,
        String html) {
}
