package org.wirecheck.gateway.api;

import java.util.List;

import jakarta.validation.constraints.NotNull;

/** Up to 1,000 articles to ingest in publishedAt order. */
public record BatchSubmission(@NotNull(message = "articles is required") List<ArticleSubmission> articles) {
}
