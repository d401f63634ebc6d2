package org.wirecheck.dedup.rest;

import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.dedup.service.DedupService;

@Path("/dedup/v1/clusters")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "clusters", description = "Reprint clusters and their origins")
public class ClusterResource {

    @Inject
    DedupService service;

    @GET
    @Path("/{id}")
    @Operation(summary = "A reprint cluster with its members, earliest first")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public ClusterView cluster(@PathParam("id") UUID id) {
        return service.cluster(id).orElseThrow(() -> ProblemException.notFound("cluster", id));
    }

    @GET
    @Operation(summary = "Clusters with more than one member first, then singletons; most recently changed first within each")
    public List<ClusterView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return service.recentClusters(limit);
    }
}
