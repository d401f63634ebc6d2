package org.wirecheck.credibility.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.common.article.ArticleLimits;

/**
 * An article to assess: exactly one of {@code text} or {@code html}, plus what the caller knows about it.
 * {@code articleId} defaults to {@code ArticleIdentity.articleId(url, text)} when a url is given. Url, publisher,
 * title and byline are limited in length as everywhere in Wirecheck ({@link ArticleLimits}).
 */
public record AssessmentRequest(String articleId,
        @Schema(maxLength = ArticleLimits.URL) String url,
        @Schema(maxLength = ArticleLimits.PUBLISHER) String publisher,
        @Schema(maxLength = ArticleLimits.TITLE) String title,
        @Schema(maxLength = ArticleLimits.BYLINE) String byline,
        String publishedAt, String text, String html, List<OriginRequest> origins) {

    /** A publisher this article copies, as dedup-service reports it. */
    public record OriginRequest(@Schema(maxLength = ArticleLimits.PUBLISHER) String publisher,
            @Schema(maxLength = ArticleLimits.URL) String url, String relation) {
    }
}
