package org.wirecheck.gateway.messaging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.wirecheck.testing.WirecheckRoot;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

/** The JSON Schemas published in docs/schemas, so tests hold the gateway's JSON to the documented contract. */
final class PublishedSchemas {

    private PublishedSchemas() {
    }

    static Set<ValidationMessage> violations(String schema, JsonNode value) {
        Path file = WirecheckRoot.find().resolve("docs/schemas").resolve(schema);
        try {
            JsonSchema parsed = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(file));
            return parsed.validate(value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
