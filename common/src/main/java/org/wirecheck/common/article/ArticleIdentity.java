package org.wirecheck.common.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.UUID;

/**
 * The identity of an article across all Wirecheck services: the same url with the same content is the same article.
 * Every service derives the id with this one function, so the gateway can call dedup-service and credibility-service
 * in parallel and both file their results under the same {@code articleId}, and a repost (HTTP retry, Kafka
 * redelivery) lands on the row it already made.
 * <p>
 * "Same content" is the text after Unicode NFC and white-space folding: a repost that differs only in line breaks or
 * a no-break space is the same article; any change of a word is a new one.
 */
public final class ArticleIdentity {

    private ArticleIdentity() {
    }

    /** SHA-256 (hex) of the text in NFC with every run of white space (including U+00A0) folded to one space. */
    public static String contentHash(String text) {
        String folded = Normalizer.normalize(text, Normalizer.Form.NFC)
                .replaceAll("[\\s\\u00A0\\u2007\\u202F]+", " ")
                .strip();
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(folded.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** A name-based (version 3) UUID of the url and the content hash. */
    public static UUID articleId(String url, String text) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("An article needs a url to have an identity");
        }
        return UUID.nameUUIDFromBytes((url.strip() + "\n" + contentHash(text)).getBytes(StandardCharsets.UTF_8));
    }
}
