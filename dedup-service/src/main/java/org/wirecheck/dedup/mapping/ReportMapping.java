package org.wirecheck.dedup.mapping;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.wirecheck.dedup.engine.Passage;
import org.wirecheck.dedup.engine.Relation;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.WordSwaps;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.ClusterEntity;
import org.wirecheck.dedup.repository.RelationEntity;
import org.wirecheck.dedup.rest.ArticleView;
import org.wirecheck.dedup.rest.ClusterView;
import org.wirecheck.dedup.rest.DedupReport;

/** Engine findings and stored rows to the API model, and back. */
public final class ReportMapping {

    private ReportMapping() {
    }

    /** A finding of the engine as a stored relation row. */
    public static RelationEntity toEntity(UUID articleId, Reprint reprint) {
        RelationEntity entity = new RelationEntity();
        entity.key = new RelationEntity.Key(articleId, reprint.other());
        entity.relation = reprint.relation().name();
        entity.similarity = reprint.similarity();
        entity.thisInOther = reprint.thisInOther();
        entity.otherInThis = reprint.otherInThis();
        entity.passages = flatten(reprint.passages());
        return entity;
    }

    /** A stored relation read from {@code self}'s side. */
    public static Reprint fromEntity(RelationEntity entity, UUID self) {
        Reprint stored = new Reprint(entity.key.otherId, Relation.valueOf(entity.relation), entity.similarity,
                entity.thisInOther, entity.otherInThis, unflatten(entity.passages));
        return entity.key.articleId.equals(self) ? stored : stored.seenFrom(entity.key.articleId);
    }

    /**
     * @param selfText the text the passages' and swaps' own offsets refer to
     * @param swaps the words this article swapped against the other (a spun copy), else empty
     */
    public static DedupReport.Duplicate duplicate(Reprint reprint, ArticleEntity other, boolean earlier,
            String selfText, List<WordSwaps.Swap> swaps) {
        return new DedupReport.Duplicate(other.id, other.url, other.publisher, other.publishedAt,
                reprint.relation().name(), earlier, round(reprint.similarity()),
                new DedupReport.Containment(round(reprint.thisInOther()), round(reprint.otherInThis())),
                reprint.passages().stream()
                        .map(p -> new DedupReport.Passage(p.start(), p.end(), p.otherStart(), p.otherEnd()))
                        .toList(),
                swaps.stream()
                        .map(s -> new DedupReport.Swap(s.start(), s.end(), s.otherStart(), s.otherEnd(),
                                selfText.substring(s.start(), s.end()),
                                other.body.substring(s.otherStart(), s.otherEnd())))
                        .toList());
    }

    public static DedupReport.Origin origin(ArticleEntity origin) {
        return new DedupReport.Origin(origin.id, origin.url, origin.publisher, origin.publishedAt);
    }

    public static DedupReport.Cluster cluster(ClusterEntity cluster, ArticleEntity origin) {
        return new DedupReport.Cluster(cluster.id, cluster.size, origin(origin));
    }

    public static ArticleView view(ArticleEntity article, boolean withText) {
        return new ArticleView(article.id, article.url, article.publisher, article.title, article.publishedAt,
                article.language, withText ? article.body : null, article.clusterId, article.indexedAt);
    }

    public static ClusterView.Member member(ArticleEntity article, Relation toOrigin) {
        return new ClusterView.Member(article.id, article.url, article.publisher, article.publishedAt,
                toOrigin == null ? null : toOrigin.name());
    }

    /** Sorts duplicates: strongest evidence (largest containment either way) first. */
    public static final Comparator<DedupReport.Duplicate> STRONGEST_FIRST = Comparator.comparingDouble(
            (DedupReport.Duplicate d) -> -Math.max(d.containment().thisInOther(), d.containment().otherInThis()));

    static int[] flatten(List<Passage> passages) {
        int[] flat = new int[passages.size() * 4];
        for (int i = 0; i < passages.size(); i++) {
            Passage p = passages.get(i);
            flat[4 * i] = p.start();
            flat[4 * i + 1] = p.end();
            flat[4 * i + 2] = p.otherStart();
            flat[4 * i + 3] = p.otherEnd();
        }
        return flat;
    }

    static List<Passage> unflatten(int[] flat) {
        List<Passage> passages = new ArrayList<>(flat.length / 4);
        for (int i = 0; i + 3 < flat.length; i += 4) {
            passages.add(new Passage(flat[i], flat[i + 1], flat[i + 2], flat[i + 3]));
        }
        return passages;
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
