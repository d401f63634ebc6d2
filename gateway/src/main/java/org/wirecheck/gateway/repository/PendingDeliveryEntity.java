package org.wirecheck.gateway.repository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import org.hibernate.jpa.SpecHints;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** An accepted article that a downstream service has not taken yet; see {@code DeliveryOutbox}. */
@Entity
@Table(name = "pending_delivery")
public class PendingDeliveryEntity extends PanacheEntityBase {

    public enum Target {
        DEDUP, CREDIBILITY
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "article_id", nullable = false)
    public UUID articleId;

    @Column(nullable = false)
    public String target;

    @Column(nullable = false)
    public String payload;

    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<PendingDeliveryEntity> find(UUID articleId, Target target) {
        return find("articleId = ?1 and target = ?2", articleId, target.name()).firstResultOptional();
    }

    /** Due deliveries, locked so that another replica skips them (SKIP LOCKED). */
    public static List<PendingDeliveryEntity> lockDue(int limit) {
        return find("nextAttemptAt <= ?1 order by nextAttemptAt", Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, limit).list();
    }
}
