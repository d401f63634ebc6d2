package org.wirecheck.gateway.service;

import java.util.UUID;

import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;

/**
 * An article ready for the services: its plain text (extracted from HTML where it came as HTML), its metadata
 * completed from the page, publishedAt normalised to an ISO-8601 instant, and its identity.
 */
public record PreparedArticle(UUID articleId, String url, String publisher, String title, String byline,
        String publishedAt, String text) {

    public ArticleRequest forDedup() {
        return new ArticleRequest(url, publisher, title, publishedAt, text);
    }

    public AssessmentRequest forCredibility() {
        return new AssessmentRequest(articleId, url, publisher, title, byline, publishedAt, text);
    }
}
