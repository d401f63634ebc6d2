package org.wirecheck.credibility.engine;

/**
 * A distinct source the article relies on.
 *
 * @param name the fullest name the text gives
 * @param kind its kind
 * @param role its role or description where the text gives one, else null
 * @param mentions how often the text mentions it
 */
public record Source(String name, SourceKind kind, String role, int mentions) {
}
