-- Articles accepted while a downstream service was unavailable: redelivered until it takes them, so nothing
-- accepted is lost. A row is leased (lease_until) by the replica sending it.
CREATE TABLE pending_delivery (
    id              BIGSERIAL PRIMARY KEY,
    article_id      UUID        NOT NULL,
    target          TEXT        NOT NULL CHECK (target IN ('DEDUP', 'CREDIBILITY')),
    payload         TEXT        NOT NULL,
    attempts        INTEGER     NOT NULL DEFAULT 0,
    last_error      TEXT,
    next_attempt_at TIMESTAMPTZ NOT NULL DEFAULT now(),
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT pending_delivery_once UNIQUE (article_id, target)
);
CREATE INDEX pending_delivery_due ON pending_delivery (next_attempt_at);

-- A batch job's articles, in ingestion order (publishedAt, then submission order).
ALTER TABLE batch_job ADD COLUMN lease_until TIMESTAMPTZ;

CREATE TABLE batch_item (
    job_id      UUID        NOT NULL REFERENCES batch_job (id) ON DELETE CASCADE,
    position    INTEGER     NOT NULL,
    input_index INTEGER     NOT NULL,
    payload     TEXT        NOT NULL,
    state       TEXT        NOT NULL DEFAULT 'PENDING' CHECK (state IN ('PENDING', 'DONE', 'FAILED')),
    article_id  UUID,
    report      TEXT,
    error       TEXT,
    PRIMARY KEY (job_id, position)
);
