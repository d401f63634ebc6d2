package org.wirecheck.dedup.service;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.IndexEventEntity;
import org.wirecheck.dedup.repository.RelationEntity;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Analyses again, from their stored text, the articles whose fingerprints and anchors an older analysis computed
 * ({@link AnalysedArticle#VERSION}), so that an article stored before a change to the normalisation is found by copies
 * analysed after it.
 * <p>
 * Why at start-up and in the background: a new version of the service is the only thing that makes stored fingerprints
 * stale, and until they are refreshed they still find most copies (only shingles with a changed word differ), so the
 * service serves meanwhile. Batches hold the corpus lock, like every other write, so two replicas starting together
 * never refresh the same article twice; each refreshed article is written to the index events as removed and added
 * again, so every replica replays it with its new fingerprints. Relations and clusters are left as they are.
 * <p>
 * The paragraphs an article counted towards its publisher's boilerplate are counted again too: a paragraph's hash is
 * made from its normalised words, so a new normalisation gives a recurring footer a new hash, and its count under the
 * old one would be stranded while the new one started from nothing (the publisher's chrome unlearned until it
 * recurred again). The old hashes are taken back and the paragraphs the new analysis gives are counted, less those
 * shared with the same publisher's articles this one duplicated (its stored relations, as when it was indexed).
 * Articles stored before their counted paragraphs were (Flyway V2) keep no such list, and are left as they are.
 */
@ApplicationScoped
public class AnalysisRefresh {

    private static final Logger LOG = Logger.getLogger(AnalysisRefresh.class);
    static final int BATCH = 200;

    @Inject
    CorpusIndex corpus;

    void onStart(@Observes StartupEvent event) {
        Thread thread = new Thread(() -> {
            try {
                int refreshed = refresh();
                if (refreshed > 0) {
                    LOG.infof("Analysed %d stored articles again with analysis version %d", refreshed,
                            AnalysedArticle.VERSION);
                }
            } catch (RuntimeException e) {
                LOG.warnf(e, "Analysing stored articles again stopped; the next start resumes it");
            }
        }, "dedup-analysis-refresh");
        thread.setDaemon(true);
        thread.start();
    }

    /** Refreshes every article stored with an older analysis, a batch per transaction; returns how many. */
    public int refresh() {
        int total = 0;
        long after = 0;
        while (true) {
            long from = after;
            List<Long> seen = QuarkusTransaction.requiringNew().call(() -> refreshBatch(from));
            total += seen.size();
            if (seen.size() < BATCH) {
                return total;
            }
            after = seen.get(seen.size() - 1);
        }
    }

    /** One batch of stale articles seen after {@code after}, under the corpus lock; returns their {@code seen}. */
    private List<Long> refreshBatch(long after) {
        corpus.lock();
        List<ArticleEntity> stale = ArticleEntity.analysedBefore(AnalysedArticle.VERSION, after, BATCH);
        for (ArticleEntity article : stale) {
            AnalysedArticle analysed = corpus.analyse(article.body, article.publisher);
            if (article.publisher != null && article.countedParagraphs != null) {
                countParagraphsAgain(article, analysed);
            }
            article.fingerprints = analysed.fingerprints();
            article.anchors = analysed.anchors();
            article.language = analysed.language();
            article.analysisVersion = AnalysedArticle.VERSION;
            IndexEventEntity.record(article.id, IndexEventEntity.REMOVED);
            IndexEventEntity.record(article.id, IndexEventEntity.ADDED);
        }
        return stale.stream().map(a -> a.seen).toList();
    }

    private void countParagraphsAgain(ArticleEntity article, AnalysedArticle analysed) {
        List<ArticleEntity> duplicated = RelationEntity.touching(article.id).stream()
                .filter(r -> r.key.articleId.equals(article.id))
                .map(r -> ArticleEntity.<ArticleEntity>findById(r.key.otherId)).filter(Objects::nonNull).toList();
        Set<Long> now = corpus.paragraphsToCount(analysed, article.publisher, duplicated);
        Set<Long> before = Arrays.stream(article.countedParagraphs).boxed().collect(Collectors.toSet());
        if (now.equals(before)) {
            return;
        }
        Set<Long> gone = new HashSet<>(before);
        gone.removeAll(now);
        Set<Long> added = new HashSet<>(now);
        added.removeAll(before);
        corpus.learnBoilerplate(article.publisher, gone, -1);
        corpus.learnBoilerplate(article.publisher, added, 1);
        article.countedParagraphs = now.stream().mapToLong(Long::longValue).toArray();
    }
}
