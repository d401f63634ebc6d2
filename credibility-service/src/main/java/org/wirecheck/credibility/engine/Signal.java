package org.wirecheck.credibility.engine;

import java.util.List;

/**
 * One input to a score: what was measured ({@code value}, 0..1 for components, 1 for a raised flag), how much it
 * counts ({@code weight}; negative for penalties, in score points) and where in the text it was seen.
 */
public record Signal(String id, double value, double weight, List<Span> evidence) {

    public Signal {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A signal needs an id, got '" + id + "'");
        }
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }
}
