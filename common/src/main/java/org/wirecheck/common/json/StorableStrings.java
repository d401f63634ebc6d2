package org.wirecheck.common.json;

import java.io.IOException;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.module.SimpleModule;

import io.quarkus.jackson.ObjectMapperCustomizer;

/**
 * Every JSON string a service reads must be one PostgreSQL can store. Its {@code text} and {@code jsonb} cannot hold
 * U+0000 (NUL), so a string carrying one was accepted, failed in the insert as a 500, and behind the gateway was put
 * in the redelivery outbox to fail again every few minutes, while the failures opened the circuit breaker to the
 * service for every other article. It is refused where it is read instead: a 400 naming the field on HTTP
 * ({@code ProblemMappers}), a dead letter on Kafka (the gateway's stream reads with the same mapper). The string is not
 * repaired: the reports' character offsets refer to the text as sent, and which character the sender meant is not
 * ours to guess.
 */
@Singleton
public class StorableStrings implements ObjectMapperCustomizer {

    @Override
    public void customize(ObjectMapper mapper) {
        mapper.registerModule(module());
    }

    /** The module, for a mapper made outside CDI. */
    public static SimpleModule module() {
        return new SimpleModule("storable-strings").addDeserializer(String.class, new Deserializer());
    }

    static final class Deserializer extends StringDeserializer {

        private static final long serialVersionUID = 1L;

        @Override
        public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            String value = super.deserialize(parser, context);
            int nul = value == null ? -1 : value.indexOf('\0');
            if (nul >= 0) {
                throw MismatchedInputException.from(parser, String.class,
                        "contains the NUL character (U+0000) at index " + nul
                                + ", which cannot be stored; remove it or replace it");
            }
            return value;
        }
    }
}
