package org.wirecheck.credibility.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.wirecheck.common.problem.Problem;

import com.fasterxml.jackson.annotation.JsonInclude;

/** One result per submitted article, in the order submitted. */
@Schema(description = "One result per article, in order: status 201 or 200 with the assessment, or a 4xx with the problem.")
public record BatchResults(List<Item> results) {

    /** One article: 201 (stored) or 200 (already assessed) with its assessment, or a 4xx with the problem. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Item(int status, AssessmentView assessment, Problem problem) {
        public static Item failed(Problem problem) {
            return new Item(problem.status(), null, problem);
        }
    }
}
