package org.wirecheck.dedup.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.common.problem.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One result per submitted article, in the order submitted. */
@Schema(description = "One result per article, in order: status 201 or 200 with the report, or a 4xx with the problem.")
public record BatchResults(List<Item> results) {

    /** One article: 201 (indexed) or 200 (already indexed) with its report as a single POST gives it, or a 4xx. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int status, DedupReport report, Problem problem) {
        public static Item failed(Problem problem) {
            return new Item(problem.status(), null, problem);
        }
    }
}
