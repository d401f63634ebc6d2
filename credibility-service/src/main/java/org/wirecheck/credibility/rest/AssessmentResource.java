package org.wirecheck.credibility.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.credibility.mapping.AssessmentRequest;
import org.wirecheck.credibility.mapping.AssessmentView;
import org.wirecheck.credibility.mapping.BatchResults;
import org.wirecheck.credibility.mapping.BatchSubmission;
import org.wirecheck.credibility.service.AssessmentService;

/** Assessments of articles: quotes, attributions, sources, provenance, flags, scores. */
@Path("/credibility/v1/assessments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "assessments")
public class AssessmentResource {

    @Inject
    AssessmentService service;

    @POST
    @Operation(summary = "Assess an article and store it in its publisher's track record (200 if already assessed)")
    public Response assess(AssessmentRequest request) {
        AssessmentService.Stored stored = service.assessAndStore(request);
        if (!stored.created()) {
            return Response.ok(stored.assessment()).build();
        }
        return Response.created(URI.create("/credibility/v1/assessments/" + stored.assessment().articleId()))
                .entity(stored.assessment()).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Assess and store several articles in one transaction", description = "Each result carries the status a single POST would have given (201, 200, or a 4xx with its problem). At most 1,000 articles; the body limit of 2 MB holds for the whole batch.")
    @APIResponse(responseCode = "200", description = "One result per article, in order")
    @APIResponse(responseCode = "400", description = "No articles, or more than 1,000 (problem+json)")
    @APIResponse(responseCode = "413", description = "Body over 2 MB")
    public BatchResults assessAll(BatchSubmission batch, @Context UriInfo uri) {
        List<AssessmentRequest> articles = ProblemException.requireBatch("assessments",
                batch == null ? null : batch.assessments(), BatchSubmission.MAX_ARTICLES);
        return new BatchResults(service.assessAndStoreAll(articles, uri.getPath() + "#/assessments"));
    }

    @POST
    @Path("/check")
    @Operation(summary = "Assess an article without storing anything")
    public AssessmentView check(AssessmentRequest request) {
        return service.check(request);
    }

    @GET
    @Path("/{articleId}")
    @Operation(summary = "A stored assessment")
    public AssessmentView get(@PathParam("articleId") String articleId) {
        UUID id;
        try {
            id = UUID.fromString(articleId);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("articleId", "articleId must be a UUID, got '" + articleId + "'");
        }
        return service.get(id).orElseThrow(() -> ProblemException.notFound("assessment", id));
    }
}
