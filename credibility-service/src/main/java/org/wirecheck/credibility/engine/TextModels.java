package org.wirecheck.credibility.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;

/**
 * The OpenNLP English sentence model (UD English-EWT, Apache-2.0), loaded once from its model jar on the classpath.
 * The model is thread-safe; the detector that uses it is not, so each thread gets its own.
 */
final class TextModels {

    private static final String SENTENCE_MODEL = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

    private static final SentenceModel SENTENCES = load(SENTENCE_MODEL, SentenceModel::new);

    private static final ThreadLocal<SentenceDetectorME> SENTENCE_DETECTOR = ThreadLocal
            .withInitial(() -> new SentenceDetectorME(SENTENCES));

    private TextModels() {
    }

    static SentenceDetectorME sentenceDetector() {
        return SENTENCE_DETECTOR.get();
    }

    private interface ModelReader<M> {
        M read(InputStream in) throws IOException;
    }

    private static <M> M load(String resource, ModelReader<M> reader) {
        try (InputStream in = TextModels.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("OpenNLP model " + resource + " is not on the classpath");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read OpenNLP model " + resource, e);
        }
    }
}
