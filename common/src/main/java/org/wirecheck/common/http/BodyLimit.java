package org.wirecheck.common.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;

/**
 * Rejects a request whose declared Content-Length is over {@code quarkus.http.limits.max-body-size} with a 413
 * problem+json before its body is read. Vert.x enforces the same limit on chunked bodies, but answers those with a
 * bare 413; this filter gives the common case (a client that declares its length) a body that names the limit.
 */
@ApplicationScoped
public class BodyLimit {

    private final long maxBytes;

    public BodyLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "2M") MemorySize max) {
        this.maxBytes = max.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(-1000).handler(ctx -> {
            String declared = ctx.request().getHeader("Content-Length");
            long length = -1;
            if (declared != null) {
                try {
                    length = Long.parseLong(declared.trim());
                } catch (NumberFormatException e) {
                    length = -1;
                }
            }
            if (length > maxBytes) {
                JsonObject problem = new JsonObject()
                        .put("type", "about:blank")
                        .put("title", "Payload Too Large")
                        .put("status", 413)
                        .put("detail", "The body is " + length + " bytes; the limit is " + maxBytes + " bytes.")
                        .put("instance", ctx.request().path());
                ctx.response().setStatusCode(413)
                        .putHeader("Content-Type", "application/problem+json")
                        .putHeader("Connection", "close")
                        .end(problem.encode());
                return;
            }
            ctx.next();
        });
    }

    public long maxBytes() {
        return maxBytes;
    }
}
