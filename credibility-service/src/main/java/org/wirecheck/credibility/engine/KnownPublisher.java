package org.wirecheck.credibility.engine;

import java.util.List;

/**
 * A publisher from the registry, as the engine sees it: the service hands the whole alias table to the engine, so
 * the engine recognises a credit through any alias or domain without touching the database.
 */
public record KnownPublisher(long id, String name, PublisherKind kind, List<String> aliases, List<String> domains) {

    public KnownPublisher {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A publisher needs a name, got '" + name + "'");
        }
        if (kind == null) {
            throw new IllegalArgumentException("Publisher " + name + " needs a kind, got null");
        }
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        domains = domains == null ? List.of() : List.copyOf(domains);
    }
}
