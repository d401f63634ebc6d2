package org.wirecheck.credibility.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * A stored assessment: the whole answer as JSON, plus the scores and flags as columns so a publisher's track record
 * is one aggregate query.
 */
@Entity
@Table(name = "assessment")
public class AssessmentEntity extends PanacheEntityBase {

    @Id
    @Column(name = "article_id")
    public UUID articleId;

    @Column(name = "publisher_id")
    public Long publisherId;

    /** Null when the article's language is not one the attribution rules read (flag LANGUAGE_NOT_READ). */
    @Column(name = "credibility_score")
    public Integer credibilityScore;

    @Column(name = "attribution_score")
    public Integer attributionScore;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] flags = new String[0];

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String document;

    @Column(name = "assessed_at", nullable = false, insertable = false, updatable = false)
    public Instant assessedAt;
}
