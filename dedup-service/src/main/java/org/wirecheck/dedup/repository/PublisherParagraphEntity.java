package org.wirecheck.dedup.repository;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Learned boilerplate: how many of a publisher's articles carry a paragraph. */
@Entity
@Table(name = "publisher_paragraph")
@IdClass(PublisherParagraphEntity.Key.class)
public class PublisherParagraphEntity extends PanacheEntityBase {

    @Id
    public String publisher;

    @Id
    @jakarta.persistence.Column(name = "paragraph_hash")
    public long paragraphHash;

    @jakarta.persistence.Column(name = "article_count", nullable = false)
    public int articleCount;

    public record Key(String publisher, long paragraphHash) implements java.io.Serializable {
        public Key() {
            this(null, 0);
        }
    }

    /** Hashes of the paragraphs a publisher carried on at least {@code minArticles} articles. */
    public static Set<Long> boilerplateOf(String publisher, int minArticles) {
        List<Long> hashes = getEntityManager().createQuery(
                "select p.paragraphHash from PublisherParagraphEntity p where p.publisher = ?1 and p.articleCount >= ?2",
                Long.class).setParameter(1, publisher).setParameter(2, minArticles).getResultList();
        return new HashSet<>(hashes);
    }

    /**
     * Counts one article of the publisher carrying each paragraph more ({@code +1}) or less ({@code -1}); on {@code +1}
     * returns each paragraph's new count.
     */
    public static Map<Long, Integer> countArticle(String publisher, Set<Long> paragraphHashes, int change) {
        if (paragraphHashes.isEmpty()) {
            return Map.of();
        }
        // One statement for all of an article's paragraphs (an array literal, unnested), not one per paragraph.
        StringBuilder hashes = new StringBuilder("{");
        for (long hash : paragraphHashes) {
            hashes.append(hashes.length() > 1 ? "," : "").append(hash);
        }
        if (change < 0) {
            String array = hashes.append('}').toString();
            getEntityManager().createNativeQuery("""
                    UPDATE publisher_paragraph SET article_count = article_count - 1
                    WHERE publisher = ?1 AND paragraph_hash = ANY(cast(?2 as bigint[]))""")
                    .setParameter(1, publisher).setParameter(2, array).executeUpdate();
            getEntityManager().createNativeQuery("""
                    DELETE FROM publisher_paragraph
                    WHERE publisher = ?1 AND paragraph_hash = ANY(cast(?2 as bigint[])) AND article_count <= 0""")
                    .setParameter(1, publisher).setParameter(2, array).executeUpdate();
            return Map.of();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = getEntityManager().createNativeQuery("""
                INSERT INTO publisher_paragraph (publisher, paragraph_hash, article_count)
                SELECT ?1, h, 1 FROM unnest(cast(?2 as bigint[])) AS h
                ON CONFLICT (publisher, paragraph_hash)
                DO UPDATE SET article_count = publisher_paragraph.article_count + 1
                RETURNING paragraph_hash, article_count""")
                .setParameter(1, publisher).setParameter(2, hashes.append('}').toString()).getResultList();
        Map<Long, Integer> counts = new HashMap<>();
        for (Object[] row : rows) {
            counts.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return counts;
    }
}
