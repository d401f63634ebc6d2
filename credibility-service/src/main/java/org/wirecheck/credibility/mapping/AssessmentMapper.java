package org.wirecheck.credibility.mapping;

import java.util.List;
import java.util.UUID;

import org.wirecheck.credibility.engine.Assessment;
import org.wirecheck.credibility.engine.Provenance;
import org.wirecheck.credibility.engine.Span;
import org.wirecheck.credibility.mapping.AssessmentView.AttributionRelation;
import org.wirecheck.credibility.mapping.AssessmentView.AttributionView;
import org.wirecheck.credibility.mapping.AssessmentView.BylineView;
import org.wirecheck.credibility.mapping.AssessmentView.CredibilityView;
import org.wirecheck.credibility.mapping.AssessmentView.CreditView;
import org.wirecheck.credibility.mapping.AssessmentView.EvidenceView;
import org.wirecheck.credibility.mapping.AssessmentView.OriginCreditView;
import org.wirecheck.credibility.mapping.AssessmentView.ProvenanceView;
import org.wirecheck.credibility.mapping.AssessmentView.PublisherRef;
import org.wirecheck.credibility.mapping.AssessmentView.QuoteView;
import org.wirecheck.credibility.mapping.AssessmentView.SignalView;
import org.wirecheck.credibility.mapping.AssessmentView.SourceView;
import org.wirecheck.credibility.mapping.AssessmentView.SpanView;

/** Engine assessment → API document. */
public final class AssessmentMapper {

    private AssessmentMapper() {
    }

    public static AssessmentView toView(UUID articleId, Assessment a) {
        PublisherRef publisher = a.publisher() == null
                ? null
                : new PublisherRef(a.publisher().id(), a.publisher().name(), a.publisher().kind().name());
        AttributionView attribution = new AttributionView(a.attributionScore(),
                a.quotes().stream().map(q -> new QuoteView(q.text(), q.speaker(), q.cue(), q.start(), q.end()))
                        .toList(),
                a.attributions().stream().map(x -> new AttributionRelation(span(x.source()), span(x.cue()),
                        span(x.content()), x.sourceKind().name())).toList(),
                a.sources().stream().map(s -> new SourceView(s.name(), s.kind().name(), s.role(), s.mentions()))
                        .toList());
        CredibilityView credibility = new CredibilityView(a.credibilityScore(),
                a.signals().stream().map(s -> new SignalView(s.id(), round(s.value()), s.weight(),
                        s.evidence().stream().map(e -> new EvidenceView(e.start(), e.end(), e.text())).toList()))
                        .toList());
        return new AssessmentView(articleId, publisher, attribution, credibility,
                a.flags().stream().map(Enum::name).toList(), provenance(a.provenance()));
    }

    private static ProvenanceView provenance(Provenance p) {
        BylineView byline = null;
        if (p.byline() != null) {
            boolean inText = !(p.bylineFromMetadata() && p.byline().length() == 0);
            byline = new BylineView(p.byline().text(), inText ? p.byline().start() : null,
                    inText ? p.byline().end() : null, p.bylineFromMetadata() ? "METADATA" : "TEXT");
        }
        List<CreditView> credits = p.credits().stream().map(c -> new CreditView(c.kind(), c.span().text(),
                c.span().start(), c.span().end(), PublisherMapper.toView(c.publisher()), c.creditedName())).toList();
        return new ProvenanceView(byline, span(p.dateline()), credits, spans(p.imageCredits()), spans(p.editors()),
                p.originCredits().stream().map(o -> new OriginCreditView(o.publisher(), o.status().name(),
                        span(o.evidence()))).toList());
    }

    private static List<SpanView> spans(List<Span> spans) {
        return spans.stream().map(AssessmentMapper::span).toList();
    }

    private static SpanView span(Span s) {
        return s == null ? null : new SpanView(s.text(), s.start(), s.end());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
