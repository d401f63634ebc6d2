package org.wirecheck.dedup.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A reprint cluster with its members, earliest first. */
public record ClusterView(UUID clusterId, int size, DedupReport.Origin origin, List<Member> members) {

    /** {@code relation} is the member's relation to the origin, read member -> origin, when they are linked directly. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Member(UUID articleId, String url, String publisher, Instant publishedAt, String relation) {
    }
}
