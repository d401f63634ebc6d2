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

/**
 * An accepted article that a downstream service has not taken yet; see {@code DeliveryOutbox}. A row is in the queue
 * while {@code parkedAt} is null, and parked (kept, not retried) once the service refused it for good.
 */
@Entity
@Table(name = "pending_delivery")
public class PendingDeliveryEntity extends PanacheEntityBase {

    public enum Target {
        DEDUP, CREDIBILITY
    }

    /** In the queue (retried with backoff), or parked (kept, retried only when an operator asks). */
    public enum State {
        PENDING, PARKED
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

    /** The failed tries the service answered with a server error (5xx); at the limit the row is parked. */
    @Column(name = "server_errors", nullable = false)
    public int serverErrors;

    @Column(name = "last_error")
    public String lastError;

    @Column(name = "last_attempt_at")
    public Instant lastAttemptAt;

    /** When the row left the queue for good; null while it is retried. */
    @Column(name = "parked_at")
    public Instant parkedAt;

    @Column(name = "next_attempt_at", nullable = false)
    public Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, insertable = false, updatable = false)
    public Instant createdAt;

    public static Optional<PendingDeliveryEntity> find(UUID articleId, Target target) {
        return find("articleId = ?1 and target = ?2", articleId, target.name()).firstResultOptional();
    }

    /** Due deliveries (not parked), locked so that another replica skips them (SKIP LOCKED). */
    public static List<PendingDeliveryEntity> lockDue(int limit) {
        return find(where(State.PENDING) + " and nextAttemptAt <= ?1 order by nextAttemptAt", Instant.now())
                .withLock(LockModeType.PESSIMISTIC_WRITE)
                .withHint(SpecHints.HINT_SPEC_LOCK_TIMEOUT, -2)
                .page(0, limit).list();
    }

    /** The rows in a state (in every state when empty), oldest first. */
    public static List<PendingDeliveryEntity> list(Optional<State> state, int limit) {
        return find(state.map(s -> where(s) + " ").orElse("") + "order by createdAt, id").page(0, limit).list();
    }

    /** How many rows are in the state. */
    public static long count(State state) {
        return count(where(state));
    }

    /** The query condition of a state: parked rows have {@code parkedAt}. */
    private static String where(State state) {
        return state == State.PARKED ? "parkedAt is not null" : "parkedAt is null";
    }

    public State state() {
        return parkedAt == null ? State.PENDING : State.PARKED;
    }
}
