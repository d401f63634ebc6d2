package org.wirecheck.gateway.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.wirecheck.gateway.api.Provenance;
import org.wirecheck.gateway.api.Report;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.config.GatewayConfig;
import org.wirecheck.gateway.engine.ProvenanceRules;
import org.wirecheck.gateway.service.PreparedArticle;

/**
 * Composes the public report from the article and what each service answered. A service that did not answer leaves
 * its parts empty, and is named in {@code missing}: {@code "dedup"} (duplicates, cluster, language) or
 * {@code "credibility"} (attribution, credibility, flags). Provenance needs both, so it is null when either is
 * missing.
 */
@ApplicationScoped
public class ReportAssembler {

    public static final String DEDUP = "dedup";
    public static final String CREDIBILITY = "credibility";

    private final ProvenanceRules rules;

    public ReportAssembler(GatewayConfig config) {
        this.rules = new ProvenanceRules(config.provenance().excerptShare());
    }

    public Report assemble(PreparedArticle article, Optional<DedupReport> dedup, Optional<Assessment> assessment) {
        List<String> missing = new ArrayList<>();
        if (dedup.isEmpty()) {
            missing.add(DEDUP);
        }
        if (assessment.isEmpty()) {
            missing.add(CREDIBILITY);
        }
        Provenance provenance = null;
        if (dedup.isPresent() && assessment.isPresent()) {
            Assessment a = assessment.get();
            provenance = rules.decide(article.url(), article.publisher(), a.publisher(),
                    nonNull(dedup.get().duplicates()),
                    a.provenance() == null ? List.of() : nonNull(a.provenance().credits()));
        }
        return new Report(article.articleId(), article.url(), article.publisher(), article.title(),
                article.publishedAt(),
                dedup.map(DedupReport::language).orElse(null),
                dedup.map(d -> nonNull(d.duplicates())).orElse(List.of()),
                dedup.map(DedupReport::cluster).orElse(null),
                provenance,
                assessment.map(Assessment::attribution).orElse(null),
                assessment.map(Assessment::credibility).orElse(null),
                assessment.map(a -> nonNull(a.flags())).orElse(List.of()),
                !missing.isEmpty(), missing);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
