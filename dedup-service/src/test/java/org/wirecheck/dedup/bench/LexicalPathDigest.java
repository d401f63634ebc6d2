package org.wirecheck.dedup.bench;

import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

import org.wirecheck.dedup.engine.Passage;
import org.wirecheck.dedup.engine.Reprint;

/**
 * {@link LexicalPathBenchmark}'s stream of incoming articles through the lexical path, with a SHA-256 digest of every
 * result: each relation's article, relation, similarity, containments (their exact bits) and passages, in the order
 * reported. Two engines that give the same digest on the same stream found the same duplicates with the same
 * evidence; run it with one engine's main classes and the other's to check a change that should alter nothing.
 * <p>
 * {@code java ... org.wirecheck.dedup.bench.LexicalPathDigest [articles]} (default 60,000: past the 50,000 distinct
 * incoming articles, so exact copies of earlier ones are in it too).
 */
public final class LexicalPathDigest {

    private LexicalPathDigest() {
    }

    public static void main(String[] args) throws IOException, NoSuchAlgorithmException {
        int articles = args.length > 0 ? Integer.parseInt(args[0]) : 60_000;
        LexicalPathBenchmark state = new LexicalPathBenchmark();
        state.corpusSize = 10_000;
        state.setUp();
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        long relations = 0, passages = 0;
        int[] byRelation = new int[org.wirecheck.dedup.engine.Relation.values().length];
        for (int i = 0; i < articles; i++) {
            List<Reprint> found = state.wirecheckNext();
            update(digest, found.size());
            for (Reprint r : found) {
                relations++;
                byRelation[r.relation().ordinal()]++;
                update(digest, r.other().getMostSignificantBits());
                update(digest, r.other().getLeastSignificantBits());
                update(digest, r.relation().ordinal());
                update(digest, Double.doubleToLongBits(r.similarity()));
                update(digest, Double.doubleToLongBits(r.thisInOther()));
                update(digest, Double.doubleToLongBits(r.otherInThis()));
                update(digest, r.passages().size());
                for (Passage p : r.passages()) {
                    passages++;
                    update(digest, p.start());
                    update(digest, p.end());
                    update(digest, p.otherStart());
                    update(digest, p.otherEnd());
                }
            }
        }
        StringBuilder counts = new StringBuilder();
        for (org.wirecheck.dedup.engine.Relation relation : org.wirecheck.dedup.engine.Relation.values()) {
            counts.append(' ').append(relation).append(' ').append(byRelation[relation.ordinal()]);
        }
        System.out.printf("%d incoming articles: %d relations (%s), %d passages; digest %s%n", articles, relations,
                counts.toString().strip(), passages, HexFormat.of().formatHex(digest.digest()));
    }

    private static void update(MessageDigest digest, long value) {
        for (int k = 0; k < 8; k++) {
            digest.update((byte) (value >>> (8 * k)));
        }
    }
}
