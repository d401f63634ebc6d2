package org.wirecheck.gateway.rest;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.service.CorpusService;

import com.fasterxml.jackson.databind.JsonNode;

/** The publisher registry of credibility-service, through the public API. */
@Path("/api/v1/publishers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Publishers", description = "The publisher registry: names, aliases, domains, kinds, track records")
public class PublisherResource {

    @Inject
    CorpusService corpus;

    @GET
    @Operation(summary = "Publishers, optionally those matching a name, alias or domain")
    public JsonNode list(@QueryParam("q") String query) {
        return corpus.publishers(query);
    }

    @GET
    @Path("/{id}")
    public JsonNode get(@PathParam("id") long id) {
        return corpus.publisher(id);
    }

    @GET
    @Path("/{id}/track-record")
    @Operation(summary = "The publisher's record of past assessments")
    public JsonNode trackRecord(@PathParam("id") long id) {
        return corpus.trackRecord(id);
    }

    @POST
    public Response create(JsonNode publisher, UriInfo uri) {
        JsonNode created = corpus.createPublisher(requireObject(publisher));
        URI location = uri.getBaseUriBuilder().path("api/v1/publishers/{id}").build(created.path("id").asText());
        return Response.created(location).entity(created).build();
    }

    @PUT
    @Path("/{id}")
    public JsonNode update(@PathParam("id") long id, JsonNode publisher) {
        return corpus.updatePublisher(id, requireObject(publisher));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        corpus.deletePublisher(id);
        return Response.noContent().build();
    }

    private static JsonNode requireObject(JsonNode publisher) {
        if (publisher == null || !publisher.isObject()) {
            throw ProblemException.badField("body", "a JSON publisher {name, kind, aliases, domains} is required");
        }
        return publisher;
    }
}
