package org.wirecheck.dedup.engine;

/** How an article relates to another, read "this article -> the other one". */
public enum Relation {
    /** The same words after normalisation (case, quotes, dashes, white space). */
    EXACT,
    /** An edited reprint: headline changed, paragraphs dropped or added, words changed, a credit line appended. */
    NEAR_DUPLICATE,
    /** This article holds the other, or its opening (an excerpt), or most of it. */
    CONTAINS,
    /** The other article holds this one, or most of it. */
    CONTAINED_IN,
    /** A spun copy: the same article sentence by sentence, reworded. */
    PARAPHRASE;

    /** The relation read from the other article's side. */
    public Relation inverse() {
        return switch (this) {
            case CONTAINS -> CONTAINED_IN;
            case CONTAINED_IN -> CONTAINS;
            default -> this;
        };
    }
}
