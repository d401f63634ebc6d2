package org.wirecheck.gateway.rest;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.wirecheck.common.problem.Problem;

/**
 * API keys for {@code /api/*}: when required, a request must carry one of the configured keys in {@code X-API-Key}
 * or get a 401 problem. Health, metrics and OpenAPI under {@code /q} stay open for probes and scrapers.
 */
public class ApiKeyFilter {

    static final String HEADER = "X-API-Key";

    @Inject
    ApiKeys keys;

    @ServerRequestFilter
    public Response authenticate(ContainerRequestContext request) {
        if (!keys.required() || !request.getUriInfo().getPath().startsWith("/api/")) {
            return null;
        }
        String given = request.getHeaderString(HEADER);
        if (keys.accepts(given)) {
            return null;
        }
        Problem problem = new Problem("about:blank", "Unauthorized", 401,
                given == null
                        ? "This API needs a key in the " + HEADER + " header."
                        : "The " + HEADER + " key is not valid.",
                request.getUriInfo().getPath(), List.of());
        return Response.status(401).type(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", "ApiKey header=\"" + HEADER + "\"")
                .entity(problem).build();
    }
}
