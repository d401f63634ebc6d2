package org.wirecheck.credibility.rest;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.credibility.mapping.PublisherMapper;
import org.wirecheck.credibility.mapping.PublisherRequest;
import org.wirecheck.credibility.mapping.PublisherView;
import org.wirecheck.credibility.mapping.ResolveRequest;
import org.wirecheck.credibility.mapping.TrackRecordView;
import org.wirecheck.credibility.service.AssessmentService;
import org.wirecheck.credibility.service.PublisherRegistry;

/** The publisher registry. */
@Path("/credibility/v1/publishers")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "publishers")
public class PublisherResource {

    @Inject
    PublisherRegistry registry;

    @Inject
    AssessmentService assessments;

    @GET
    @Operation(summary = "Publishers, optionally those whose name, alias or domain contains q")
    public List<PublisherView> list(@QueryParam("q") String q) {
        return registry.list(q);
    }

    @POST
    @Operation(summary = "Register a publisher (409 when the name or one of the domains is taken)")
    public Response create(@Valid @NotNull PublisherRequest request) {
        PublisherView created = registry.create(request);
        return Response.created(URI.create("/credibility/v1/publishers/" + created.id())).entity(created).build();
    }

    @GET
    @Path("/{id}")
    public PublisherView get(@PathParam("id") long id) {
        return registry.get(id).orElseThrow(() -> ProblemException.notFound("publisher", id));
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Replace a publisher's name, kind, aliases and domains (409 when the name or a domain is taken)")
    public PublisherView update(@PathParam("id") long id, @Valid @NotNull PublisherRequest request) {
        return registry.update(id, request).orElseThrow(() -> ProblemException.notFound("publisher", id));
    }

    @DELETE
    @Path("/{id}")
    public Response delete(@PathParam("id") long id) {
        if (!registry.delete(id)) {
            throw ProblemException.notFound("publisher", id);
        }
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/track-record")
    @Operation(summary = "The publisher's own past assessments, aggregated")
    public TrackRecordView trackRecord(@PathParam("id") long id) {
        registry.get(id).orElseThrow(() -> ProblemException.notFound("publisher", id));
        return assessments.trackRecord(id);
    }

    @POST
    @Path("/resolve")
    @Operation(summary = "The registry publisher each name or url resolves to (any alias or domain), or null")
    public ResolveRequest.Result resolve(ResolveRequest request) {
        var directory = registry.directory();
        List<String> names = request == null || request.names() == null ? List.of() : request.names();
        List<String> urls = request == null || request.urls() == null ? List.of() : request.urls();
        return new ResolveRequest.Result(
                names.stream().map(n -> new ResolveRequest.Resolution(n,
                        directory.resolve(n).map(PublisherMapper::toView).orElse(null))).toList(),
                urls.stream().map(u -> new ResolveRequest.Resolution(u,
                        directory.resolve(u).map(PublisherMapper::toView).orElse(null))).toList());
    }
}
