package org.wirecheck.common.problem;

import java.util.List;
import java.util.stream.Collectors;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;

/**
 * Turns every exception that reaches a resource into an RFC 7807 response. A caller's mistake becomes a 4xx naming
 * the field; anything else becomes a 500 that says nothing of the internals (the stack trace goes to the log).
 */
public class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = e.getConstraintViolations().stream()
                .map(v -> new Problem.FieldError(fieldOf(v), v.getMessage()))
                .toList();
        return problem(ProblemException.invalid(errors), uri);
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonParseException e, UriInfo uri) {
        String detail = "The body is not valid JSON: " + e.getOriginalMessage() + " (line "
                + e.getLocation().getLineNr() + ", column " + e.getLocation().getColumnNr() + ").";
        return respond(new Problem("about:blank", "Malformed JSON", 400, detail, path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response wrongJsonShape(JsonMappingException e, UriInfo uri) {
        String field = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        String message = e instanceof InvalidFormatException f
                ? "cannot read '" + f.getValue() + "' as " + f.getTargetType().getSimpleName()
                : e.getOriginalMessage();
        String detail = field.isEmpty() ? message : field + ": " + message;
        return respond(new Problem("about:blank", "Invalid request", 400, detail, path(uri),
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, message))));
    }

    /** Declared for the subtype too: Quarkus REST's own mapper for it would otherwise win and answer without a body. */
    @ServerExceptionMapper
    public Response mismatchedJson(MismatchedInputException e, UriInfo uri) {
        return wrongJsonShape(e, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e, UriInfo uri) {
        // Quarkus REST reports an unreadable body as a 400 whose cause is Jackson's exception: name the problem.
        if (e.getCause() instanceof JsonParseException parse) {
            return unreadableJson(parse, uri);
        }
        if (e.getCause() instanceof JsonMappingException mapping) {
            return wrongJsonShape(mapping, uri);
        }
        int status = e.getResponse().getStatus();
        Response.Status known = Response.Status.fromStatusCode(status);
        String title = known != null ? known.getReasonPhrase() : "HTTP " + status;
        if (status >= 500) {
            LOG.error("Request failed", e);
        }
        return respond(new Problem("about:blank", title, status, e.getMessage(), path(uri), List.of()));
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        LOG.error("Unexpected error", e);
        return respond(new Problem("about:blank", "Internal Server Error", 500,
                "The server failed to process the request; the error is logged.", path(uri), List.of()));
    }

    static Response respond(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    /** The request field a violation is about: the last two nodes of "create.request.text" give "text". */
    private static String fieldOf(ConstraintViolation<?> v) {
        String last = null;
        int depth = 0;
        StringBuilder field = new StringBuilder();
        for (Path.Node node : v.getPropertyPath()) {
            depth++;
            if (depth <= 2 && node.getKind() != jakarta.validation.ElementKind.PROPERTY) {
                continue; // method and parameter nodes
            }
            if (!field.isEmpty()) {
                field.append('.');
            }
            field.append(node.getName());
            last = node.getName();
        }
        return field.isEmpty() ? String.valueOf(last) : field.toString();
    }
}
