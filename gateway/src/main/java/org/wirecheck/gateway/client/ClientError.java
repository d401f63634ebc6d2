package org.wirecheck.gateway.client;

import jakarta.ws.rs.WebApplicationException;

import org.wirecheck.common.problem.ProblemException;

/**
 * A downstream service answered 4xx: the request was wrong (or names nothing), so retrying or tripping the circuit
 * breaker would not help. It reaches the caller as the same status, as problem+json.
 */
public class ClientError extends ProblemException {

    public ClientError(int status, String detail) {
        super(status, title(status), detail);
    }

    private static String title(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** A 4xx becomes a ClientError carrying the downstream problem's detail; anything else passes through. */
    static Throwable of(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500) {
            String detail = null;
            try {
                var problem = web.getResponse().readEntity(com.fasterxml.jackson.databind.JsonNode.class);
                detail = problem == null ? null : problem.path("detail").asText(null);
            } catch (RuntimeException e) {
                // Not a problem document: the status alone says enough.
            }
            return new ClientError(web.getResponse().getStatus(),
                    detail != null ? detail : "The request was rejected with HTTP " + web.getResponse().getStatus());
        }
        return failure;
    }
}
