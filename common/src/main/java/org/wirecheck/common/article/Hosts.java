package org.wirecheck.common.article;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * Host names as every service compares them: lower case, without a leading "www.", and in their ASCII (IDNA) form,
 * so a Russian, Persian or Arabic domain written in its own script ("https://пример.рф/…", as feeds and editors copy
 * it) is the same host as its punycode ("xn--e1afmkfd.xn--p1ai"). {@link URI#getHost()} alone answers null for a
 * host that is not ASCII, which made the gateway refuse such urls and the publisher registry miss their domains.
 */
public final class Hosts {

    private Hosts() {
    }

    /**
     * The host of an absolute hierarchical url ("scheme://host/…"); empty when it has none (an opaque "urn:…", a
     * relative or malformed url).
     */
    public static Optional<String> ofUrl(String url) {
        if (url == null) {
            return Optional.empty();
        }
        String s = url.strip();
        int slashes = s.indexOf("://");
        if (slashes <= 0) {
            return Optional.empty();
        }
        int start = slashes + 3;
        int end = start;
        while (end < s.length() && "/?#".indexOf(s.charAt(end)) < 0) {
            end++;
        }
        int hostStart = s.lastIndexOf('@', end - 1) + 1;
        if (hostStart < start) {
            hostStart = start;
        }
        int hostEnd = end;
        if (s.startsWith("[", hostStart)) {
            // An IPv6 literal: its colons are not a port.
            hostEnd = s.indexOf(']', hostStart) + 1;
            if (hostEnd <= 0 || hostEnd > end) {
                return Optional.empty();
            }
        } else {
            int colon = s.lastIndexOf(':', end - 1);
            if (colon >= hostStart) {
                hostEnd = colon;
            }
        }
        Optional<String> ascii = ascii(s.substring(hostStart, hostEnd));
        if (ascii.isEmpty()) {
            return Optional.empty();
        }
        try {
            // The rest of the url (path, query, fragment may hold any letters) is checked by URI with the ASCII host.
            String host = new URI(s.substring(0, hostStart) + ascii.get() + s.substring(hostEnd)).getHost();
            return host == null ? Optional.empty() : Optional.of(withoutWww(host.toLowerCase(Locale.ROOT)));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }

    /** A host name given alone ("Пример.РФ", "www.example.org"), in the same form as {@link #ofUrl}. */
    public static Optional<String> ofName(String name) {
        return name == null ? Optional.empty() : ascii(name.strip()).map(h -> withoutWww(h.toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> ascii(String host) {
        if (host.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(IDN.toASCII(host, IDN.ALLOW_UNASSIGNED));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String withoutWww(String host) {
        return host.startsWith("www.") ? host.substring(4) : host;
    }
}
