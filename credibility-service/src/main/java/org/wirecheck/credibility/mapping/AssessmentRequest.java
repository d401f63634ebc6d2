package org.wirecheck.credibility.mapping;

import java.util.List;

/**
 * An article to assess: exactly one of {@code text} or {@code html}, plus what the caller knows about it.
 * {@code articleId} defaults to {@code ArticleIdentity.articleId(url, text)} when a url is given.
 */
public record AssessmentRequest(String articleId, String url, String publisher, String title, String byline,
        String publishedAt, String text, String html, List<OriginRequest> origins) {

    /** A publisher this article copies, as dedup-service reports it. */
    public record OriginRequest(String publisher, String url, String relation) {
    }
}
