package org.wirecheck.dedup.engine;

import java.util.ArrayList;
import java.util.List;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;

/**
 * all-MiniLM-L6-v2 (quantised ONNX, shipped inside its Maven jar) run in-process on the CPU. The model is loaded on
 * first use, once per JVM: most articles never reach the paraphrase path, and loading costs about a second.
 */
public final class MiniLmSentenceEmbedder implements SentenceEmbedder {

    private static final class Model {
        static final EmbeddingModel INSTANCE = new AllMiniLmL6V2QuantizedEmbeddingModel();
    }

    @Override
    public List<float[]> embed(List<String> sentences) {
        if (sentences.isEmpty()) {
            return List.of();
        }
        List<TextSegment> segments = new ArrayList<>(sentences.size());
        for (String sentence : sentences) {
            segments.add(TextSegment.from(sentence));
        }
        List<float[]> vectors = new ArrayList<>(sentences.size());
        for (var embedding : Model.INSTANCE.embedAll(segments).content()) {
            vectors.add(unit(embedding.vector()));
        }
        return vectors;
    }

    private static float[] unit(float[] v) {
        double norm = 0;
        for (float x : v) {
            norm += x * x;
        }
        float scale = norm == 0 ? 0 : (float) (1 / Math.sqrt(norm));
        float[] u = new float[v.length];
        for (int i = 0; i < v.length; i++) {
            u[i] = v[i] * scale;
        }
        return u;
    }
}
