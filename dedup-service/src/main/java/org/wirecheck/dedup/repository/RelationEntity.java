package org.wirecheck.dedup.repository;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A relation found when {@code articleId} was indexed, read "article -> other". */
@Entity
@Table(name = "article_relation")
public class RelationEntity extends PanacheEntityBase {

    @EmbeddedId
    public Key key;

    @Column(nullable = false)
    public String relation;

    @Column(nullable = false)
    public double similarity;

    @Column(name = "this_in_other", nullable = false)
    public double thisInOther;

    @Column(name = "other_in_this", nullable = false)
    public double otherInThis;

    /** Flat quadruples start, end, otherStart, otherEnd. */
    @Column(nullable = false)
    public int[] passages;

    @Embeddable
    public static class Key implements Serializable {
        @Column(name = "article_id")
        public UUID articleId;
        @Column(name = "other_id")
        public UUID otherId;

        public Key() {
        }

        public Key(UUID articleId, UUID otherId) {
            this.articleId = articleId;
            this.otherId = otherId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.articleId.equals(articleId) && k.otherId.equals(otherId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(articleId, otherId);
        }
    }

    /** Relations on either side of an article. */
    public static List<RelationEntity> touching(UUID articleId) {
        return list("key.articleId = ?1 or key.otherId = ?1", articleId);
    }

    /** Relations between members of a set of articles. */
    public static List<RelationEntity> among(List<UUID> ids) {
        return list("key.articleId in ?1 and key.otherId in ?1", ids);
    }
}
