package org.wirecheck.gateway.mapping;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.wirecheck.gateway.api.Provenance;
import org.wirecheck.gateway.api.Report;
import org.wirecheck.gateway.client.CredibilityApiModel.Assessment;
import org.wirecheck.gateway.client.DedupApiModel.DedupReport;
import org.wirecheck.gateway.client.DedupApiModel.Duplicate;
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

    static final String SPIN_ARTIFACTS = "SPIN_ARTIFACTS";

    /** Two swapped words, like two glued words in credibility-service: one could be a copy editor's change. */
    static final int MIN_SWAPS = 2;

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
        List<Duplicate> duplicates = dedup.map(d -> nonNull(d.duplicates())).orElse(List.of());
        Provenance provenance = null;
        if (dedup.isPresent() && assessment.isPresent()) {
            Assessment a = assessment.get();
            provenance = rules.decide(article.url(), article.publisher(), a.publisher(), duplicates,
                    a.provenance() == null ? List.of() : nonNull(a.provenance().credits()));
        }
        return new Report(article.articleId(), article.url(), article.publisher(), article.title(),
                article.publishedAt(),
                dedup.map(DedupReport::language).orElse(null),
                duplicates,
                dedup.map(DedupReport::cluster).orElse(null),
                provenance,
                assessment.map(Assessment::attribution).orElse(null),
                assessment.map(Assessment::credibility).orElse(null),
                flags(assessment.map(a -> nonNull(a.flags())).orElse(List.of()), duplicates),
                !missing.isEmpty(), missing);
    }

    /**
     * credibility-service's flags, plus {@code SPIN_ARTIFACTS} when dedup-service found this article to be a spun copy
     * of an earlier one with at least {@value #MIN_SWAPS} swapped words listed. credibility-service sees one text and
     * raises that flag only for words glued together; a synonym swapped by a spinner reads as a normal word unless
     * the original is there to compare, so this evidence comes from the comparison (the swaps in the duplicate).
     */
    static List<String> flags(List<String> assessed, List<Duplicate> duplicates) {
        boolean spun = duplicates.stream().anyMatch(d -> d.earlier() && "PARAPHRASE".equals(d.relation())
                && d.swaps() != null && d.swaps().size() >= MIN_SWAPS);
        if (!spun || assessed.contains(SPIN_ARTIFACTS)) {
            return assessed;
        }
        List<String> flags = new ArrayList<>(assessed);
        flags.add(SPIN_ARTIFACTS);
        return List.copyOf(flags);
    }

    private static <T> List<T> nonNull(List<T> list) {
        return list == null ? List.of() : list;
    }
}
