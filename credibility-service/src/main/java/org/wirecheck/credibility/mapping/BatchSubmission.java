package org.wirecheck.credibility.mapping;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Articles to assess and store in one transaction. */
@Schema(description = "Articles to assess and store; at most 1,000.")
public record BatchSubmission(@Schema(required = true) List<AssessmentRequest> assessments) {

    /** The most articles one batch may hold. */
    public static final int MAX_ARTICLES = 1_000;
}
