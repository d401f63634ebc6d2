package org.wirecheck.dedup.rest;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.dedup.service.DedupService;

@Path("/dedup/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "Check and index articles; reports of duplicates")
public class ArticleResource {

    @Inject
    DedupService service;

    @POST
    @Operation(summary = "Index an article and report its duplicates", description = "201 with Location for a new article; 200 if the same url with the same content is already indexed (same articleId, nothing stored).")
    @APIResponse(responseCode = "201", description = "Indexed")
    @APIResponse(responseCode = "200", description = "Already indexed")
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
    @APIResponse(responseCode = "413", description = "Body over 2 MB")
    public Response index(ArticleSubmission submission) {
        DedupService.Indexed indexed = service.index(submission);
        if (!indexed.created()) {
            return Response.ok(indexed.report()).build();
        }
        return Response.created(URI.create("/dedup/v1/articles/" + indexed.report().articleId()))
                .entity(indexed.report()).build();
    }

    @POST
    @Path("/batch")
    @Operation(summary = "Index several articles in order, in one transaction", description = "Each article sees the ones before it, as if posted one by one. Each result carries the status a single POST would have given (201, 200, or a 4xx with its problem). At most 1,000 articles, and the body limit of 2 MB holds for the whole batch.")
    @APIResponse(responseCode = "200", description = "One result per article, in order")
    @APIResponse(responseCode = "400", description = "No articles, or more than 1,000 (problem+json)")
    @APIResponse(responseCode = "413", description = "Body over 2 MB")
    public BatchResults indexAll(BatchSubmission batch, @Context UriInfo uri) {
        List<ArticleSubmission> articles = ProblemException.requireBatch("articles",
                batch == null ? null : batch.articles(), BatchSubmission.MAX_ARTICLES);
        return new BatchResults(service.indexAll(articles, uri.getPath() + "#/articles"));
    }

    @POST
    @Path("/check")
    @Operation(summary = "Report an article's duplicates without indexing it")
    @APIResponse(responseCode = "200", description = "The report; nothing stored")
    @APIResponse(responseCode = "400", description = "A field is invalid (problem+json names it)")
    public DedupReport check(ArticleSubmission submission) {
        return service.check(submission);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "An indexed article with its text")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public ArticleView article(@PathParam("id") UUID id) {
        return service.article(id).orElseThrow(() -> ProblemException.notFound("article", id));
    }

    @GET
    @Path("/{id}/report")
    @Operation(summary = "The article's report as of now: every related article, earlier and later")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public DedupReport report(@PathParam("id") UUID id) {
        return service.report(id).orElseThrow(() -> ProblemException.notFound("article", id));
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove an article from the index; its cluster is recomputed")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "404", description = "Unknown id")
    public Response delete(@PathParam("id") UUID id) {
        service.delete(id);
        return Response.noContent().build();
    }

    @GET
    @Operation(summary = "Most recently indexed articles, newest first, without text")
    public List<ArticleView> recent(@QueryParam("limit") @DefaultValue("50") int limit) {
        return service.recentArticles(limit);
    }
}
