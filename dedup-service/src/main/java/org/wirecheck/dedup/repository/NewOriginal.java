package org.wirecheck.dedup.repository;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

import org.hibernate.Session;

/**
 * Stores an article that duplicates nothing — the common case of incoming copy — in one round trip: the article row,
 * its one-member cluster, its index event and its publisher's paragraph counts, as one statement (data-modifying
 * CTEs). The general path (relations, cluster merges) goes through the entities; this one writes exactly the rows
 * that path would write for an article without relations.
 */
public final class NewOriginal {

    private static final String SQL = """
            WITH a AS (
                INSERT INTO article (id, url, publisher, title, published_at, language, content_hash, body,
                                     fingerprints, anchors, counted_paragraphs, cluster_id, indexed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                RETURNING seen),
            c AS (
                INSERT INTO reprint_cluster (id, origin_id, size, updated_at) VALUES (?, ?, 1, ?)),
            e AS (
                INSERT INTO index_event (article_id, kind) VALUES (?, 'ADDED')),
            p AS (
                INSERT INTO publisher_paragraph (publisher, paragraph_hash, article_count)
                SELECT ?, h, 1 FROM unnest(?::bigint[]) AS h WHERE ?::text IS NOT NULL
                ON CONFLICT (publisher, paragraph_hash)
                DO UPDATE SET article_count = publisher_paragraph.article_count + 1
                RETURNING paragraph_hash, article_count)
            SELECT a.seen, p.paragraph_hash, p.article_count FROM a LEFT JOIN p ON true""";

    private NewOriginal() {
    }

    /**
     * Inserts the article (its {@code seen} is set from the database) with its cluster, event and paragraph counts:
     * its {@link ArticleEntity#countedParagraphs} are counted towards its publisher's boilerplate (empty without a
     * publisher) and stored with it.
     *
     * @return the publisher's new count of each of the article's paragraphs (empty without a publisher)
     */
    public static Map<Long, Integer> insert(ArticleEntity article) {
        Session session = ArticleEntity.getEntityManager().unwrap(Session.class);
        return session.doReturningWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(SQL)) {
                Timestamp indexedAt = Timestamp.from(article.indexedAt);
                int i = 1;
                statement.setObject(i++, article.id);
                statement.setString(i++, article.url);
                statement.setString(i++, article.publisher);
                statement.setString(i++, article.title);
                if (article.publishedAt == null) {
                    statement.setNull(i++, Types.TIMESTAMP_WITH_TIMEZONE);
                } else {
                    statement.setTimestamp(i++, Timestamp.from(article.publishedAt));
                }
                statement.setString(i++, article.language);
                statement.setString(i++, article.contentHash);
                statement.setString(i++, article.body);
                statement.setArray(i++, connection.createArrayOf("integer", box(article.fingerprints)));
                statement.setArray(i++, connection.createArrayOf("integer", box(article.anchors)));
                Long[] counted = Arrays.stream(article.countedParagraphs).boxed().toArray(Long[]::new);
                statement.setArray(i++, connection.createArrayOf("bigint", counted));
                statement.setObject(i++, article.clusterId);
                statement.setTimestamp(i++, indexedAt);
                statement.setObject(i++, article.clusterId);
                statement.setObject(i++, article.id);
                statement.setTimestamp(i++, indexedAt);
                statement.setObject(i++, article.id);
                statement.setString(i++, article.publisher);
                statement.setArray(i++, connection.createArrayOf("bigint", counted));
                statement.setString(i++, article.publisher);
                Map<Long, Integer> counts = new HashMap<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        article.seen = rows.getLong(1);
                        long hash = rows.getLong(2);
                        if (!rows.wasNull()) {
                            counts.put(hash, rows.getInt(3));
                        }
                    }
                }
                return counts;
            }
        });
    }

    private static Integer[] box(int[] values) {
        Integer[] boxed = new Integer[values.length];
        for (int k = 0; k < values.length; k++) {
            boxed[k] = values[k];
        }
        return boxed;
    }
}
