package org.wirecheck.credibility.repository;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A publisher in the registry: canonical name, the other names it goes by, its domains and its kind. */
@Entity
@Table(name = "publisher")
public class PublisherEntity extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "canonical_name", nullable = false, unique = true)
    public String canonicalName;

    @Column(nullable = false)
    public String kind;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] aliases = new String[0];

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false)
    public String[] domains = new String[0];

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;
}
