package org.wirecheck.dedup.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.Generated;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One change to the corpus; replicas replay these in order to keep their in-memory index current. */
@Entity
@Table(name = "index_event")
public class IndexEventEntity extends PanacheEntityBase {

    public static final String ADDED = "ADDED";
    public static final String REMOVED = "REMOVED";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long seq;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String kind;

    @Generated
    @Column(name = "created_at", insertable = false, updatable = false)
    public Instant createdAt;

    public static void record(UUID articleId, String kind) {
        IndexEventEntity event = new IndexEventEntity();
        event.articleId = articleId;
        event.kind = kind;
        event.persist();
    }

    public static List<IndexEventEntity> after(long seq, int limit) {
        return find("seq > ?1 order by seq", seq).page(0, limit).list();
    }
}
