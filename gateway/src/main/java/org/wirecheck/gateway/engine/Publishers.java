package org.wirecheck.gateway.engine;

import java.text.Normalizer;
import java.util.Locale;

import org.wirecheck.common.article.Hosts;

/** How the gateway compares publisher names and article hosts. */
public final class Publishers {

    private Publishers() {
    }

    /**
     * A publisher name reduced for comparison: accents, case, punctuation and a leading "the" removed, so "The
     * Associated Press", "associated press" and "Associated Press." compare equal.
     */
    public static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "")
                .toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
        return folded.startsWith("the ") ? folded.substring(4) : folded;
    }

    /**
     * The host of a url without "www." and port, lower-case, in its ASCII form ({@link Hosts}); empty when the url has
     * none.
     */
    public static String host(String url) {
        return Hosts.ofUrl(url).orElse("");
    }

    /** True when {@code host} is {@code domain} or one of its subdomains. */
    public static boolean sameSite(String host, String domain) {
        if (host.isEmpty() || domain == null || domain.isBlank()) {
            return false;
        }
        return Hosts.ofName(domain).map(d -> host.equals(d) || host.endsWith("." + d)).orElse(false);
    }
}
