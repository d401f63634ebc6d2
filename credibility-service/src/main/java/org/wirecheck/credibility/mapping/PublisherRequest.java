package org.wirecheck.credibility.mapping;

import java.util.List;

import jakarta.validation.constraints.NotBlank;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A publisher to create or replace; names, aliases and domains are limited as {@link PublisherLimits} says. */
public record PublisherRequest(
        @NotBlank(message = "name must not be blank") @Schema(maxLength = PublisherLimits.NAME) String name,
        @NotBlank(message = "kind must be one of WIRE_AGENCY, BROADCASTER, NEWSPAPER, MAGAZINE, BLOG, AGGREGATOR, THINK_TANK, STATE_AFFILIATED") String kind,
        @Schema(maxItems = PublisherLimits.ALIASES) List<String> aliases,
        @Schema(maxItems = PublisherLimits.DOMAINS) List<String> domains) {
}
