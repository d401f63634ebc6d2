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
     * An article repeating at least this many paragraphs of an earlier article of its publisher, and most of the
     * paragraphs of the shorter of the two, is a version of that story. A footer, a newsletter notice and a copyright
     * line are fewer, and make a minority of a real post; two one-paragraph notices sharing a long footer share one.
     */
    static final int STORY_PARAGRAPHS = 3;

    /** The paragraphs that count towards a publisher's boilerplate: distinct, of two words or more, in text order. */
    public static Set<Long> paragraphs(ArticleText text) {
        Set<Long> paragraphs = new LinkedHashSet<>();
        for (int p = 0; p < text.paragraphCount(); p++) {
            if (text.paragraphEnd(p) - text.paragraphStart(p) >= 2) {
                paragraphs.add(text.paragraphHash(p));
            }
        }
        return paragraphs;
    }

    /**
     * The paragraphs of an article to count towards its publisher's boilerplate: its {@link #paragraphs}, less those it
     * repeats from an earlier version of the same story by the same publisher. {@code sameStory} holds the articles
     * of the same publisher this one was found to duplicate (any relation); one of them is a version of the story if
     * the two share at least {@link #STORY_PARAGRAPHS} paragraphs and more than half of the paragraphs of the one with
     * fewer. Example: an agency's 8-paragraph story and its update adding a ninth share 8 paragraphs, so the update
     * counts only the new one; two posts sharing only the site's footer count it twice, and a third post makes it
     * boilerplate.
     */
    public static Set<Long> paragraphsToCount(ArticleText article, List<ArticleText> sameStory) {
        Set<Long> own = paragraphs(article);
        Set<Long> counted = new LinkedHashSet<>(own);
        for (ArticleText other : sameStory) {
            Set<Long> theirs = paragraphs(other);
            Set<Long> shared = new LinkedHashSet<>(own);
            shared.retainAll(theirs);
            if (shared.size() >= STORY_PARAGRAPHS && 2 * shared.size() > Math.min(own.size(), theirs.size())) {
                counted.removeAll(shared);
            }
        }
        return counted;
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
