package org.wirecheck.credibility.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.wirecheck.credibility.engine.ArticleText;
import org.wirecheck.credibility.engine.ArticleText.Sentence;
import org.wirecheck.credibility.engine.ArticleText.Token;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;

/**
 * Experiment: contextual token states of all-MiniLM-L6-v2 (the quantised ONNX model and tokenizer shipped in
 * langchain4j's Maven jar, run in-process), one 384-float vector per {@link ArticleText} token: the state of the first
 * word piece that overlaps it. Sentences are packed into windows of at most {@link #WINDOW} word pieces.
 */
final class MiniLmTokenStates {

    static final int DIMENSIONS = 384;
    private static final int WINDOW = 200;

    private final OrtEnvironment env = OrtEnvironment.getEnvironment();
    private final OrtSession session;
    private final HuggingFaceTokenizer tokenizer;

    MiniLmTokenStates() {
        try (InputStream model = getClass().getResourceAsStream("/all-minilm-l6-v2-q.onnx");
                InputStream vocab = getClass().getResourceAsStream("/all-minilm-l6-v2-q-tokenizer.json")) {
            OrtSession.SessionOptions options = new OrtSession.SessionOptions();
            options.setIntraOpNumThreads(1);
            session = env.createSession(model.readAllBytes(), options);
            tokenizer = HuggingFaceTokenizer.newInstance(vocab, Map.of("padding", "false", "truncation", "false",
                    "addSpecialTokens", "true"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }

    /** One vector per token of the article, in document order (sentence by sentence). */
    float[][] states(ArticleText article) {
        List<Token> tokens = new ArrayList<>();
        for (Sentence s : article.sentences()) {
            tokens.addAll(s.tokens());
        }
        float[][] out = new float[tokens.size()][];
        String text = article.text();
        List<Sentence> sentences = article.sentences();
        int si = 0;
        int tokenBase = 0;
        while (si < sentences.size()) {
            // Pack whole sentences into one window (a long sentence gets a window of its own, cut at WINDOW).
            int from = sentences.get(si).start();
            int sj = si;
            int pieces = 0;
            while (sj < sentences.size()) {
                Sentence s = sentences.get(sj);
                int n = s.tokens().size() * 2;
                if (sj > si && pieces + n > WINDOW) {
                    break;
                }
                pieces += n;
                sj++;
            }
            int to = sentences.get(sj - 1).end();
            int count = 0;
            for (int k = si; k < sj; k++) {
                count += sentences.get(k).tokens().size();
            }
            embed(text.substring(from, to), from, tokens.subList(tokenBase, tokenBase + count), out, tokenBase);
            tokenBase += count;
            si = sj;
        }
        for (int i = 0; i < out.length; i++) {
            if (out[i] == null) {
                out[i] = new float[DIMENSIONS];
            }
        }
        return out;
    }

    private void embed(String chunk, int offset, List<Token> tokens, float[][] out, int base) {
        Encoding enc = tokenizer.encode(chunk);
        long[] ids = enc.getIds();
        int n = Math.min(ids.length, 512);
        long[] mask = new long[n];
        java.util.Arrays.fill(mask, 1);
        long[] types = new long[n];
        long[] cut = java.util.Arrays.copyOf(ids, n);
        if (n < ids.length) {
            cut[n - 1] = ids[ids.length - 1];
        }
        try (OnnxTensor idT = OnnxTensor.createTensor(env, LongBuffer.wrap(cut), new long[]{1, n});
                OnnxTensor maskT = OnnxTensor.createTensor(env, LongBuffer.wrap(mask), new long[]{1, n});
                OnnxTensor typeT = OnnxTensor.createTensor(env, LongBuffer.wrap(types), new long[]{1, n});
                OrtSession.Result r = session.run(Map.of("input_ids", idT, "attention_mask", maskT,
                        "token_type_ids", typeT))) {
            float[][][] hidden = (float[][][]) r.get(0).getValue();
            ai.djl.huggingface.tokenizers.jni.CharSpan[] spans = enc.getCharTokenSpans();
            int p = 0;
            for (int t = 0; t < tokens.size(); t++) {
                Token tok = tokens.get(t);
                int s = tok.start() - offset;
                int e = tok.end() - offset;
                while (p < n && (spans[p] == null || spans[p].getEnd() <= s)) {
                    p++;
                }
                if (p < n - 1 && spans[p] != null && spans[p].getStart() < e) {
                    out[base + t] = hidden[0][p];
                }
            }
        } catch (OrtException e) {
            throw new IllegalStateException(e);
        }
    }
}
