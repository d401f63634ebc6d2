package org.wirecheck.gateway.client;

import java.util.UUID;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;

import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentBatch;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentRequest;
import org.wirecheck.gateway.client.CredibilityApiModel.AssessmentResults;

import com.fasterxml.jackson.databind.JsonNode;

import io.smallrye.mutiny.Uni;

@Path("/credibility/v1")
@RegisterRestClient(configKey = "credibility")
interface CredibilityApi {

    @POST
    @Path("/assessments")
    Uni<Assessment> assess(AssessmentRequest article);

    @POST
    @Path("/assessments/batch")
    Uni<AssessmentResults> assessAll(AssessmentBatch articles);

    @POST
    @Path("/assessments/check")
    Uni<Assessment> check(AssessmentRequest article);

    @GET
    @Path("/assessments/{articleId}")
    Uni<Assessment> assessment(@PathParam("articleId") UUID articleId);

    @GET
    @Path("/publishers")
    Uni<JsonNode> publishers(@QueryParam("q") String query);

    @GET
    @Path("/publishers/{id}")
    Uni<JsonNode> publisher(@PathParam("id") long id);

    @POST
    @Path("/publishers")
    Uni<JsonNode> createPublisher(JsonNode publisher);

    @PUT
    @Path("/publishers/{id}")
    Uni<JsonNode> updatePublisher(@PathParam("id") long id, JsonNode publisher);

    @DELETE
    @Path("/publishers/{id}")
    Uni<Void> deletePublisher(@PathParam("id") long id);

    @GET
    @Path("/publishers/{id}/track-record")
    Uni<JsonNode> trackRecord(@PathParam("id") long id);
}
