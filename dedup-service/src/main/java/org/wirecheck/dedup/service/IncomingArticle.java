package org.wirecheck.dedup.service;

import java.time.Instant;

import org.wirecheck.common.article.ArticleLimits;
import org.wirecheck.common.article.PublishedAt;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.dedup.engine.HtmlArticle;
import org.wirecheck.dedup.rest.ArticleSubmission;

/**
 * A validated submission: the text offsets refer to (as received, or extracted from HTML) and parsed metadata.
 */
public record IncomingArticle(String url, String publisher, String title, Instant publishedAt, String text) {

    /**
     * Validates a submission; a 400 problem names the first bad field (or every field over its length limit, which
     * are checked before any HTML is parsed).
     */
    public static IncomingArticle of(ArticleSubmission submission) {
        if (submission == null) {
            throw ProblemException.badField("body", "The request needs a JSON body with url and text or html");
        }
        if (submission.url() == null || submission.url().isBlank()) {
            throw ProblemException.badField("url", "url must not be empty");
        }
        ArticleLimits.requireWithin("", submission.url(), submission.publisher(), submission.title(), null);
        boolean hasText = submission.text() != null;
        boolean hasHtml = submission.html() != null;
        if (hasText && hasHtml) {
            throw ProblemException.badField("html", "Give either text or html, not both");
        }
        if (!hasText && !hasHtml) {
            throw ProblemException.badField("text", "text or html is required");
        }
        String text = hasText ? submission.text() : HtmlArticle.text(submission.html());
        if (text.isBlank()) {
            throw hasText
                    ? ProblemException.badField("text", "text must not be empty")
                    : ProblemException.badField("html", "html must contain visible text");
        }
        return new IncomingArticle(submission.url().strip(), blankToNull(submission.publisher()),
                blankToNull(submission.title()),
                PublishedAt.stated("publishedAt", submission.publishedAt()).orElse(null), text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
