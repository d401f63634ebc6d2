package org.wirecheck.dedup.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

import org.wirecheck.common.article.ArticleLimits;
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
                blankToNull(submission.title()), parseInstant(submission.publishedAt()), text);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Instant parseInstant(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return v.length() == 10
                    ? LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant()
                    : java.time.OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.badField("publishedAt",
                    "publishedAt must be an ISO-8601 instant (2024-03-01T10:00:00Z) or date (2024-03-01), got '"
                            + v + "'");
        }
    }
}
