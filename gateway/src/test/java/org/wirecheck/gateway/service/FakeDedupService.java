package org.wirecheck.gateway.service;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * A dedup-service that answers every request with the status a test sets: a problem document for a 4xx or 5xx, an
 * empty report for a 2xx. The test drives it over HTTP, since it runs in another class loader than the test:
 * {@code PUT /fake/answer} with the status as body, {@code GET /fake/ingested} for how many articles were posted to
 * {@code /dedup/v1/articles}. credibility-service stays unreachable, as in the gateway's other tests. The settings it
 * gives the gateway are those of {@code DeliveryOutboxTest}.
 */
public class FakeDedupService implements QuarkusTestResourceLifecycleManager {

    private volatile int answer = 500;
    private final AtomicInteger ingested = new AtomicInteger();

    private HttpServer server;

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the fake dedup-service", e);
        }
        server.createContext("/", this::handle);
        server.start();
        return Map.of(
                "quarkus.rest-client.dedup.url", "http://127.0.0.1:" + server.getAddress().getPort(),
                // Small, so a test reaches it in a few tries.
                "wirecheck.gateway.redelivery-max-server-errors", "3",
                // The tests run the redelivery themselves, one try at a time.
                "wirecheck.gateway.redelivery-interval", "off",
                // Every try must reach the fake: the breaker would open after eight 5xx answers, and tries it turns
                // away do not count (as in production, where a try every 10 s to 5 min finds it half-open again).
                "org.wirecheck.gateway.client.DedupClient/CircuitBreaker/enabled", "false");
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String request;
        try (InputStream in = exchange.getRequestBody()) {
            request = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        if (path.equals("/fake/answer")) {
            answer = Integer.parseInt(request.strip());
            respond(exchange, 204, null);
        } else if (path.equals("/fake/ingested")) {
            respond(exchange, 200, Integer.toString(ingested.get()));
        } else {
            if (path.equals("/dedup/v1/articles")) {
                ingested.incrementAndGet();
            }
            int status = answer;
            respond(exchange, status, status >= 400
                    ? "{\"type\": \"about:blank\", \"title\": \"Fake\", \"status\": " + status
                            + ", \"detail\": \"The fake answers " + status + ".\"}"
                    : "{}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String body) throws IOException {
        if (body == null) {
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
            return;
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type",
                status >= 400 ? "application/problem+json" : "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void stop() {
        if (server != null) {
            server.stop(0);
        }
    }
}
