package org.wirecheck.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.wirecheck.common.problem.Problem;

import com.fasterxml.jackson.databind.ObjectMapper;

class ClientErrorTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void theDownstreamProblemReachesTheCallerWithItsTitleDetailAndFields() throws Exception {
        ClientError e = ClientError.fromProblem(400, json.readTree("""
                {"type": "about:blank", "title": "Invalid request", "status": 400,
                 "detail": "kind: kind must be one of …", "instance": "/credibility/v1/publishers",
                 "errors": [{"field": "kind", "message": "kind must be one of …"}, {"message": "no field"}]}"""));
        assertEquals(400, e.status());
        assertEquals("Invalid request", e.title());
        assertEquals("kind: kind must be one of …", e.getMessage());
        assertEquals(List.of(new Problem.FieldError("kind", "kind must be one of …")), e.errors());
    }

    @Test
    void withoutAProblemDocumentTheStatusSpeaks() throws Exception {
        for (String body : new String[]{null, "\"not a problem\"", "{}"}) {
            ClientError e = ClientError.fromProblem(409, body == null ? null : json.readTree(body));
            assertEquals("Conflict", e.title(), body);
            assertEquals("The request was rejected with HTTP 409", e.getMessage(), body);
            assertEquals(List.of(), e.errors(), body);
        }
    }
}
