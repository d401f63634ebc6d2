package org.wirecheck.gateway.api;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * A batch job's progress; once every article is processed, the reports (in ingestion order) and the failures.
 *
 * @param state QUEUED, RUNNING or COMPLETED
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BatchJob(UUID jobId, String state, int total, int done, int failures, List<JsonNode> reports,
        List<Failure> errors) {

    /** An article that could not be ingested: its index in the submitted list and why. */
    public record Failure(int index, String detail) {
    }
}
