package org.wirecheck.gateway.rest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.gateway.api.Delivery;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.State;
import org.wirecheck.gateway.service.DeliveryOutbox;

/** The redelivery outbox for operators: what waits for a service, what a service refused, and retrying it. */
@Path("/api/v1/deliveries")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Deliveries", description = "Accepted articles a service has not taken yet: pending (retried with backoff) or parked (refused for good, kept until retried)")
public class DeliveryResource {

    @Inject
    DeliveryOutbox outbox;

    @GET
    @Operation(summary = "Deliveries waiting for a service, oldest first", description = "state=parked lists the ones a service refused (a 4xx, or as many 5xx as wirecheck.gateway.redelivery-max-server-errors): kept, no longer retried. Without state, all.")
    @APIResponse(responseCode = "200", description = "The deliveries", content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = Delivery.class)))
    @APIResponse(responseCode = "400", description = "Unknown state or limit out of range", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<Delivery> list(
            @Parameter(description = "pending or parked", schema = @Schema(enumeration = {"pending",
                    "parked"})) @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return outbox.list(parseState(state), ClusterResource.checkLimit(limit));
    }

    @POST
    @Path("/{id}/retry")
    @Operation(summary = "Put a delivery back in the queue, due now", description = "Due now, with a new allowance of server errors: a parked delivery is back in the queue, a pending one skips the rest of its backoff. The redelivery job sends it within wirecheck.gateway.redelivery-interval.")
    @APIResponse(responseCode = "200", description = "The delivery, now pending", content = @Content(schema = @Schema(implementation = Delivery.class)))
    @APIResponse(responseCode = "404", description = "No delivery with this id (it may have been delivered)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Delivery retry(@PathParam("id") long id) {
        return outbox.retry(id).orElseThrow(() -> ProblemException.notFound("delivery", id));
    }

    private static Optional<State> parseState(String state) {
        if (state == null || state.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(State.valueOf(state.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badField("state", "state must be pending or parked, got '" + state + "'");
        }
    }
}
