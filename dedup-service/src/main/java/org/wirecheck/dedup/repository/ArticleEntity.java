package org.wirecheck.dedup.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An indexed article as stored: the text dedup-service matched, and where it came from. */
@Entity
@Table(name = "article")
public class ArticleEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String url;

    public String publisher;

    public String title;

    @Column(name = "published_at")
    public Instant publishedAt;

    public String language;

    @Column(name = "content_hash", nullable = false)
    public String contentHash;

    @Column(nullable = false)
    public String body;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
