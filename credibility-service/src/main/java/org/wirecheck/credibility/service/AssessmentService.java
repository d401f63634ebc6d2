package org.wirecheck.credibility.service;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.common.article.ArticleLimits;
import org.wirecheck.common.article.PublishedAt;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.credibility.config.ScoringConfig;
import org.wirecheck.credibility.engine.Article;
import org.wirecheck.credibility.engine.ArticleHtml;
import org.wirecheck.credibility.engine.Assessment;
import org.wirecheck.credibility.engine.CredibilityEngine;
import org.wirecheck.credibility.engine.Origin;
import org.wirecheck.credibility.mapping.AssessmentMapper;
import org.wirecheck.credibility.mapping.AssessmentRequest;
import org.wirecheck.credibility.mapping.AssessmentView;
import org.wirecheck.credibility.mapping.BatchResults;
import org.wirecheck.credibility.mapping.TrackRecordView;
import org.wirecheck.credibility.repository.AssessmentEntity;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** Validates requests, runs the engine with the registry's alias table, stores assessments, aggregates track records. */
@ApplicationScoped
public class AssessmentService {

    private static final Set<String> RELATIONS = Set.of("EXACT", "NEAR_DUPLICATE", "CONTAINS", "CONTAINED_IN",
            "PARAPHRASE");

    /** The answer to a POST: the assessment and whether this call stored it. */
    public record Stored(AssessmentView assessment, boolean created) {
    }

    private final CredibilityEngine engine;

    @Inject
    PublisherRegistry registry;

    @Inject
    ObjectMapper json;

    @Inject
    EntityManager em;

    @Inject
    public AssessmentService(ScoringConfig config) {
        this.engine = new CredibilityEngine(config.toWeights());
    }

    /** Assesses without storing. */
    public AssessmentView check(AssessmentRequest request) {
        Prepared p = prepare(request);
        return AssessmentMapper.toView(p.articleId, engine.assess(p.article, p.origins, registry.directory()));
    }

    /** Assesses and stores; an article already assessed is returned as stored, without a new row. */
    @Transactional
    public Stored assessAndStore(AssessmentRequest request) {
        return store(prepare(request));
    }

    /**
     * Assesses and stores several articles in one transaction, each as {@link #assessAndStore} would: an invalid request
     * gets its problem in its place and the others go on.
     */
    @Transactional
    public List<BatchResults.Item> assessAndStoreAll(List<AssessmentRequest> requests, String path) {
        List<BatchResults.Item> results = new ArrayList<>(requests.size());
        for (int i = 0; i < requests.size(); i++) {
            try {
                Stored stored = store(prepare(requests.get(i)));
                results.add(new BatchResults.Item(stored.created() ? 201 : 200, stored.assessment(), null));
            } catch (ProblemException e) {
                results.add(BatchResults.Item.failed(e.toProblem(path + "/" + i)));
            }
        }
        return results;
    }

    private Stored store(Prepared p) {
        if (p.articleId == null) {
            throw ProblemException.badField("url", "a stored assessment needs an articleId or a url to derive it from");
        }
        Assessment a = engine.assess(p.article, p.origins, registry.directory());
        AssessmentView view = AssessmentMapper.toView(p.articleId, a);
        // INSERT … ON CONFLICT makes the POST idempotent, also under concurrent retries: a repeat (or the loser of a
        // race) stores nothing and answers with the row that is there. The engine runs either way; it costs a few
        // milliseconds, less than a second round trip would.
        int inserted = em.createNativeQuery("INSERT INTO assessment (article_id, publisher_id, credibility_score, "
                + "attribution_score, flags, document) VALUES (?1, NULLIF(?2, -1), NULLIF(?3, -1), NULLIF(?4, -1), cast(?5 as text[]), cast(?6 as jsonb)) "
                + "ON CONFLICT (article_id) DO NOTHING")
                .setParameter(1, p.articleId)
                .setParameter(2, a.publisher() == null ? -1L : a.publisher().id())
                .setParameter(3, a.credibilityScore() == null ? -1 : a.credibilityScore())
                .setParameter(4, a.attributionScore() == null ? -1 : a.attributionScore())
                .setParameter(5, "{" + String.join(",", a.flags().stream().map(Enum::name).toList()) + "}")
                .setParameter(6, write(view))
                .executeUpdate();
        if (inserted == 0) {
            em.clear();
            return new Stored(read(AssessmentEntity.findById(p.articleId)), false);
        }
        return new Stored(view, true);
    }

    @Transactional
    public Optional<AssessmentView> get(UUID articleId) {
        return AssessmentEntity.<AssessmentEntity>findByIdOptional(articleId).map(this::read);
    }

    /**
     * The publisher's own past assessments: count, means, flag counts and the ten most recent. The means are over
     * the articles that have scores (not those in a language the rules do not read).
     */
    @Transactional
    public TrackRecordView trackRecord(long publisherId) {
        Object[] agg = (Object[]) em.createQuery("select count(a), avg(a.credibilityScore), avg(a.attributionScore) "
                + "from AssessmentEntity a where a.publisherId = ?1").setParameter(1, publisherId).getSingleResult();
        long count = ((Number) agg[0]).longValue();
        Double meanCredibility = agg[1] == null ? null : round(((Number) agg[1]).doubleValue());
        Double meanAttribution = agg[2] == null ? null : round(((Number) agg[2]).doubleValue());
        Map<String, Long> flagCounts = new LinkedHashMap<>();
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select f, count(*) from assessment, unnest(flags) f "
                + "where publisher_id = ?1 group by f order by f").setParameter(1, publisherId).getResultList();
        for (Object[] r : rows) {
            flagCounts.put((String) r[0], ((Number) r[1]).longValue());
        }
        List<TrackRecordView.Entry> recent = new ArrayList<>();
        AssessmentEntity.<AssessmentEntity>find("publisherId = ?1 order by assessedAt desc", publisherId).page(0, 10)
                .list().forEach(e -> recent.add(new TrackRecordView.Entry(e.articleId, e.credibilityScore,
                        e.attributionScore, Arrays.asList(e.flags), e.assessedAt)));
        return new TrackRecordView(count, meanCredibility, meanAttribution, flagCounts, recent);
    }

    private record Prepared(UUID articleId, Article article, List<Origin> origins) {
    }

    private Prepared prepare(AssessmentRequest r) {
        if (r == null) {
            throw ProblemException.badField("text", "the request needs a body with text or html");
        }
        // Checked before any HTML is parsed.
        ArticleLimits.requireWithin("", r.url(), r.publisher(), r.title(), r.byline());
        if (r.origins() != null) {
            for (int i = 0; i < r.origins().size(); i++) {
                AssessmentRequest.OriginRequest o = r.origins().get(i);
                if (o != null) {
                    ArticleLimits.requireWithin("origins[" + i + "].", o.url(), o.publisher(), null, null);
                }
            }
        }
        boolean hasText = r.text() != null && !r.text().isBlank();
        boolean hasHtml = r.html() != null && !r.html().isBlank();
        if (hasText == hasHtml) {
            String field = r.text() != null ? "text" : r.html() != null ? "html" : "text";
            throw ProblemException.badField(field, hasText
                    ? "give exactly one of text and html, not both"
                    : "exactly one of text and html must be given and not blank");
        }
        // The assessment does not use the date, but a date no service would store is the caller's error to hear of,
        // not to see dropped.
        PublishedAt.stated("publishedAt", r.publishedAt());
        String text = hasText ? r.text() : ArticleHtml.text(r.html());
        UUID id = null;
        if (r.articleId() != null && !r.articleId().isBlank()) {
            try {
                id = UUID.fromString(r.articleId().strip());
            } catch (IllegalArgumentException e) {
                throw ProblemException.badField("articleId", "articleId must be a UUID, got '" + r.articleId() + "'");
            }
        } else if (r.url() != null && !r.url().isBlank()) {
            id = ArticleIdentity.articleId(r.url(), text);
        }
        List<Origin> origins = new ArrayList<>();
        if (r.origins() != null) {
            for (int i = 0; i < r.origins().size(); i++) {
                AssessmentRequest.OriginRequest o = r.origins().get(i);
                if (o == null || o.publisher() == null || o.publisher().isBlank()) {
                    throw ProblemException.badField("origins[" + i + "].publisher",
                            "origins[" + i + "].publisher must not be blank");
                }
                if (o.relation() == null || !RELATIONS.contains(o.relation())) {
                    throw ProblemException.badField("origins[" + i + "].relation", "origins[" + i
                            + "].relation must be one of " + RELATIONS + ", got '" + o.relation() + "'");
                }
                origins.add(new Origin(o.publisher(), o.url(), o.relation()));
            }
        }
        return new Prepared(id, new Article(text, r.title(), r.byline(), r.publisher(), r.url()), origins);
    }

    private AssessmentView read(AssessmentEntity e) {
        try {
            return json.readValue(e.document, AssessmentView.class);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Stored assessment " + e.articleId + " is not readable", ex);
        }
    }

    private String write(AssessmentView view) {
        try {
            return json.writeValueAsString(view);
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("Cannot serialise assessment " + view.articleId(), ex);
        }
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
