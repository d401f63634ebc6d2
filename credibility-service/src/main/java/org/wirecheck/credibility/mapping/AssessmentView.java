package org.wirecheck.credibility.mapping;

import java.util.List;
import java.util.UUID;

/** The Assessment document of the API. */
public record AssessmentView(UUID articleId, PublisherRef publisher, AttributionView attribution,
        CredibilityView credibility, List<String> flags, ProvenanceView provenance) {

    public record PublisherRef(Long id, String name, String kind) {
    }

    public record SpanView(String text, int start, int end) {
    }

    public record QuoteView(String text, String speaker, String cue, int start, int end) {
    }

    public record AttributionRelation(SpanView source, SpanView cue, SpanView content, String sourceKind) {
    }

    public record SourceView(String name, String kind, String role, int mentions) {
    }

    public record AttributionView(Integer score, List<QuoteView> quotes, List<AttributionRelation> attributions,
            List<SourceView> sources) {
    }

    public record EvidenceView(int start, int end, String text) {
    }

    public record SignalView(String id, double value, double weight, List<EvidenceView> evidence) {
    }

    public record CredibilityView(Integer score, List<SignalView> signals) {
    }

    /** {@code start}/{@code end} are null for a metadata byline that does not occur in the text. */
    public record BylineView(String text, Integer start, Integer end, String from) {
    }

    public record CreditView(String kind, String text, int start, int end, PublisherView publisher,
            String creditedName) {
    }

    public record OriginCreditView(String publisher, String status, SpanView evidence) {
    }

    public record ProvenanceView(BylineView byline, SpanView dateline, List<CreditView> credits,
            List<SpanView> imageCredits, List<SpanView> editors, List<OriginCreditView> originCredits) {
    }
}
