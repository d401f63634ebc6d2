package org.wirecheck.gateway.engine;

/** Where an article stands against the earlier work it shares text with. */
public enum ProvenanceStatus {
    /** No earlier related article from another publisher. A site republishing its own posts is not a copy. */
    ORIGINAL,
    /** Copies earlier work by other publishers and credits every one of them. */
    CREDITED_REPRINT,
    /** Copies an earlier article by another publisher without crediting it. */
    UNCREDITED_COPY,
    /** Carries a short part of another publisher's article and credits or links it. */
    EXCERPT
}
