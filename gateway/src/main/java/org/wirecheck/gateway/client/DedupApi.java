package org.wirecheck.gateway.client;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.wirecheck.gateway.client.DedupApiModel.ArticleRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchRequest;
import org.wirecheck.gateway.client.DedupApiModel.BatchResults;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.client.DedupApiModel.StoredArticle;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

@Path("/dedup/v1")
@RegisterRestClient(configKey = "dedup")
interface DedupApi {

    @POST
    @Path("/articles")
    Uni<Response> ingest(ArticleRequest article);

    @POST
    @Path("/articles/batch")
    Uni<BatchResults> ingestAll(BatchRequest articles);

    @POST
    @Path("/articles/check")
    Uni<DedupReport> check(ArticleRequest article);

    @GET
    @Path("/articles/{id}/report")
    Uni<DedupReport> report(@PathParam("id") UUID id);

    @GET
    @Path("/articles/{id}")
    Uni<StoredArticle> article(@PathParam("id") UUID id);

    @DELETE
    @Path("/articles/{id}")
    Uni<Void> delete(@PathParam("id") UUID id);

    @GET
    @Path("/articles")
    Uni<JsonNode> recentArticles(@QueryParam("limit") int limit);

    @GET
    @Path("/clusters")
    Uni<JsonNode> clusters(@QueryParam("limit") int limit);

    @GET
    @Path("/clusters/{id}")
    Uni<JsonNode> cluster(@PathParam("id") UUID id);
}
