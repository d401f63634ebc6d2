package org.wirecheck.dedup.evaluation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.MiniLmSentenceEmbedder;
import org.wirecheck.dedup.engine.Relation;
import org.wirecheck.dedup.engine.Reprint;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;

/**
 * Clough and Stevenson's corpus of plagiarised short answers: each answer is judged against its task's Wikipedia
 * source with the service's default rules. cut + light should come out as a copy (any lexical relation), heavy as
 * PARAPHRASE, non as nothing. Run with {@code ./mvnw -B -o -pl dedup-service test -Pevaluation -Dtest=CloughStevensonEvaluation}.
 */
@Tag("evaluation")
class CloughStevensonEvaluation {

    static final List<String> CLASSES = List.of("copy", "paraphrase", "none");

    @Test
    void gradedReuseIsScoredAsCopyParaphraseOrNone() throws Exception {
        Path data = SharedData.dataSet("clough-stevenson-short-answers").resolve("data");
        MiniLmSentenceEmbedder model = new MiniLmSentenceEmbedder();
        java.util.concurrent.atomic.AtomicInteger embedded = new java.util.concurrent.atomic.AtomicInteger();
        ReprintJudge judge = new ReprintJudge(ReprintRules.DEFAULT, sentences -> {
            embedded.incrementAndGet();
            return model.embed(sentences);
        });
        int asked = 0;
        int[][] confusion = new int[3][3];
        StringBuilder rows = new StringBuilder();
        for (String line : Files.readAllLines(data.resolve("file_information.csv"), StandardCharsets.UTF_8)
                .subList(1, 101)) {
            String[] f = line.split(",");
            if (f[2].equals("orig")) {
                continue;
            }
            String expected = switch (f[2]) {
                case "cut", "light" -> "copy";
                case "heavy" -> "paraphrase";
                default -> "none";
            };
            AnalysedArticle answer = AnalysedArticle.of(read(data.resolve(f[0])));
            AnalysedArticle source = AnalysedArticle.of(read(data.resolve("orig_task" + f[1] + ".txt")));
            int before = embedded.get();
            Optional<Reprint> found = judge.judge(UUID.randomUUID(), answer, source, false);
            boolean modelAsked = embedded.get() > before;
            asked += modelAsked ? 1 : 0;
            String predicted = found.map(r -> r.relation() == Relation.PARAPHRASE ? "paraphrase" : "copy")
                    .orElse("none");
            confusion[CLASSES.indexOf(expected)][CLASSES.indexOf(predicted)]++;
            rows.append(String.format("%s\t%s\t%s\t%s\t%.3f\t%.3f\t%.3f\t%s%n", f[0], f[2], predicted,
                    found.map(r -> r.relation().name()).orElse("-"), found.map(Reprint::similarity).orElse(0.0),
                    found.map(Reprint::thisInOther).orElse(0.0), found.map(Reprint::otherInThis).orElse(0.0),
                    modelAsked ? "model" : "words"));
        }
        String report = Metrics.confusionTable(CLASSES, confusion);
        double macroF1 = Metrics.macroF1(confusion);
        System.out.println(rows);
        System.out.println(report);
        String summary = String.format("%nmacro-F1 = %.3f%n%nThe embedding model was asked for %d of 95 answers "
                + "(last column: model / decided on words).%n", macroF1, asked);
        System.out.println(summary);
        Files.writeString(SharedData.reportDir().resolve("clough-stevenson.md"),
                report + summary + "\n```\n" + rows + "```\n");
        assertTrue(macroF1 >= 0.90, "macro-F1 " + macroF1 + " is below the 0.90 target");
    }

    private static String read(Path file) throws java.io.IOException {
        // A few answers are not valid UTF-8; the replacement character stands in for their odd bytes.
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
