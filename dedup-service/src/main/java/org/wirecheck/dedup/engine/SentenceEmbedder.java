package org.wirecheck.dedup.engine;

import java.util.List;

/** Turns sentences into unit-length vectors whose dot product is their cosine similarity. */
@FunctionalInterface
public interface SentenceEmbedder {

    List<float[]> embed(List<String> sentences);
}
