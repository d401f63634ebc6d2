-- The corpus: every article dedup-service has indexed, with what the in-memory index is rebuilt from.
CREATE TABLE article (
    id                 UUID PRIMARY KEY,
    -- Order in which the corpus saw the article: breaks ties between equal publishedAt (first seen wins).
    seen               BIGSERIAL   NOT NULL UNIQUE,
    url                TEXT        NOT NULL,
    publisher          TEXT,
    title              TEXT,
    published_at       TIMESTAMPTZ,
    language           TEXT        NOT NULL,
    content_hash       TEXT        NOT NULL,
    body               TEXT        NOT NULL,
    -- Winnowed shingle fingerprints (lexical path) and long-word anchors (paraphrase path), see AnalysedArticle.
    fingerprints       INTEGER[]   NOT NULL,
    anchors            INTEGER[]   NOT NULL,
    cluster_id         UUID        NOT NULL,
    indexed_at         TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- The same url with the same content is the same article (idempotent ingestion).
CREATE UNIQUE INDEX article_url_content ON article (url, content_hash);
CREATE INDEX article_cluster ON article (cluster_id);

-- A relation found when an article was indexed, read "article -> other" (other was indexed before it).
CREATE TABLE article_relation (
    article_id     UUID             NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    other_id       UUID             NOT NULL REFERENCES article (id) ON DELETE CASCADE,
    relation       TEXT             NOT NULL,
    similarity     DOUBLE PRECISION NOT NULL,
    this_in_other  DOUBLE PRECISION NOT NULL,
    other_in_this  DOUBLE PRECISION NOT NULL,
    -- Flat quadruples: start, end, otherStart, otherEnd (character offsets into article's and other's body).
    passages       INTEGER[]        NOT NULL,
    PRIMARY KEY (article_id, other_id)
);
CREATE INDEX article_relation_other ON article_relation (other_id);

-- Reprint clusters: articles connected by relations; the origin is the earliest-published member.
CREATE TABLE reprint_cluster (
    id          UUID        PRIMARY KEY,
    origin_id   UUID        NOT NULL,
    size        INTEGER     NOT NULL,
    updated_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

-- Learned boilerplate: how many of a publisher's articles carry a paragraph (by its normalised hash).
CREATE TABLE publisher_paragraph (
    publisher       TEXT    NOT NULL,
    paragraph_hash  BIGINT  NOT NULL,
    article_count   INTEGER NOT NULL,
    PRIMARY KEY (publisher, paragraph_hash)
);

-- Every change to the corpus, in commit order: each replica replays it to keep its in-memory index current.
CREATE TABLE index_event (
    seq         BIGSERIAL   PRIMARY KEY,
    article_id  UUID        NOT NULL,
    kind        TEXT        NOT NULL CHECK (kind IN ('ADDED', 'REMOVED')),
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
