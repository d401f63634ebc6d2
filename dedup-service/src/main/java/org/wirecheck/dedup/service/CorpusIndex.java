package org.wirecheck.dedup.service;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.Logger;
import org.wirecheck.dedup.config.DedupConfig;
import org.wirecheck.dedup.engine.AnalysedArticle;
import org.wirecheck.dedup.engine.ArticleText;
import org.wirecheck.dedup.engine.Boilerplate;
import org.wirecheck.dedup.engine.MiniLmSentenceEmbedder;
import org.wirecheck.dedup.engine.ReprintIndex;
import org.wirecheck.dedup.engine.ReprintJudge;
import org.wirecheck.dedup.engine.ReprintRules;
import org.wirecheck.dedup.repository.ArticleEntity;
import org.wirecheck.dedup.repository.IndexEventEntity;
import org.wirecheck.dedup.repository.PublisherParagraphEntity;

/**
 * This replica's in-memory {@link ReprintIndex}, kept equal to the corpus in PostgreSQL.
 * <p>
 * Every change to the corpus writes an {@code index_event} row in the same transaction. Before each query the replica
 * replays the events it has not seen (one indexed range scan, usually empty), so an article indexed through the other
 * replica is found here too; at start-up replaying from 0 rebuilds the index. Writes are serialised by a PostgreSQL
 * advisory lock held to commit, so event sequence numbers are committed in order and no event is skipped.
 * <p>
 * Candidates are verified against the stored text: {@link #article(UUID)} reads it back (through a small cache) and
 * analyses it with its publisher's learned boilerplate. Must be called inside a transaction.
 */
@ApplicationScoped
public class CorpusIndex {

    private static final Logger LOG = Logger.getLogger(CorpusIndex.class);
    private static final int EVENT_BATCH = 5_000;

    private final DedupConfig config;
    private final ReprintJudge judge;
    private final ReprintIndex index;
    private final Map<UUID, AnalysedArticle> cache;
    private long lastEvent;

    /** How long this replica trusts its copy of a publisher's boilerplate before reading it again. */
    static final long BOILERPLATE_REFRESH_NANOS = 60_000_000_000L;
    private final Map<String, Learned> boilerplate = new ConcurrentHashMap<>();

    @Inject
    TransactionSynchronizationRegistry transactions;

    @Inject
    public CorpusIndex(DedupConfig config) {
        this.config = config;
        this.judge = new ReprintJudge(rules(config), new MiniLmSentenceEmbedder());
        this.index = new ReprintIndex(judge, this::article);
        int cacheSize = config.articleCacheSize();
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<UUID, AnalysedArticle> eldest) {
                return size() > cacheSize;
            }
        });
    }

    static ReprintRules rules(DedupConfig config) {
        return new ReprintRules(config.nearDuplicate(), config.containment(), config.excerptWords(),
                config.unresolved(), config.sentenceCosine(), config.paraphraseCoverage(),
                config.paraphraseMinSentences(), config.spunDensity(), config.spunOverlap(), config.screenAmbiguous(),
                config.spread(), config.commonFingerprint());
    }

    public ReprintIndex index() {
        return index;
    }

    public ReprintJudge judge() {
        return judge;
    }

    /** Arbitrary constant naming dedup-service's corpus lock in {@code pg_advisory_xact_lock}. */
    private static final long CORPUS_LOCK = 0x5769726563686b44L;

    /** Takes the corpus lock, held until the transaction ends: every write to the corpus holds it. */
    public void lock() {
        ArticleEntity.getEntityManager().createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, CORPUS_LOCK).getSingleResult();
    }

    /** Replays the corpus changes this replica has not applied yet. */
    public synchronized void catchUp() {
        int applied = 0;
        while (true) {
            List<IndexEventEntity> events = IndexEventEntity.after(lastEvent, EVENT_BATCH);
            for (IndexEventEntity event : events) {
                if (IndexEventEntity.ADDED.equals(event.kind)) {
                    ArticleEntity article = ArticleEntity.findById(event.articleId);
                    if (article != null) {
                        index.add(article.id, article.publisher, article.fingerprints, article.anchors);
                    }
                } else {
                    index.remove(event.articleId);
                    cache.remove(event.articleId);
                }
                lastEvent = event.seq;
                applied++;
            }
            if (events.size() < EVENT_BATCH) {
                break;
            }
            ArticleEntity.getEntityManager().clear();
        }
        if (applied > 100) {
            LOG.infof("Index caught up with %d corpus changes; %d articles indexed", applied, index.size());
        }
    }

    /**
     * A batch catches up with its own uncommitted articles so that each sees the ones before it; should its transaction
     * roll back, the articles it added (the list as it stands then) are taken out of this replica's index again.
     */
    public void forgetOnRollback(List<UUID> added) {
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status != Status.STATUS_COMMITTED) {
                    for (UUID id : added) {
                        index.remove(id);
                        cache.remove(id);
                    }
                }
            }
        });
    }

    /** The stored article analysed with its publisher's boilerplate, or null if it was deleted. */
    public AnalysedArticle article(UUID id) {
        AnalysedArticle cached = cache.get(id);
        if (cached != null) {
            return cached;
        }
        ArticleEntity entity = ArticleEntity.findById(id);
        if (entity == null) {
            return null;
        }
        AnalysedArticle analysed = analyse(entity.body, entity.publisher);
        cache.put(id, analysed);
        return analysed;
    }

    /** Analyses a text with what its publisher is known to repeat. */
    public AnalysedArticle analyse(String text, String publisher) {
        return AnalysedArticle.of(text, learnedBoilerplate(publisher));
    }

    /**
     * The paragraphs of a publisher's article to count towards its boilerplate ({@link Boilerplate#paragraphsToCount}):
     * those it does not share with the same publisher's articles among {@code duplicated}, the earlier articles it
     * was found to duplicate (a version of its story filed again). None without a publisher.
     */
    public Set<Long> paragraphsToCount(AnalysedArticle article, String publisher,
            Collection<ArticleEntity> duplicated) {
        if (publisher == null) {
            return Set.of();
        }
        List<ArticleText> sameStory = duplicated.stream().filter(o -> publisher.equals(o.publisher))
                .map(o -> article(o.id)).filter(Objects::nonNull).map(AnalysedArticle::text).toList();
        return Boilerplate.paragraphsToCount(article.text(), sameStory);
    }

    /**
     * Counts an article's paragraphs ({@link Boilerplate#paragraphsToCount}) towards ({@code +1}) or, on delete, off
     * ({@code -1}) its publisher's boilerplate, and keeps this replica's copy of the publisher's boilerplate current.
     */
    public void learnBoilerplate(String publisher, Set<Long> paragraphs, int change) {
        if (publisher == null || publisher.isBlank()) {
            return;
        }
        boilerplateCounted(publisher, PublisherParagraphEntity.countArticle(publisher, paragraphs, change), change);
    }

    /** After an article's paragraphs were counted: the publisher's new counts (on {@code +1}) update this replica. */
    public void boilerplateCounted(String publisher, Map<Long, Integer> counts, int change) {
        if (publisher == null || publisher.isBlank()) {
            return;
        }
        Learned known = boilerplate.get(publisher);
        if (change < 0 || known == null) {
            boilerplate.remove(publisher);
            return;
        }
        counts.forEach((hash, count) -> {
            if (count >= config.boilerplateMinArticles()) {
                known.hashes.add(hash);
            }
        });
    }

    /**
     * A publisher's learned boilerplate as this replica knows it: read from PostgreSQL at most every
     * {@link #BOILERPLATE_REFRESH_NANOS}, and in between kept current by this replica's own counting. What another
     * replica learns reaches this one within that time; boilerplate only keeps chrome out of matching, so a paragraph
     * counted as boilerplate a little late changes no relation of substance.
     */
    private Boilerplate.PublisherBoilerplate learnedBoilerplate(String publisher) {
        if (publisher == null || publisher.isBlank()) {
            return Boilerplate.PublisherBoilerplate.NONE;
        }
        Learned known = boilerplate.get(publisher);
        if (known == null || System.nanoTime() - known.readAt > BOILERPLATE_REFRESH_NANOS) {
            Set<Long> hashes = ConcurrentHashMap.newKeySet();
            hashes.addAll(PublisherParagraphEntity.boilerplateOf(publisher, config.boilerplateMinArticles()));
            known = new Learned(hashes, System.nanoTime());
            boilerplate.put(publisher, known);
        }
        Set<Long> hashes = known.hashes;
        return hashes::contains;
    }

    private record Learned(Set<Long> hashes, long readAt) {
    }
}
