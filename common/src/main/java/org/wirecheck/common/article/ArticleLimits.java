package org.wirecheck.common.article;

import java.util.ArrayList;
import java.util.List;

import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;

/**
 * The longest url, publisher, title and byline an article may carry, the same in every service and on every path into
 * it (HTTP, batch, the gateway's Kafka stream). Only the gateway held them once, so dedup-service and
 * credibility-service, called directly, stored a 100,000-character title (and PostgreSQL's unique index on the url
 * refuses a long enough url with a 500). The text itself is bounded by the 2 MB body limit.
 * <p>
 * Lengths are counted as {@link String#length()} counts them (UTF-16 units), as Bean Validation's {@code @Size} on the
 * gateway's request does, so a value is accepted or refused alike everywhere. The sentences are constants so that
 * annotations can carry them: "title must be at most 1000 characters".
 */
public final class ArticleLimits {

    /** Longest url, in characters. */
    public static final int URL = 2048;
    /** Longest publisher name. */
    public static final int PUBLISHER = 300;
    /** Longest title. */
    public static final int TITLE = 1000;
    /** Longest byline. */
    public static final int BYLINE = 500;

    public static final String URL_TOO_LONG = "url must be at most " + URL + " characters";
    public static final String PUBLISHER_TOO_LONG = "publisher must be at most " + PUBLISHER + " characters";
    public static final String TITLE_TOO_LONG = "title must be at most " + TITLE + " characters";
    public static final String BYLINE_TOO_LONG = "byline must be at most " + BYLINE + " characters";

    private ArticleLimits() {
    }

    /**
     * A 400 problem naming every field over its limit, all at once as the gateway's validation names them; nothing
     * when all fit. A null value fits: pass null for a field the request does not have.
     *
     * @param prefix the JSON path of the article in the request: "" for a single article, "origins[2]." for one in a
     *        list
     */
    public static void requireWithin(String prefix, String url, String publisher, String title, String byline) {
        List<Problem.FieldError> errors = new ArrayList<>(0);
        add(errors, prefix + "url", url, URL);
        add(errors, prefix + "publisher", publisher, PUBLISHER);
        add(errors, prefix + "title", title, TITLE);
        add(errors, prefix + "byline", byline, BYLINE);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }

    /** The sentence for a field over its limit: "origins[0].url must be at most 2048 characters". */
    public static String tooLong(String field, int max) {
        return field + " must be at most " + max + " characters";
    }

    /**
     * The value cut to {@code max} characters (not inside a surrogate pair); null stays null. For metadata the
     * caller did not state but a service read elsewhere (a page's {@code <title>}): such a reading is not refused as
     * the caller's mistake.
     */
    public static String clip(String value, int max) {
        if (max < 1) {
            throw new IllegalArgumentException("A limit must be at least 1 character, got " + max);
        }
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end);
    }

    private static void add(List<Problem.FieldError> errors, String field, String value, int max) {
        if (value != null && value.length() > max) {
            errors.add(new Problem.FieldError(field, tooLong(field, max)));
        }
    }
}
