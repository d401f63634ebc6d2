package org.wirecheck.credibility.mapping;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

/** A publisher to create or replace. */
public record PublisherRequest(@NotBlank(message = "name must not be blank") String name,
        @NotBlank(message = "kind must be one of WIRE_AGENCY, BROADCASTER, NEWSPAPER, MAGAZINE, BLOG, AGGREGATOR, THINK_TANK, STATE_AFFILIATED") String kind,
        List<String> aliases, List<String> domains) {
}
