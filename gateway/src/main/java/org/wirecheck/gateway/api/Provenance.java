package org.wirecheck.gateway.api;

import java.util.List;

import org.wirecheck.gateway.client.DedupApiModel.ArticleRef;
import org.wirecheck.gateway.engine.ProvenanceStatus;

/**
 * Where the article came from: its status, the earliest article of another publisher it copies, the publishers it
 * credits, and for each copied article whether and where it is credited.
 */
public record Provenance(ProvenanceStatus status, ArticleRef origin, List<String> creditedSources,
        List<Evidence> evidence) {

    /**
     * One copied article and how this article credits it (or not). {@code creditedThrough}: for an article not
     * credited itself, a copied article it does credit, whose text is all this article shares with it (another
     * reprint of the credited origin); null otherwise.
     */
    public record Evidence(ArticleRef copied, String relation, double similarity, double share, boolean credited,
            String creditText, Integer creditStart, Integer creditEnd, ArticleRef creditedThrough) {
    }
}
