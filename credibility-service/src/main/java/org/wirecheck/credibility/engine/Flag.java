package org.wirecheck.credibility.engine;

/** A warning about an article that a desk editor should see before using it. */
public enum Flag {
    /** The text was cut off for non-subscribers. */
    PAYWALL_TRUNCATED,
    /** Words glued together or other traces of automatic rewriting. */
    SPIN_ARTIFACTS,
    /**
     * Cyrillic or Greek letters that look like Latin ones inside Latin words ("Kаbul" with a Cyrillic а): copy
     * disguised letter by letter to pass duplicate checks. The rules read those words as Latin.
     */
    LOOKALIKE_LETTERS,
    /** First-person argument with few attributed claims. */
    OPINION,
    /** Several articles on one page. */
    LISTING_PAGE,
    /** The article rests on a social-media post. */
    SOCIAL_MEDIA_SOURCED,
    /** Every source is anonymous. */
    ANONYMOUS_ONLY,
    /**
     * The article is not in English, the only language the attribution rules read: it has no scores, quotes or
     * sources, which says nothing about how well it is sourced ({@link AttributionLanguage}).
     */
    LANGUAGE_NOT_READ
}
