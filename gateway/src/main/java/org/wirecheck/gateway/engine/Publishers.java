package org.wirecheck.gateway.engine;

import java.net.URI;
import java.text.Normalizer;
import java.util.Locale;

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

    /** The host of a url without "www." and port, lower-case; empty when the url has none. */
    public static String host(String url) {
        if (url == null || url.isBlank()) {
            return "";
        }
        try {
            String host = URI.create(url.strip()).getHost();
            if (host == null) {
                return "";
            }
            host = host.toLowerCase(Locale.ROOT);
            return host.startsWith("www.") ? host.substring(4) : host;
        } catch (IllegalArgumentException e) {
            return "";
        }
    }

    /** True when {@code host} is {@code domain} or one of its subdomains. */
    public static boolean sameSite(String host, String domain) {
        if (host.isEmpty() || domain == null || domain.isBlank()) {
            return false;
        }
        String d = domain.strip().toLowerCase(Locale.ROOT);
        d = d.startsWith("www.") ? d.substring(4) : d;
        return host.equals(d) || host.endsWith("." + d);
    }
}
