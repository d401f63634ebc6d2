package org.wirecheck.dedup.rest;

import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Articles to index in one transaction, in this order. */
@Schema(description = "Articles to index in this order; at most 1,000.")
public record BatchSubmission(@Schema(required = true) List<ArticleSubmission> articles) {

    /** The most articles one batch may hold. */
    public static final int MAX_ARTICLES = 1_000;
}
