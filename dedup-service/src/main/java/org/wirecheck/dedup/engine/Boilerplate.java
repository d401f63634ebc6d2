package org.wirecheck.dedup.engine;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which paragraphs of an article are page chrome rather than copy, and so must not make two articles match.
 * <p>
 * Two sources: what a publisher repeats on many of its pages (learned from the corpus: a footer, a subscription
 * notice), passed in as {@link PublisherBoilerplate}; and short paragraphs that read as chrome on any site ("Read
 * More", "Posted in ... | Tags", "Click here to read more", a copyright line), so a new publisher's first articles are
 * not flagged as copies of each other before anything could be learned.
 * <p>
 * Learning counts, per publisher, on how many of its articles each paragraph appears ({@link #paragraphsToCount}); a
 * paragraph on {@code boilerplate-min-articles} of them is its boilerplate. A story the publisher itself runs again
 * (an agency's updates at new urls, the same story filed under two sections) is not counted again, or its third
 * version would turn the story into the site's chrome: its reports would stop matching it, and its own next version
 * would match nothing.
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

    /**
     * An article sharing at least this many long paragraphs ({@link #STORY_PARAGRAPH_WORDS}) with an earlier article of
     * its publisher, and most of the long paragraphs of the one with fewer, is a version of that story. Chrome is
     * short: menus, "most read" lists of headlines, tags and copyright lines are short paragraphs, however many; a
     * footer or a newsletter pitch is long, but a site has one or two of them, and a real post has more of its own.
     */
    static final int STORY_PARAGRAPHS = 3;
    /** A paragraph of a story, not a line of chrome, for telling a version of a story. */
    static final int STORY_PARAGRAPH_WORDS = 20;

    /** The paragraphs that count towards a publisher's boilerplate: distinct, of two words or more, in text order. */
    public static Set<Long> paragraphs(ArticleText text) {
        return paragraphsOfAtLeast(text, 2);
    }

    /**
     * The paragraphs of an article to count towards its publisher's boilerplate: its {@link #paragraphs}, less those it
     * shares with an earlier version of the same story by the same publisher. {@code sameStory} holds the articles of
     * the same publisher this one was found to duplicate (any relation); one of them is a version of the story if the
     * two share at least {@link #STORY_PARAGRAPHS} long paragraphs and more than half of the long paragraphs of the one
     * with fewer. Example: an agency's 8-paragraph story and its update adding a ninth share 8 long paragraphs, so the
     * update counts only the new one; two posts sharing a site's menu, "most read" list and footer share one long
     * paragraph, so each counts them all, and a third post makes them boilerplate.
     */
    public static Set<Long> paragraphsToCount(ArticleText article, List<ArticleText> sameStory) {
        Set<Long> counted = paragraphs(article);
        Set<Long> ownLong = longParagraphs(article);
        for (ArticleText other : sameStory) {
            Set<Long> otherLong = longParagraphs(other);
            Set<Long> shared = new LinkedHashSet<>(ownLong);
            shared.retainAll(otherLong);
            if (shared.size() >= STORY_PARAGRAPHS && 2 * shared.size() > Math.min(ownLong.size(), otherLong.size())) {
                counted.removeAll(paragraphs(other));
            }
        }
        return counted;
    }

    private static Set<Long> longParagraphs(ArticleText text) {
        return paragraphsOfAtLeast(text, STORY_PARAGRAPH_WORDS);
    }

    /** The distinct hashes of the paragraphs of at least so many words, in text order. */
    private static Set<Long> paragraphsOfAtLeast(ArticleText text, int words) {
        Set<Long> paragraphs = new LinkedHashSet<>();
        for (int p = 0; p < text.paragraphCount(); p++) {
            if (text.paragraphEnd(p) - text.paragraphStart(p) >= words) {
                paragraphs.add(text.paragraphHash(p));
            }
        }
        return paragraphs;
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
