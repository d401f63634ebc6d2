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
            com.fasterxml.jackson.databind.JsonNode problem = null;
            try {
                problem = web.getResponse().readEntity(com.fasterxml.jackson.databind.JsonNode.class);
            } catch (RuntimeException e) {
                // Not a problem document: the status alone says enough.
            }
            return fromProblem(web.getResponse().getStatus(), problem);
        }
        return failure;
    }

    /** A 4xx with the downstream problem document (may be null): its detail, or a sentence naming the status. */
    public static ClientError fromProblem(int status, com.fasterxml.jackson.databind.JsonNode problem) {
        String detail = problem == null ? null : problem.path("detail").asText(null);
        return new ClientError(status, detail != null ? detail : "The request was rejected with HTTP " + status);
    }
}
