package org.wirecheck.credibility.mapping;

import java.util.List;

/** A registry publisher as the API shows it. */
public record PublisherView(Long id, String name, String kind, List<String> aliases, List<String> domains) {
}
