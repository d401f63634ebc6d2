-- Batch ingestion jobs (POST /api/v1/articles/batch): their progress survives a restart.
CREATE TABLE batch_job (
    id          UUID PRIMARY KEY,
    total       INTEGER     NOT NULL CHECK (total >= 0),
    done        INTEGER     NOT NULL DEFAULT 0 CHECK (done >= 0),
    failures    INTEGER     NOT NULL DEFAULT 0 CHECK (failures >= 0),
    state       TEXT        NOT NULL CHECK (state IN ('QUEUED', 'RUNNING', 'COMPLETED')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now(),
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
