package org.wirecheck.gateway.repository;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A batch ingestion job and its progress. */
@Entity
@Table(name = "batch_job")
public class BatchJobEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(nullable = false)
    public int total;

    @Column(nullable = false)
    public int done;

    @Column(nullable = false)
    public int failures;

    @Column(nullable = false)
    public String state;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Until when the replica processing this job holds it; another replica takes over after that. */
    @Column(name = "lease_until")
    public Instant leaseUntil;
}
