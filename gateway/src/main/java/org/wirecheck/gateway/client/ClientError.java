package org.wirecheck.gateway.client;

import java.util.ArrayList;
import java.util.List;

import jakarta.ws.rs.WebApplicationException;

import org.wirecheck.common.problem.Problem;
import org.wirecheck.common.problem.ProblemException;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;

/**
 * A downstream service answered 4xx: the request was wrong (or names nothing), so retrying or tripping the circuit
 * breaker would not help. It reaches the caller as the same status, as problem+json, with the downstream problem's
 * title, detail and field errors, so a field the service named ("kind", "domains[0]") is named to the caller too.
 */
public class ClientError extends ProblemException {

    private ClientError(int status, String title, String detail, List<Problem.FieldError> errors) {
        super(status, title, detail, errors);
    }

    private static String title(int status) {
        jakarta.ws.rs.core.Response.Status known = jakarta.ws.rs.core.Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "HTTP " + status;
    }

    /** A 4xx becomes a ClientError carrying the downstream problem; anything else passes through. */
    static Throwable of(Throwable failure) {
        if (failure instanceof WebApplicationException web && web.getResponse().getStatus() >= 400
                && web.getResponse().getStatus() < 500) {
            JsonNode problem = null;
            try {
                problem = web.getResponse().readEntity(JsonNode.class);
            } catch (RuntimeException e) {
                // Not a problem document: the status alone says enough.
            }
            return fromProblem(web.getResponse().getStatus(), problem);
        }
        return failure;
    }

    /**
     * A 4xx with the downstream problem document (may be null): its title, detail and field errors, or a sentence
     * naming the status where it has none.
     */
    public static ClientError fromProblem(int status, JsonNode problem) {
        // Anything but an object (no body, a string, an array) has no title, detail or errors to read.
        JsonNode document = problem != null && problem.isObject() ? problem : MissingNode.getInstance();
        String detail = document.path("detail").asText(null);
        String title = document.path("title").asText(null);
        List<Problem.FieldError> errors = new ArrayList<>();
        for (JsonNode error : document.path("errors")) {
            String field = error.path("field").asText(null);
            if (field != null) {
                errors.add(new Problem.FieldError(field, error.path("message").asText("")));
            }
        }
        return new ClientError(status, title != null ? title : title(status),
                detail != null ? detail : "The request was rejected with HTTP " + status, errors);
    }
}
