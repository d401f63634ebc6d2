package org.wirecheck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * What a careless or hostile client can send, over the real stack: every answer is a 2xx or a 4xx
 * {@code application/problem+json}, never a 5xx, and the gateway never answers "degraded" because one article made a
 * service fail (that also opened the circuit breaker for everyone). Each odd input goes to the gateway and to both
 * services directly, whose APIs are reachable inside a cluster too.
 */
@ExtendWith(Stack.class)
class MalformedInputIT {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String TEXT = "Floods in Herat killed twelve people on Monday, provincial officials said, and "
            + "closed the road to Islam Qala for the rest of the week. ";

    private final List<String> failures = new ArrayList<>();

    private static Map<String, Object> article(String url, Object... more) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("url", url);
        a.put("publisher", "Fuzz Daily");
        a.put("title", "Floods");
        a.put("publishedAt", "2026-11-01T10:00:00Z");
        a.put("text", TEXT.repeat(4));
        for (int i = 0; i < more.length; i += 2) {
            a.put((String) more[i], more[i + 1]);
        }
        return a;
    }

    /** Odd bodies for an article endpoint, by name. */
    private static Map<String, byte[]> articleBodies() throws IOException {
        String u = "https://fuzz-" + UUID.randomUUID() + ".example/";
        Map<String, byte[]> bodies = new LinkedHashMap<>();
        for (String raw : List.of("{\"text\": ", "[1,2,3]", "\"hello\"", "42", "null", "", "{}",
                "[".repeat(3000) + "]".repeat(3000), "{\"text\": 1e99999, \"url\": \"" + u + "n\"}",
                "{\"url\": \"" + u + "s\", \"text\": \"abc \\ud800 def ghi jkl mno pqr stu vwx\"}")) {
            bodies.put(raw.length() > 40 ? raw.substring(0, 40) + "…" : raw, raw.getBytes(StandardCharsets.UTF_8));
        }
        bodies.put("invalid escape",
                "{\"url\": \"https://x.example/u\", \"text\": \"\u00ff abc\"}".replace("\u00ff", "\\xff")
                        .getBytes(StandardCharsets.UTF_8));
        bodies.put("bad UTF-8 bytes", concat("{\"url\": \"https://x.example/u\", \"text\": \"".getBytes(),
                new byte[]{(byte) 0xff, (byte) 0xfe, (byte) 0xfa}, " abc\"}".getBytes()));
        Map<String, Map<String, Object>> objects = new LinkedHashMap<>();
        objects.put("NUL in text", article(u + "1", "text", TEXT + "\u0000" + TEXT));
        objects.put("NUL in title", article(u + "2", "title", "x\u0000"));
        objects.put("NUL in publisher", article(u + "3", "publisher", "Fuzz\u0000 Daily"));
        objects.put("NUL in url", article(u + "\u0000"));
        objects.put("NUL reference in HTML", Map.of("url", u + "4", "html",
                "<html><body><p>" + TEXT.repeat(3).replace("twelve", "twelve &#0; &#x0;") + "</p></body></html>"));
        objects.put("text a number", article(u + "5", "text", 5));
        objects.put("text an object", article(u + "6", "text", Map.of("a", 1)));
        objects.put("blank text", article(u + "7", "text", " \n\t "));
        objects.put("date not a date", article(u + "8", "publishedAt", "yesterday"));
        objects.put("date out of range", article(u + "9", "publishedAt", "2026-13-45T99:99:99Z"));
        objects.put("date with offset +25:00", article(u + "10", "publishedAt", "2026-11-01T10:00:00+25:00"));
        objects.put("relative url", article("/a/b"));
        objects.put("url with a host in Cyrillic", article("https://фузз-" + UUID.randomUUID() + ".рф/статья"));
        objects.put("url of 10,000 chars", article("https://x.example/" + "a".repeat(10_000)));
        objects.put("title of 100,000 chars", article(u + "11", "title", "T".repeat(100_000)));
        objects.put("text and html", article(u + "12", "html", "<p>x</p>"));
        objects.put("html without text", Map.of("url", u + "13", "html", "<script>var a = 1;</script>"));
        objects.put("punctuation only", article(u + "14", "text", "!!! ??? ... --- ,,, ;;; ".repeat(10)));
        objects.put("one character", article(u + "15", "text", "a"));
        objects.put("direction marks", article(u + "16", "text", "\u202e\u202d\u200f\u200e ".repeat(50)));
        objects.put("zero-width only", article(u + "17", "text", "\u200b\u200c\u200d\ufeff ".repeat(100)));
        objects.put("100,000 paragraphs", article(u + "18", "text", "word.\n\n".repeat(100_000)));
        objects.put("one word of 1.5 M chars", article(u + "19", "text", "a".repeat(1_500_000)));
        objects.put("CJK without spaces", article(u + "20", "text", "喀布尔洪水造成十二人死亡官员表示".repeat(20_000)));
        for (Map.Entry<String, Map<String, Object>> e : objects.entrySet()) {
            bodies.put(e.getKey(), JSON.writeValueAsBytes(e.getValue()));
        }
        return bodies;
    }

    private static byte[] concat(byte[]... parts) {
        int length = 0;
        for (byte[] p : parts) {
            length += p.length;
        }
        byte[] out = new byte[length];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private void expectNoServerError(String what, String method, String url, byte[] body, String contentType)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(90));
        if (contentType != null) {
            request.header("Content-Type", contentType);
        }
        request.method(method, body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        int status = response.statusCode();
        String type = response.headers().firstValue("Content-Type").orElse("");
        String answer = response.body().length() > 200 ? response.body().substring(0, 200) : response.body();
        if (status >= 500 || status < 200 || status >= 300 && status < 400) {
            failures.add(what + " -> " + method + " " + url + ": " + status + " " + answer);
        } else if (status >= 400 && !type.startsWith("application/problem+json")) {
            failures.add(what + " -> " + method + " " + url + ": " + status + " as " + type);
        } else if (status < 300 && !response.body().isEmpty()) {
            JsonNode json = JSON.readTree(response.body());
            if (json.path("degraded").asBoolean(false)) {
                failures.add(what + " -> " + method + " " + url + ": " + status + " degraded " + json.path("missing"));
            }
        }
    }

    @Test
    void oddArticlesAreAnsweredOrRefusedNeverFailed() throws Exception {
        String gateway = Stack.gateway();
        String dedup = "http://127.0.0.1:" + Stack.launcher().port("DEDUP");
        String credibility = "http://127.0.0.1:" + Stack.launcher().port("CREDIBILITY");
        List<String> endpoints = List.of(gateway + "/api/v1/articles", gateway + "/api/v1/articles/check",
                dedup + "/dedup/v1/articles", dedup + "/dedup/v1/articles/check",
                credibility + "/credibility/v1/assessments", credibility + "/credibility/v1/assessments/check");
        Map<String, byte[]> bodies = articleBodies();
        for (String endpoint : endpoints) {
            for (Map.Entry<String, byte[]> body : bodies.entrySet()) {
                expectNoServerError(body.getKey(), "POST", endpoint, body.getValue(), "application/json");
            }
            byte[] good = JSON.writeValueAsBytes(article("https://fuzz.example/ctype"));
            expectNoServerError("text/plain body", "POST", endpoint, good, "text/plain");
            expectNoServerError("no content type", "POST", endpoint, good, null);
            expectNoServerError("XML body", "POST", endpoint, "<a/>".getBytes(), "application/xml");
        }
        for (String id : List.of("abc", "%00", "1".repeat(300), "-1", "99999999999999999999", "%20",
                "..%2F..%2Fetc", "00000000-0000-0000-0000-00000000000Z")) {
            for (String path : List.of("/api/v1/articles/" + id, "/api/v1/articles/" + id + "/report",
                    "/api/v1/clusters/" + id, "/api/v1/publishers/" + id, "/api/v1/articles/batch/" + id)) {
                expectNoServerError("id " + id, "GET", gateway + path, null, null);
            }
            expectNoServerError("id " + id, "DELETE", gateway + "/api/v1/articles/" + id, null, null);
            expectNoServerError("id " + id, "POST", gateway + "/api/v1/deliveries/" + id + "/retry", null, null);
            expectNoServerError("id " + id, "PUT", gateway + "/api/v1/publishers/" + id,
                    "{\"name\": \"X\", \"kind\": \"BLOG\"}".getBytes(), "application/json");
        }
        for (String limit : List.of("-1", "abc", "99999999999", "", "0", "1.5")) {
            for (String path : List.of("/api/v1/articles", "/api/v1/clusters", "/api/v1/publishers",
                    "/api/v1/deliveries")) {
                expectNoServerError("limit " + limit, "GET", gateway + path + "?limit=" + limit, null, null);
            }
        }
        for (String state : List.of("", "PARKED", "lost", "%00", "parked%20")) {
            expectNoServerError("state " + state, "GET", gateway + "/api/v1/deliveries?state=" + state, null, null);
        }
        for (String batch : List.of("[]", "{}", "{\"articles\": null}", "{\"articles\": [null, 3]}",
                "{\"articles\": [{\"url\": \"https://fuzz.example/b\", \"text\": \"a\\u0000b\"}]}")) {
            expectNoServerError("batch " + batch, "POST", gateway + "/api/v1/articles/batch",
                    batch.getBytes(StandardCharsets.UTF_8), "application/json");
        }
        String name = "Fuzz Registry " + UUID.randomUUID();
        for (String publisher : List.of("{}", "{\"name\": null, \"kind\": \"BLOG\"}",
                "{\"name\": \"A\\u0000B\", \"kind\": \"BLOG\"}",
                "{\"name\": \"" + name + "\", \"kind\": \"BLOG\", \"aliases\": \"x\"}",
                "{\"name\": \"" + name + "\", \"kind\": \"BLOG\", \"domains\": [\" not a domain \"]}",
                "{\"name\": \"" + name + "\", \"kind\": \"BLOG\", \"domains\": [\"rferl.org\"]}", "{", "[]")) {
            expectNoServerError("publisher " + publisher, "POST", gateway + "/api/v1/publishers",
                    publisher.getBytes(StandardCharsets.UTF_8), "application/json");
        }
        assertEquals(List.of(), failures, failures.size() + " answers were a failure, not an answer or a refusal");

        // Nothing above tripped a circuit breaker: an ordinary article still gets a whole report.
        HttpResponse<String> after = HTTP.send(HttpRequest.newBuilder(URI.create(gateway + "/api/v1/articles/check"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers
                        .ofByteArray(JSON.writeValueAsBytes(article("https://fuzz.example/ok"))))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, after.statusCode(), after.body());
        assertTrue(!JSON.readTree(after.body()).path("degraded").asBoolean(true), after.body());
    }
}
