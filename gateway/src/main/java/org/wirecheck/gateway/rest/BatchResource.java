package org.wirecheck.gateway.rest;

import java.net.URI;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.BatchJob;
import org.wirecheck.gateway.api.BatchSubmission;
import org.wirecheck.gateway.service.BatchService;

@Path("/api/v1/articles/batch")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Batches", description = "Ingest up to 1,000 articles in publishedAt order")
public class BatchResource {

    @Inject
    BatchService batches;

    @POST
    @Operation(summary = "Queue a batch of articles", description = "202 with the job; GET the Location for progress, then the reports.")
    public Response submit(
            @NotNull(message = "a JSON body {\"articles\": [...]} is required") @Valid BatchSubmission batch,
            UriInfo uri) {
        BatchJob job = batches.submit(batch.articles());
        URI location = uri.getBaseUriBuilder().path("api/v1/articles/batch/{id}").build(job.jobId());
        return Response.accepted(job).location(location).build();
    }

    @GET
    @Path("/{jobId}")
    @Operation(summary = "A batch job's progress (done / total / failures), then its reports")
    public BatchJob job(@PathParam("jobId") String jobId) {
        UUID id = ArticleResource.uuid("jobId", jobId);
        return batches.find(id).orElseThrow(() -> ProblemException.notFound("batch job", id));
    }
}
