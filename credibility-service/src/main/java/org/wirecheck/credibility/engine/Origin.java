package org.wirecheck.credibility.engine;

/**
 * An article this one is known to copy, as dedup-service reports it.
 *
 * @param publisher the origin's publisher, as named by the caller
 * @param url the origin's url, may be null
 * @param relation how this article relates to it (EXACT, NEAR_DUPLICATE, CONTAINS, CONTAINED_IN, PARAPHRASE)
 */
public record Origin(String publisher, String url, String relation) {

    public Origin {
        if (publisher == null || publisher.isBlank()) {
            throw new IllegalArgumentException("An origin needs a publisher, got '" + publisher + "'");
        }
    }
}
