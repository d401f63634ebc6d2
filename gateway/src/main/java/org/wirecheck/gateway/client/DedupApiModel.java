package org.wirecheck.gateway.client;

import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

/** The JSON that dedup-service speaks ({@code /dedup/v1}); see dedup-service/README.md. */
public final class DedupApiModel {

    private DedupApiModel() {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ArticleRequest(String url, String publisher, String title, String publishedAt, String text) {
    }

    /** An article named by another's report: who published it, where and when. */
    public record ArticleRef(UUID articleId, String url, String publisher, String publishedAt) {
    }

    public record Containment(double thisInOther, double otherInThis) {
    }

    /** A matched passage: offsets in this article's text and in the other article's text. */
    public record Passage(int start, int end, int otherStart, int otherEnd) {
    }

    /** Words a spun copy put where the other article has different ones: offsets and words on both sides. */
    public record Swap(int start, int end, int otherStart, int otherEnd, String text, String otherText) {
    }

    public record Duplicate(UUID articleId, String url, String publisher, String publishedAt, String relation,
            boolean earlier, double similarity, Containment containment, List<Passage> passages, List<Swap> swaps) {

        public ArticleRef ref() {
            return new ArticleRef(articleId, url, publisher, publishedAt);
        }
    }

    public record Cluster(UUID clusterId, int size, ArticleRef origin) {
    }

    public record DedupReport(UUID articleId, String url, String publisher, String title, String publishedAt,
            String language, boolean indexed, List<Duplicate> duplicates, Cluster cluster) {
    }

    /** A stored article as dedup-service returns it. */
    public record StoredArticle(UUID articleId, String url, String publisher, String title, String publishedAt,
            String language, String text, UUID clusterId, String indexedAt) {
    }

    /** Articles to index in one transaction, in order ({@code POST /dedup/v1/articles/batch}). */
    public record BatchRequest(List<ArticleRequest> articles) {
    }

    /** One article's outcome in a batch: 201 or 200 with the report, or a 4xx with a problem document. */
    public record BatchItem(int status, DedupReport report, com.fasterxml.jackson.databind.JsonNode problem) {
    }

    public record BatchResults(List<BatchItem> results) {
    }
}
