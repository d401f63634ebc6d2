package org.wirecheck.dedup.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indexed article as stored: the text dedup-service matched, where it came from, and how it is indexed. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    /** Order in which the corpus saw the article (database sequence). */
    @Generated
    @Column(insertable = false, updatable = false)
    public long seen;

    @Column(nullable = false)
    public String url;

    public String publisher;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(nullable = false)
    public String language;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String body;

    @Column(nullable = false)
    public int[] fingerprints;

    @Column(nullable = false)
    public int[] anchors;

    /**
     * The paragraph hashes this article counted towards its publisher's boilerplate; null if it was indexed before
     * they were recorded, when an article counted all its paragraphs.
     */
    @Column(name = "counted_paragraphs")
    public long[] countedParagraphs;

    /** The {@code AnalysedArticle.VERSION} the fingerprints and anchors were computed with. */
    @Column(name = "analysis_version", nullable = false)
    public int analysisVersion = org.wirecheck.dedup.engine.AnalysedArticle.VERSION;

    @Column(name = "cluster_id", nullable = false)
    public UUID clusterId;

    @Column(name = "indexed_at", nullable = false)
    public Instant indexedAt;

    /** Up to {@code limit} articles analysed with an older analysis than {@code version}, seen after {@code seen}. */
    public static List<ArticleEntity> analysedBefore(int version, long seen, int limit) {
        return find("analysisVersion < ?1 and seen > ?2 order by seen", version, seen).page(0, limit).list();
    }

    public static Optional<ArticleEntity> findByUrlAndContent(String url, String contentHash) {
        return find("url = ?1 and contentHash = ?2", url, contentHash).firstResultOptional();
    }

    /** Which of these ids are stored. */
    public static List<UUID> storedAmong(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return getEntityManager().createQuery("select a.id from ArticleEntity a where a.id in ?1", UUID.class)
                .setParameter(1, ids).getResultList();
    }

    public static List<ArticleEntity> inCluster(UUID clusterId) {
        return list("clusterId", clusterId);
    }

    public static List<ArticleEntity> recent(int limit) {
        return find("order by seen desc").page(0, limit).list();
    }

    /** When the article counts as published for origin and "earlier": its publishedAt, else when it was indexed. */
    public Instant effectivePublishedAt() {
        return publishedAt != null ? publishedAt : indexedAt;
    }
}
