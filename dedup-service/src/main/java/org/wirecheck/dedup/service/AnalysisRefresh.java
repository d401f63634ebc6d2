package org.wirecheck.dedup.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.IndexEventEntity;

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
 * again, so every replica replays it with its new fingerprints. Relations, clusters and the boilerplate counts an
 * article made are left as they are (a delete takes back the paragraphs it counted, whatever their hash is now).
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
            article.fingerprints = analysed.fingerprints();
            article.anchors = analysed.anchors();
            article.language = analysed.language();
            article.analysisVersion = AnalysedArticle.VERSION;
            IndexEventEntity.record(article.id, IndexEventEntity.REMOVED);
            IndexEventEntity.record(article.id, IndexEventEntity.ADDED);
        }
        return stale.stream().map(a -> a.seen).toList();
    }
}
