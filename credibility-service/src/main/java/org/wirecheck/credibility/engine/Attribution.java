package org.wirecheck.credibility.engine;

/**
 * One attribution relation in PolNeAR's scheme: who ({@code source}) is credited, through which words
 * ({@code cue}), with what ({@code content}).
 *
 * @param source the source span; null when the text names no source
 * @param cue the cue span
 * @param content the content span
 * @param sourceKind the kind of source
 * @param sourceName the source's name after resolving pronouns and surnames
 * @param role the source's role or description when the text gives one next to it, else null
 */
public record Attribution(Span source, Span cue, Span content, SourceKind sourceKind, String sourceName, String role) {

    public Attribution {
        if (cue == null || content == null) {
            throw new IllegalArgumentException("An attribution needs a cue and a content, got " + cue + ", " + content);
        }
    }
}
