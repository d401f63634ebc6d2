package org.wirecheck.gateway.mapping;

import org.wirecheck.gateway.api.Delivery;
import org.wirecheck.gateway.repository.PendingDeliveryEntity;
import org.wirecheck.gateway.repository.PendingDeliveryEntity.State;

/** Outbox rows as the API shows them. */
public final class DeliveryMapping {

    private DeliveryMapping() {
    }

    public static Delivery toView(PendingDeliveryEntity row) {
        State state = row.state();
        return new Delivery(row.id, row.articleId, row.target, state.name(), row.attempts, row.serverErrors,
                row.lastError, row.createdAt, row.lastAttemptAt, state == State.PENDING ? row.nextAttemptAt : null,
                row.parkedAt);
    }
}
