package org.wirecheck.gateway.client;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON that credibility-service speaks ({@code /credibility/v1}); see credibility-service/README.md. */
public final class CredibilityApiModel {

    private CredibilityApiModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AssessmentRequest(UUID articleId, String url, String publisher, String title, String byline,
            String publishedAt, String text) {
    }

    public record Span(String text, Integer start, Integer end) {
    }

    public record Quote(String text, String speaker, String cue, int start, int end) {
    }

    public record AttributionSpan(Span source, Span cue, Span content, String sourceKind) {
    }

    public record Source(String name, String kind, String role, int mentions) {
    }

    public record Attribution(Double score, List<Quote> quotes, List<AttributionSpan> attributions,
            List<Source> sources) {
    }

    public record Evidence(Integer start, Integer end, String text) {
    }

    public record Signal(String id, Object value, double weight, List<Evidence> evidence) {
    }

    public record Credibility(Double score, List<Signal> signals) {
    }

    public record Publisher(Long id, String name, String kind, List<String> aliases, List<String> domains) {
    }

    public record Credit(String kind, String text, Integer start, Integer end, Publisher publisher,
            String creditedName) {
    }

    public record ProvenanceSignals(Span byline, Span dateline, List<Credit> credits) {
    }

    public record Assessment(UUID articleId, Publisher publisher, Attribution attribution, Credibility credibility,
            List<String> flags, ProvenanceSignals provenance) {
    }

    /** Articles to assess and store in one transaction ({@code POST /credibility/v1/assessments/batch}). */
    public record AssessmentBatch(List<AssessmentRequest> assessments) {
    }

    /** One article's outcome in a batch: 201 or 200 with the assessment, or a 4xx with a problem document. */
    public record AssessmentItem(int status, Assessment assessment, com.fasterxml.jackson.databind.JsonNode problem) {
    }

    public record AssessmentResults(List<AssessmentItem> results) {
    }
}
