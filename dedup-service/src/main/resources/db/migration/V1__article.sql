-- The corpus: every article dedup-service has indexed. Matching data (signatures, index, clusters, boilerplate)
-- comes with later migrations.
CREATE TABLE article (
    id            UUID PRIMARY KEY,
    url           TEXT        NOT NULL,
    publisher     TEXT,
    title         TEXT,
    published_at  TIMESTAMPTZ,
    language      TEXT,
    content_hash  TEXT        NOT NULL,
    body          TEXT        NOT NULL,
    created_at    TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The same url with the same content is the same article (idempotent ingestion).
CREATE UNIQUE INDEX article_url_content ON article (url, content_hash);
