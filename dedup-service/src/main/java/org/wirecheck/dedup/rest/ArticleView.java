package org.wirecheck.dedup.rest;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A stored article; {@code text} is left out in lists. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ArticleView(UUID articleId, String url, String publisher, String title, Instant publishedAt,
        String language, String text, UUID clusterId, Instant indexedAt) {
}
