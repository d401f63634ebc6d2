package org.wirecheck.gateway.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.service.CorpusService;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clusters", description = "Reprint clusters: articles connected by reprints, with their origin")
public class ClusterResource {

    @Inject
    CorpusService corpus;

    @GET
    @Operation(summary = "Reprint clusters, with their origin")
    public JsonNode clusters(@QueryParam("limit") @DefaultValue("50") int limit) {
        return corpus.clusters(checkLimit(limit));
    }

    @GET
    @Path("/{clusterId}")
    @Operation(summary = "A reprint cluster with its origin and members")
    public JsonNode cluster(@PathParam("clusterId") String clusterId) {
        return corpus.cluster(ArticleResource.uuid("clusterId", clusterId));
    }

    static int checkLimit(int limit) {
        if (limit < 1 || limit > 500) {
            throw ProblemException.badField("limit", "limit must be between 1 and 500, got " + limit);
        }
        return limit;
    }
}
