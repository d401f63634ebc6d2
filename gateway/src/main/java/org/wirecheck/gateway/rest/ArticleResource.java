package org.wirecheck.gateway.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.ArticleSubmission;
import org.wirecheck.gateway.api.Report;
import org.wirecheck.gateway.client.DedupApiModel.StoredArticle;
import org.wirecheck.gateway.service.CorpusService;
import org.wirecheck.gateway.service.ReportService;

import com.fasterxml.jackson.databind.JsonNode;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Provenance reports: where an article came from and how well it is sourced")
public class ArticleResource {

    @Inject
    ReportService reports;

    @Inject
    CorpusService corpus;

    @POST
    @Operation(summary = "Add an article to the corpus and report on it", description = "201 for a new article, 200 with the same articleId when the same url with the same content was posted before.")
    @APIResponse(responseCode = "201", description = "New article", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "200", description = "Already in the corpus", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Invalid article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body over 2 MB", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response ingest(@NotNull(message = "a JSON article is required") @Valid ArticleSubmission submission,
            UriInfo uri) {
        ReportService.Ingestion ingestion = reports.ingest(submission);
        Report report = ingestion.report();
        if (!ingestion.created()) {
            return Response.ok(report).build();
        }
        URI location = uri.getBaseUriBuilder().path("api/v1/articles/{id}/report").build(report.articleId());
        return Response.created(location).entity(report).build();
    }

    @POST
    @Path("/check")
    @Operation(summary = "Report on an article without storing anything")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "400", description = "Invalid article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Report check(@NotNull(message = "a JSON article is required") @Valid ArticleSubmission submission) {
        return reports.check(submission);
    }

    @GET
    @Operation(summary = "Most recently indexed articles (without their text)")
    public JsonNode recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return corpus.recentArticles(ClusterResource.checkLimit(limit));
    }

    @GET
    @Path("/{articleId}")
    @Operation(summary = "A stored article with its text (the text that report offsets refer to)")
    @APIResponse(responseCode = "404", description = "Unknown article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StoredArticle article(@PathParam("articleId") String articleId) {
        return corpus.article(parseId(articleId));
    }

    @GET
    @Path("/{articleId}/report")
    @Operation(summary = "The current report of a stored article", description = "Its duplicates may have grown since it was ingested.")
    @APIResponse(responseCode = "200", description = "The report", content = @Content(schema = @Schema(implementation = Report.class)))
    @APIResponse(responseCode = "404", description = "Unknown article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Report report(@PathParam("articleId") String articleId) {
        UUID id = parseId(articleId);
        return reports.report(id).orElseThrow(() -> ProblemException.notFound("article", id));
    }

    @DELETE
    @Path("/{articleId}")
    @Operation(summary = "Remove an article from the corpus", description = "Its reprint cluster is recomputed.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "404", description = "Unknown article", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response delete(@PathParam("articleId") String articleId) {
        reports.delete(parseId(articleId));
        return Response.noContent().build();
    }

    static UUID parseId(String id) {
        return uuid("articleId", id);
    }

    /** A path parameter that must be a UUID; anything else is a 400 naming it. */
    static UUID uuid(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField(field, field + " '" + value + "' is not a UUID");
        }
    }
}
