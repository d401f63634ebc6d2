-- The publisher registry: who publishes news, under which names and domains.
CREATE TABLE publisher (
    id              BIGSERIAL PRIMARY KEY,
    canonical_name  TEXT        NOT NULL UNIQUE,
    kind            TEXT        NOT NULL,
    aliases         TEXT[]      NOT NULL DEFAULT '{}',
    domains         TEXT[]      NOT NULL DEFAULT '{}',
    created_at      TIMESTAMPTZ NOT NULL DEFAULT now(),
    CONSTRAINT publisher_kind CHECK (kind IN ('WIRE_AGENCY', 'BROADCASTER', 'NEWSPAPER', 'MAGAZINE', 'BLOG',
                                              'AGGREGATOR', 'THINK_TANK', 'STATE_AFFILIATED'))
);
