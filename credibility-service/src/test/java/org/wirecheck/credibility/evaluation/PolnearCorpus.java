package org.wirecheck.credibility.evaluation;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads one compartment of the PolNeAR corpus (BRAT standoff): each article's text and its attribution relations.
 * Where several annotators annotated an article, the first annotation file in name order is the gold standard, so
 * every article counts once. Discontinuous spans are read as their full extent; Discuss and Discard spans are
 * ignored, as the corpus documentation asks.
 */
final class PolnearCorpus {

    /** A gold span. */
    record GoldSpan(int start, int end) {

        boolean overlaps(int s, int e) {
            return s < end && start < e;
        }
    }

    /** A gold relation; {@code source} is null for Attribution-no-source. */
    record Relation(GoldSpan source, GoldSpan cue, GoldSpan content) {
    }

    record Document(String name, String text, List<Relation> relations) {
    }

    private PolnearCorpus() {
    }

    /** The repository's sibling directory {@code ../shared/eval-data/polnear/data}, found from the build root. */
    static Path dataRoot() {
        String root = System.getProperty("wirecheck.root", "..");
        return Path.of(root).toAbsolutePath().normalize().resolveSibling("shared").resolve("eval-data/polnear/data");
    }

    static List<Document> read(Path compartment) {
        Path texts = compartment.resolve("text");
        Path annotations = compartment.resolve("attributions");
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.list(texts)) {
            for (Path t : files.sorted().toList()) {
                String name = t.getFileName().toString().replaceAll("\\.txt$", "");
                Path ann = firstAnnotation(annotations, name);
                if (ann == null) {
                    continue;
                }
                String text = Files.readString(t, StandardCharsets.UTF_8);
                docs.add(new Document(name, text, relations(Files.readAllLines(ann, StandardCharsets.UTF_8))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read PolNeAR compartment " + compartment, e);
        }
        return docs;
    }

    private static Path firstAnnotation(Path dir, String name) throws IOException {
        Path plain = dir.resolve(name + ".ann");
        if (Files.exists(plain)) {
            return plain;
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(name + "_")).sorted().findFirst().orElse(null);
        }
    }

    static List<Relation> relations(List<String> lines) {
        Map<String, GoldSpan> spans = new HashMap<>();
        List<String[]> events = new ArrayList<>();
        for (String line : lines) {
            String[] cols = line.split("\t");
            if (cols.length < 2) {
                continue;
            }
            if (cols[0].startsWith("T")) {
                String[] typeAndOffsets = cols[1].split(" ", 2);
                int start = Integer.MAX_VALUE;
                int end = -1;
                for (String part : typeAndOffsets[1].split(";")) {
                    String[] se = part.trim().split(" ");
                    start = Math.min(start, Integer.parseInt(se[0]));
                    end = Math.max(end, Integer.parseInt(se[1]));
                }
                spans.put(cols[0], new GoldSpan(start, end));
            } else if (cols[0].startsWith("E")) {
                events.add(cols[1].split(" "));
            }
        }
        List<Relation> out = new ArrayList<>();
        for (String[] args : events) {
            GoldSpan source = null;
            GoldSpan cue = null;
            GoldSpan content = null;
            for (String arg : args) {
                String[] kv = arg.split(":");
                if (kv.length != 2) {
                    continue;
                }
                switch (kv[0]) {
                    case "Source" -> source = spans.get(kv[1]);
                    case "Cue" -> cue = spans.get(kv[1]);
                    case "Content" -> content = spans.get(kv[1]);
                    default -> {
                    }
                }
            }
            if (cue != null || content != null || source != null) {
                out.add(new Relation(source, cue, content));
            }
        }
        return out;
    }
}
