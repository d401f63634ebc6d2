package org.wirecheck.gateway.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One article of a batch job, at its place in ingestion order. */
@Entity
@Table(name = "batch_item")
@IdClass(BatchItemEntity.Key.class)
public class BatchItemEntity extends PanacheEntityBase {

    @Id
    @Column(name = "job_id")
    public UUID jobId;

    @Id
    public int position;

    @Column(name = "input_index", nullable = false)
    public int inputIndex;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public String state = "PENDING";

    @Column(name = "article_id")
    public UUID articleId;

    public String report;

    public String error;

    public static List<BatchItemEntity> ofJob(UUID jobId) {
        return list("jobId = ?1 order by position", jobId);
    }

    public static List<BatchItemEntity> pending(UUID jobId, int limit) {
        return find("jobId = ?1 and state = 'PENDING' order by position", jobId).page(0, limit).list();
    }

    public static class Key implements Serializable {
        public UUID jobId;
        public int position;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.position == position && Objects.equals(k.jobId, jobId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(jobId, position);
        }
    }
}
