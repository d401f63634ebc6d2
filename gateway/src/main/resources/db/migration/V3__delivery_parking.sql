-- A delivery a service keeps refusing is parked, not dropped: kept with its last error, no longer retried, listed by
-- GET /api/v1/deliveries?state=parked and put back in the queue by POST /api/v1/deliveries/{id}/retry.
-- server_errors counts the tries the service answered with a 5xx (what parks a row at the limit); attempts still
-- counts every failed try (what the backoff grows with).
ALTER TABLE pending_delivery ADD COLUMN server_errors   INTEGER     NOT NULL DEFAULT 0;
ALTER TABLE pending_delivery ADD COLUMN last_attempt_at TIMESTAMPTZ;
ALTER TABLE pending_delivery ADD COLUMN parked_at       TIMESTAMPTZ;

-- The redelivery scan reads only the rows still in the queue.
DROP INDEX pending_delivery_due;
CREATE INDEX pending_delivery_due ON pending_delivery (next_attempt_at) WHERE parked_at IS NULL;
