package org.wirecheck.credibility.mapping;

import java.util.List;

/** Names and urls to resolve against the registry. */
public record ResolveRequest(List<String> names, List<String> urls) {

    /** The answer: one resolution per input, in input order; {@code publisher} is null when nothing matches. */
    public record Result(List<Resolution> names, List<Resolution> urls) {
    }

    public record Resolution(String input, PublisherView publisher) {
    }
}
