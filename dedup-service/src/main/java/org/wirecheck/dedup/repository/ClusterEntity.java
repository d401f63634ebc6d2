package org.wirecheck.dedup.repository;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A reprint cluster: its origin (earliest-published member) and size. */
@Entity
@Table(name = "reprint_cluster")
public class ClusterEntity extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "origin_id", nullable = false)
    public UUID originId;

    @Column(nullable = false)
    public int size;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    /** Clusters with more than one member first, then the most recently changed. */
    public static List<ClusterEntity> recent(int limit) {
        return find("order by case when size > 1 then 0 else 1 end, updatedAt desc").page(0, limit).list();
    }
}
