package org.wirecheck.credibility.engine;

/**
 * An article as the engine reads it: plain text plus whatever metadata the caller knows (each may be null).
 *
 * @param text the visible text; every offset the engine reports points into it
 * @param title the headline
 * @param byline the byline from metadata
 * @param publisher the publisher's name as the caller gives it
 * @param url where the article was found
 */
public record Article(String text, String title, String byline, String publisher, String url) {

    public Article {
        if (text == null) {
            throw new IllegalArgumentException("An article needs a text, got null");
        }
    }

    public static Article ofText(String text) {
        return new Article(text, null, null, null, null);
    }
}
