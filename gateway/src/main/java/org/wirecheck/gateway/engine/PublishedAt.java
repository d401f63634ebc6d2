package org.wirecheck.gateway.engine;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads a publication time as newsroom systems write it: an ISO-8601 instant ("2024-03-01T10:00:00Z"), a date-time
 * with an offset ("2024-03-01T15:30:00+04:30", as Afghan sites do), a local date-time (taken as UTC) or a bare date
 * (its midnight UTC).
 */
public final class PublishedAt {

    private PublishedAt() {
    }

    public static Optional<Instant> parse(String value) {
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        String v = value.strip();
        try {
            return Optional.of(OffsetDateTime.parse(v).toInstant());
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDateTime.parse(v).toInstant(ZoneOffset.UTC));
        } catch (DateTimeParseException e) {
            // try the next form
        }
        try {
            return Optional.of(LocalDate.parse(v).atStartOfDay(ZoneOffset.UTC).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
