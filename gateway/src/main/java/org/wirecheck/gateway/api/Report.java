package org.wirecheck.gateway.api;

import java.util.List;
import java.util.UUID;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.gateway.client.CredibilityApiModel.Attribution;
import org.wirecheck.gateway.client.CredibilityApiModel.Credibility;
import org.wirecheck.gateway.client.DedupApiModel.Cluster;
import org.wirecheck.gateway.client.DedupApiModel.Duplicate;

/**
 * The provenance report: where an article came from and how well it is sourced. {@code degraded} is true when a
 * part could not be computed (a service was down or slow); {@code missing} names those parts.
 */
@Schema(description = "Provenance report for one article")
public record Report(
        UUID articleId,
        String url,
        String publisher,
        String title,
        String publishedAt,
        String language,
        List<Duplicate> duplicates,
        Cluster cluster,
        Provenance provenance,
        Attribution attribution,
        Credibility credibility,
        List<String> flags,
        boolean degraded,
        List<String> missing) {
}
