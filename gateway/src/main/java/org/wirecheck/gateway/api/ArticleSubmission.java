package org.wirecheck.gateway.api;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * An article as a newsroom tool submits it: {@code text} or {@code html} (exactly one), plus what is known about it.
 * Metadata missing here is taken from the HTML (JSON-LD NewsArticle, OpenGraph, meta tags) where there is some.
 */
@Schema(description = "An article to check or ingest. Exactly one of text or html.")
public record ArticleSubmission(
        @Schema(description = "Where the article was published; with the content, its identity", required = true, example = "https://example.org/2024/03/01/kabul-briefing") @NotBlank(message = "url is required") @Size(max = 2048, message = "url must be at most 2048 characters") String url,
        @Schema(description = "Publisher name or domain", example = "Radio Free Europe/Radio Liberty") @Size(max = 300, message = "publisher must be at most 300 characters") String publisher,
        @Size(max = 1000, message = "title must be at most 1000 characters") String title,
        @Size(max = 500, message = "byline must be at most 500 characters") String byline,
        @Schema(description = "ISO-8601 instant or date", example = "2024-03-01T10:00:00Z") String publishedAt,
        @Schema(description = "Plain text of the article") String text,
        @Schema(description = "HTML of the article page; the main text is extracted") String html) {
}
