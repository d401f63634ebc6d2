package org.wirecheck.common.article;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class HostsTest {

    @Test
    void asciiHostsAreLowerCaseWithoutWwwOrPort() {
        assertEquals(Optional.of("voanews.com"), Hosts.ofUrl("https://www.VOANews.com/a/story.html"));
        assertEquals(Optional.of("example.org"), Hosts.ofUrl(" http://user:pw@example.org:8080/x?y=1#z "));
        assertEquals(Optional.of("[::1]"), Hosts.ofUrl("http://[::1]:8080/x"));
        assertEquals(Optional.of("rferl.org"), Hosts.ofUrl("https://rferl.org"));
    }

    @Test
    void hostsInTheirOwnScriptAreTheirAsciiForm() {
        assertEquals(Optional.of("xn--e1afmkfd.xn--p1ai"), Hosts.ofUrl("https://пример.рф/статья?q=ä#x"));
        assertEquals(Hosts.ofUrl("https://xn--e1afmkfd.xn--p1ai/"), Hosts.ofUrl("https://Пример.РФ"));
        assertEquals(Optional.of("xn--mgbh0fb.xn--kgbechtv"), Hosts.ofUrl("http://مثال.إختبار/خبر"));
        assertEquals(Optional.of("xn--e1afmkfd.xn--p1ai"), Hosts.ofName("www.Пример.рф"));
        // An ASCII host with a path in another script, as Afghan sites' slugs are.
        assertEquals(Optional.of("8am.media"), Hosts.ofUrl("https://8am.media/fa/گزارش-سیلاب"));
    }

    @Test
    void urlsWithoutAHostHaveNone() {
        assertEquals(Optional.empty(), Hosts.ofUrl("urn:sha256:abc"));
        assertEquals(Optional.empty(), Hosts.ofUrl("/a/b"));
        assertEquals(Optional.empty(), Hosts.ofUrl("https:///path"));
        assertEquals(Optional.empty(), Hosts.ofUrl("https://exa mple.org/"));
        assertEquals(Optional.empty(), Hosts.ofUrl("https://x.org/a b"));
        assertEquals(Optional.empty(), Hosts.ofUrl("not a url at all ::"));
        assertEquals(Optional.empty(), Hosts.ofUrl(null));
        assertEquals(Optional.empty(), Hosts.ofUrl("https://[::1/x"));
        assertEquals(Optional.empty(), Hosts.ofName(""));
    }
}
