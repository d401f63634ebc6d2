package org.wirecheck.dedup.engine;

import java.util.regex.Pattern;

/**
 * Which paragraphs of an article are page chrome rather than copy, and so must not make two articles match.
 * <p>
 * Two sources: what a publisher repeats on many of its pages (learned from the corpus: a footer, a subscription
 * notice), passed in as {@link PublisherBoilerplate}; and short paragraphs that read as chrome on any site ("Read
 * More", "Posted in ... | Tags", "Click here to read more", a copyright line), so a new publisher's first articles are
 * not flagged as copies of each other before anything could be learned.
 */
public final class Boilerplate {

    /** Chrome is short: a paragraph longer than this is copy, whatever words it contains. */
    static final int MAX_CHROME_WORDS = 30;

    private static final Pattern GENERIC_CHROME = Pattern.compile(
            "(?iu)^\\W*(read more|click here|continue reading|posted in|filed under|tags?\\s*:|share this|"
                    + "share on|follow us|subscribe|sign up|newsletter|related( articles| posts| stories)?\\b|"
                    + "advertisement|comments?\\b|leave a (comment|reply)|all rights reserved|copyright|©|\\(c\\)|"
                    + "permalink|author\\s*:|home\\b|menu\\b|skip to|cookie|privacy policy|terms of (use|service)|"
                    + "you may also like|recommended|more from|previous (post|article)|next (post|article))"
                    + "|(\\| ?tags|\\| ?permalink|all rights reserved|read more\\W*$|©)");

    private Boilerplate() {
    }

    /** What a publisher has been seen to repeat; see the service's learned boilerplate table. */
    @FunctionalInterface
    public interface PublisherBoilerplate {
        /** Nothing learned: a new publisher, or a check without a publisher. */
        PublisherBoilerplate NONE = paragraphHash -> false;

        boolean isBoilerplate(long paragraphHash);
    }

    /** True if a paragraph of the text is chrome, by the generic rules or the publisher's learned ones. */
    public static boolean isBoilerplate(ArticleText text, int paragraph, PublisherBoilerplate learned) {
        if (learned.isBoilerplate(text.paragraphHash(paragraph))) {
            return true;
        }
        int words = text.paragraphEnd(paragraph) - text.paragraphStart(paragraph);
        if (words > MAX_CHROME_WORDS || words == 0) {
            return false;
        }
        int from = text.start(text.paragraphStart(paragraph));
        int to = text.end(text.paragraphEnd(paragraph) - 1);
        return GENERIC_CHROME.matcher(text.text().substring(from, to)).find();
    }
}
