package org.wirecheck.dedup.service;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import org.wirecheck.common.article.ArticleIdentity;
import org.wirecheck.common.problem.ProblemException;
import org.wirecheck.dedup.config.DedupConfig;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Boilerplate;
import org.wirecheck.dedup.engine.Passage;
import org.wirecheck.dedup.engine.Relation;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.ReprintClusters;
import org.wirecheck.dedup.engine.ReprintIndex;
import org.wirecheck.dedup.engine.WordSwaps;
import org.wirecheck.dedup.mapping.ReportMapping;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.ClusterEntity;
import org.wirecheck.dedup.repository.IndexEventEntity;
import org.wirecheck.dedup.repository.NewOriginal;
import org.wirecheck.dedup.repository.RelationEntity;
import org.wirecheck.dedup.rest.ArticleSubmission;
import org.wirecheck.dedup.rest.ArticleView;
import org.wirecheck.dedup.rest.BatchResults;
import org.wirecheck.dedup.rest.ClusterView;
import org.wirecheck.dedup.rest.DedupReport;

/**
 * Checks and indexes articles, keeps reprint clusters, and answers reports.
 * <p>
 * Every change to the corpus (index, delete) runs under one PostgreSQL advisory lock, held to commit: two replicas
 * never cluster two related articles at the same moment without seeing each other, and the index events they write are
 * committed in sequence order (see {@link CorpusIndex}). Checks only read and need no lock.
 */
@ApplicationScoped
public class DedupService {

    /** Swapped words listed per spun copy: enough to see the pattern, bounded for a page holding many copies. */
    static final int MAX_SWAPS = 200;

    @Inject
    CorpusIndex corpus;

    @Inject
    DedupConfig config;

    /** The result of indexing: the report, and whether a new article was stored. */
    public record Indexed(DedupReport report, boolean created) {
    }

    @Transactional
    public DedupReport check(ArticleSubmission submission) {
        IncomingArticle incoming = IncomingArticle.of(submission);
        UUID id = ArticleIdentity.articleId(incoming.url(), incoming.text());
        ArticleEntity existing = ArticleEntity.findById(id);
        if (existing != null) {
            return report(existing);
        }
        corpus.catchUp();
        AnalysedArticle article = corpus.analyse(incoming.text(), incoming.publisher());
        List<Reprint> found = withTwinsSpunCopies(article, id, corpus.index().find(article, incoming.publisher(), id));
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        Map<UUID, ArticleEntity> others = load(found);
        Instant published = incoming.publishedAt() != null ? incoming.publishedAt() : now;
        ReprintClusters.Member self = new ReprintClusters.Member(id, published, Long.MAX_VALUE);
        List<DedupReport.Duplicate> duplicates = duplicates(self, incoming.text(), found, others);
        return new DedupReport(id, incoming.url(), incoming.publisher(), incoming.title(), incoming.publishedAt(),
                article.language(), false, incoming.text(), duplicates,
                prospectiveCluster(self, incoming, others.values()));
    }

    @Transactional
    public Indexed index(ArticleSubmission submission) {
        IncomingArticle incoming = IncomingArticle.of(submission);
        // The search runs once before the corpus lock, so that the embedding model, where a candidate needs it, runs
        // while other articles are indexed; under the lock the same query runs again against everything indexed by
        // then, with this article's sentences already embedded (see ReprintIndex.Query).
        UUID id = ArticleIdentity.articleId(incoming.url(), incoming.text());
        corpus.catchUp();
        ReprintIndex.Query query = new ReprintIndex.Query(corpus.analyse(incoming.text(), incoming.publisher()),
                incoming.publisher(), id);
        corpus.index().find(query);
        corpus.lock();
        corpus.catchUp();
        return indexLocked(incoming, id, false, null, query);
    }

    /**
     * Indexes a batch in the given order, in one transaction under one hold of the corpus lock: each article sees the
     * ones before it, exactly as if they had been indexed one by one, at a fraction of the round trips and commits. An
     * invalid article gets its problem in its place and the others go on; anything else fails the whole batch, and
     * nothing of it is stored.
     */
    @Transactional
    public List<BatchResults.Item> indexAll(List<ArticleSubmission> submissions, String path) {
        // Validation needs no lock: the problems are known before the corpus is touched.
        BatchResults.Item[] results = new BatchResults.Item[submissions.size()];
        IncomingArticle[] valid = new IncomingArticle[submissions.size()];
        for (int i = 0; i < submissions.size(); i++) {
            try {
                valid[i] = IncomingArticle.of(submissions.get(i));
            } catch (ProblemException e) {
                results[i] = BatchResults.Item.failed(e.toProblem(path + "/" + i));
            }
        }
        UUID[] ids = new UUID[valid.length];
        for (int i = 0; i < valid.length; i++) {
            ids[i] = valid[i] == null ? null : ArticleIdentity.articleId(valid[i].url(), valid[i].text());
        }
        corpus.lock();
        corpus.catchUp();
        // Which of them are stored already, in one query instead of one per article.
        Set<UUID> known = new HashSet<>(
                ArticleEntity.storedAmong(Arrays.stream(ids).filter(Objects::nonNull).toList()));
        List<UUID> added = new ArrayList<>();
        corpus.forgetOnRollback(added);
        for (int i = 0; i < valid.length; i++) {
            IncomingArticle incoming = valid[i];
            if (incoming == null) {
                continue;
            }
            Indexed indexed = indexLocked(incoming, ids[i], true, known, null);
            if (indexed.created()) {
                added.add(ids[i]);
                known.add(ids[i]);
            }
            results[i] = new BatchResults.Item(indexed.created() ? 201 : 200, indexed.report(), null);
            // Everything is flushed: a persistence context that grew with the batch would make each flush slower.
            ArticleEntity.getEntityManager().clear();
        }
        return List.of(results);
    }

    /**
     * Indexes a validated article under its id; the caller holds the corpus lock and has caught up with the corpus. Within a batch
     * the article also goes straight into this replica's index, so the next one of the batch finds it (the event the
     * other replicas replay is written either way; replaying it here later is a no-op). {@code known}, where given,
     * holds every id of the batch that is stored, so an article not in it needs no look-up; {@code query}, where given,
     * is the article's search as already run before the lock.
     */
    private Indexed indexLocked(IncomingArticle incoming, UUID id, boolean inBatch, Set<UUID> known,
            ReprintIndex.Query prepared) {
        ArticleEntity existing = known == null || known.contains(id) ? ArticleEntity.findById(id) : null;
        if (existing != null) {
            return new Indexed(report(existing), false);
        }
        ReprintIndex.Query query = prepared != null
                ? prepared
                : new ReprintIndex.Query(corpus.analyse(incoming.text(), incoming.publisher()), incoming.publisher(),
                        id);
        AnalysedArticle article = query.article();
        List<Reprint> found = withTwinsSpunCopies(article, id, corpus.index().find(query));
        Map<UUID, ArticleEntity> others = load(found);

        ArticleEntity entity = new ArticleEntity();
        entity.id = id;
        entity.url = incoming.url();
        entity.publisher = incoming.publisher();
        entity.title = incoming.title();
        entity.publishedAt = incoming.publishedAt();
        entity.language = article.language();
        entity.contentHash = ArticleIdentity.contentHash(incoming.text());
        entity.body = incoming.text();
        entity.fingerprints = article.fingerprints();
        entity.anchors = article.anchors();
        entity.indexedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        entity.clusterId = ReprintClusters.clusterIdFor(id);
        Set<Long> counted = corpus.paragraphsToCount(article, entity.publisher, others.values());
        entity.countedParagraphs = counted.stream().mapToLong(Long::longValue).toArray();
        if (others.isEmpty()) {
            return new Indexed(storeOriginal(entity, article, inBatch), true);
        }
        entity.persist();
        entity.flush();

        List<Reprint> stored = new ArrayList<>();
        for (Reprint reprint : found) {
            if (others.containsKey(reprint.other())) {
                RelationEntity relation = ReportMapping.toEntity(id, reprint);
                relation.persist();
                stored.add(ReportMapping.fromEntity(relation, id));
            }
        }
        corpus.learnBoilerplate(entity.publisher, counted, 1);
        joinCluster(entity, others.values());
        IndexEventEntity.record(id, IndexEventEntity.ADDED);
        ArticleEntity.flush();
        if (inBatch) {
            corpus.index().add(id, entity.publisher, article);
        }
        // A new article's relations are exactly the ones just stored (nothing indexed later can point at it yet), so
        // its report is built from them as read back, without querying them again.
        return new Indexed(report(entity, stored, others), true);
    }

    @Transactional
    public void delete(UUID id) {
        corpus.lock();
        ArticleEntity entity = ArticleEntity.findById(id);
        if (entity == null) {
            throw ProblemException.notFound("article", id);
        }
        UUID clusterId = entity.clusterId;
        RelationEntity.delete("key.articleId = ?1 or key.otherId = ?1", id);
        corpus.learnBoilerplate(entity.publisher, entity.countedParagraphs == null
                ? Boilerplate.paragraphs(ArticleText.of(entity.body))
                : Arrays.stream(entity.countedParagraphs).boxed().collect(Collectors.toSet()), -1);
        entity.delete();
        IndexEventEntity.record(id, IndexEventEntity.REMOVED);
        ArticleEntity.flush();
        recomputeCluster(clusterId);
    }

    @Transactional
    public Optional<ArticleView> article(UUID id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id).map(a -> ReportMapping.view(a, true));
    }

    @Transactional
    public Optional<DedupReport> report(UUID id) {
        return ArticleEntity.<ArticleEntity>findByIdOptional(id).map(this::report);
    }

    @Transactional
    public List<ArticleView> recentArticles(int limit) {
        return ArticleEntity.recent(checkLimit(limit)).stream().map(a -> ReportMapping.view(a, false)).toList();
    }

    @Transactional
    public Optional<ClusterView> cluster(UUID id) {
        ClusterEntity cluster = ClusterEntity.findById(id);
        return Optional.ofNullable(cluster).map(this::clusterView);
    }

    @Transactional
    public List<ClusterView> recentClusters(int limit) {
        return ClusterEntity.recent(checkLimit(limit)).stream().map(this::clusterView).toList();
    }

    private int checkLimit(int limit) {
        if (limit < 1 || limit > config.maxListLimit()) {
            throw ProblemException.badField("limit",
                    "limit must be between 1 and " + config.maxListLimit() + ", got " + limit);
        }
        return limit;
    }

    /**
     * The relations found, plus the spun-copy relations of an indexed article this one is an exact copy of. Those were
     * found when that article was indexed, maybe on the paraphrase path, which the search did not run for this one:
     * it pays that path only where the lexical path finds nothing or leaves a candidate unresolved, and an exact copy
     * is found. The same words are spun from the same original, so the relation is taken over, its passages moved to
     * this text word by word (an exact copy may differ in quotes, dashes and spaces).
     */
    private List<Reprint> withTwinsSpunCopies(AnalysedArticle article, UUID self, List<Reprint> found) {
        List<Reprint> twins = found.stream().filter(r -> r.relation() == Relation.EXACT).toList();
        if (twins.isEmpty()) {
            return found;
        }
        Set<UUID> known = new HashSet<>();
        found.forEach(r -> known.add(r.other()));
        known.add(self);
        List<Reprint> all = new ArrayList<>(found);
        for (Reprint twin : twins) {
            AnalysedArticle twinArticle = corpus.article(twin.other());
            if (twinArticle == null || !twinArticle.sameWordsAs(article)) {
                continue;
            }
            for (RelationEntity stored : RelationEntity.touching(twin.other())) {
                if (!Relation.PARAPHRASE.name().equals(stored.relation)) {
                    continue;
                }
                Reprint spun = ReportMapping.fromEntity(stored, twin.other());
                if (known.add(spun.other())) {
                    all.add(new Reprint(spun.other(), spun.relation(), spun.similarity(), spun.thisInOther(),
                            spun.otherInThis(), moved(spun.passages(), twinArticle.text(), article.text())));
                }
            }
        }
        return all;
    }

    /** Passages on {@code from}'s side moved to the same words of {@code to}, which has the same words. */
    private static List<Passage> moved(List<Passage> passages, ArticleText from, ArticleText to) {
        List<Passage> out = new ArrayList<>(passages.size());
        for (Passage p : passages) {
            int first = from.firstWordFrom(p.start());
            int end = from.firstWordFrom(p.end());
            if (first >= end) {
                continue;
            }
            out.add(new Passage(to.start(first), to.end(end - 1), p.otherStart(), p.otherEnd()));
        }
        return out;
    }

    private static Map<UUID, ArticleEntity> load(List<Reprint> found) {
        Map<UUID, ArticleEntity> others = new HashMap<>();
        for (Reprint reprint : found) {
            ArticleEntity other = ArticleEntity.findById(reprint.other());
            if (other != null) {
                others.put(other.id, other);
            }
        }
        return others;
    }

    private static ReprintClusters.Member member(ArticleEntity article) {
        return new ReprintClusters.Member(article.id, article.effectivePublishedAt(), article.seen);
    }

    private static List<DedupReport.Duplicate> duplicates(ReprintClusters.Member self, String selfText,
            List<Reprint> found, Map<UUID, ArticleEntity> others) {
        List<DedupReport.Duplicate> duplicates = new ArrayList<>();
        ArticleText selfWords = null;
        for (Reprint reprint : found) {
            ArticleEntity other = others.get(reprint.other());
            if (other != null) {
                boolean earlier = ReprintClusters.EARLIEST_FIRST.compare(member(other), self) < 0;
                List<WordSwaps.Swap> swaps = List.of();
                if (reprint.relation() == Relation.PARAPHRASE) {
                    // Only a spun copy's differing words are swaps; an edited reprint's are edits.
                    if (selfWords == null) {
                        selfWords = ArticleText.of(selfText);
                    }
                    swaps = WordSwaps.find(selfWords, ArticleText.of(other.body), reprint.passages(), MAX_SWAPS);
                }
                duplicates.add(ReportMapping.duplicate(reprint, other, earlier, selfText, swaps));
            }
        }
        duplicates.sort(ReportMapping.STRONGEST_FIRST);
        return duplicates;
    }

    /** The report of a stored article, from its stored relations on both sides. */
    private DedupReport report(ArticleEntity article) {
        List<Reprint> related = RelationEntity.touching(article.id).stream()
                .map(r -> ReportMapping.fromEntity(r, article.id)).toList();
        return report(article, related, load(related));
    }

    /**
     * An article that duplicates nothing: its rows (article, one-member cluster, index event, paragraph counts) in one
     * statement, and its report without reading anything back.
     */
    private DedupReport storeOriginal(ArticleEntity entity, AnalysedArticle article, boolean inBatch) {
        Map<Long, Integer> counts = NewOriginal.insert(entity);
        corpus.boilerplateCounted(entity.publisher, counts, 1);
        if (inBatch) {
            corpus.index().add(entity.id, entity.publisher, article);
        }
        ClusterEntity cluster = new ClusterEntity();
        cluster.id = entity.clusterId;
        cluster.originId = entity.id;
        cluster.size = 1;
        cluster.updatedAt = entity.indexedAt;
        return new DedupReport(entity.id, entity.url, entity.publisher, entity.title, entity.publishedAt,
                entity.language, true, entity.body, List.of(), ReportMapping.cluster(cluster, entity));
    }

    private DedupReport report(ArticleEntity article, List<Reprint> related, Map<UUID, ArticleEntity> others) {
        List<DedupReport.Duplicate> duplicates = duplicates(member(article), article.body, related, others);
        ClusterEntity cluster = ClusterEntity.findById(article.clusterId);
        ArticleEntity origin = ArticleEntity.findById(cluster.originId);
        return new DedupReport(article.id, article.url, article.publisher, article.title, article.publishedAt,
                article.language, true, article.body, duplicates, ReportMapping.cluster(cluster, origin));
    }

    /** The cluster a checked article would join: the union of its duplicates' clusters, or a new one. */
    private DedupReport.Cluster prospectiveCluster(ReprintClusters.Member self, IncomingArticle incoming,
            java.util.Collection<ArticleEntity> others) {
        Set<UUID> clusterIds = new LinkedHashSet<>();
        others.forEach(o -> clusterIds.add(o.clusterId));
        if (clusterIds.isEmpty()) {
            return new DedupReport.Cluster(ReprintClusters.clusterIdFor(self.id()), 1,
                    new DedupReport.Origin(self.id(), incoming.url(), incoming.publisher(), incoming.publishedAt()));
        }
        List<ArticleEntity> members = ArticleEntity.list("clusterId in ?1", clusterIds);
        UUID keeper = keeperOf(clusterIds);
        ArticleEntity origin = members.stream().min(Comparator.comparing(DedupService::member,
                ReprintClusters.EARLIEST_FIRST)).orElseThrow();
        if (ReprintClusters.EARLIEST_FIRST.compare(self, member(origin)) < 0) {
            return new DedupReport.Cluster(keeper, members.size() + 1,
                    new DedupReport.Origin(self.id(), incoming.url(), incoming.publisher(), incoming.publishedAt()));
        }
        return new DedupReport.Cluster(keeper, members.size() + 1, ReportMapping.origin(origin));
    }

    /** Of several clusters, the one whose origin comes first keeps its id when they merge. */
    private static UUID keeperOf(Set<UUID> clusterIds) {
        return clusterIds.stream().map(id -> (ClusterEntity) ClusterEntity.findById(id))
                .min(Comparator.comparing(c -> member(ArticleEntity.findById(c.originId)),
                        ReprintClusters.EARLIEST_FIRST))
                .orElseThrow().id;
    }

    private void joinCluster(ArticleEntity article, java.util.Collection<ArticleEntity> others) {
        Set<UUID> clusterIds = new LinkedHashSet<>();
        others.forEach(o -> clusterIds.add(o.clusterId));
        if (clusterIds.isEmpty()) {
            ClusterEntity cluster = new ClusterEntity();
            cluster.id = article.clusterId;
            cluster.originId = article.id;
            cluster.size = 1;
            cluster.updatedAt = article.indexedAt;
            cluster.persist();
            return;
        }
        UUID keeper = keeperOf(clusterIds);
        ArticleEntity.update("clusterId = ?1 where clusterId in ?2", keeper, clusterIds);
        article.clusterId = keeper;
        for (UUID merged : clusterIds) {
            if (!merged.equals(keeper)) {
                ClusterEntity.deleteById(merged);
            }
        }
        ArticleEntity.flush();
        ArticleEntity.getEntityManager().clear();
        refreshCluster(keeper, ArticleEntity.inCluster(keeper));
    }

    private void refreshCluster(UUID clusterId, List<ArticleEntity> members) {
        ClusterEntity cluster = ClusterEntity.findById(clusterId);
        if (cluster == null) {
            cluster = new ClusterEntity();
            cluster.id = clusterId;
        }
        ArticleEntity origin = members.stream()
                .min(Comparator.comparing(DedupService::member, ReprintClusters.EARLIEST_FIRST)).orElseThrow();
        cluster.originId = origin.id;
        cluster.size = members.size();
        cluster.updatedAt = Instant.now().truncatedTo(ChronoUnit.MICROS);
        cluster.persist();
    }

    /** After a deletion: the remaining members, split into connected parts; the earliest part keeps the id. */
    private void recomputeCluster(UUID clusterId) {
        List<ArticleEntity> members = ArticleEntity.inCluster(clusterId);
        if (members.isEmpty()) {
            ClusterEntity.deleteById(clusterId);
            return;
        }
        Map<UUID, ArticleEntity> byId = new HashMap<>();
        members.forEach(m -> byId.put(m.id, m));
        List<UUID[]> links = RelationEntity.among(new ArrayList<>(byId.keySet())).stream()
                .map(r -> new UUID[]{r.key.articleId, r.key.otherId}).toList();
        List<List<ReprintClusters.Member>> parts = ReprintClusters
                .parts(members.stream().map(DedupService::member).toList(), links);
        for (int p = 0; p < parts.size(); p++) {
            List<ReprintClusters.Member> part = parts.get(p);
            UUID partId = p == 0
                    ? clusterId
                    : ReprintClusters.splitClusterId(clusterId, ReprintClusters.origin(part).id());
            List<ArticleEntity> partMembers = part.stream().map(m -> byId.get(m.id())).toList();
            for (ArticleEntity m : partMembers) {
                m.clusterId = partId;
            }
            refreshCluster(partId, partMembers);
        }
    }

    private ClusterView clusterView(ClusterEntity cluster) {
        List<ArticleEntity> members = new ArrayList<>(ArticleEntity.inCluster(cluster.id));
        members.sort(Comparator.comparing(DedupService::member, ReprintClusters.EARLIEST_FIRST));
        ArticleEntity origin = ArticleEntity.findById(cluster.originId);
        Map<UUID, Relation> toOrigin = new HashMap<>();
        for (RelationEntity r : RelationEntity.touching(cluster.originId)) {
            Reprint fromOrigin = ReportMapping.fromEntity(r, cluster.originId);
            toOrigin.put(fromOrigin.other(), fromOrigin.relation().inverse());
        }
        return new ClusterView(cluster.id, cluster.size, ReportMapping.origin(origin),
                members.stream().map(m -> ReportMapping.member(m, toOrigin.get(m.id))).toList());
    }
}
