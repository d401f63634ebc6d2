package org.wirecheck.gateway.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.wirecheck.common.text.SoftBreaks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Takes an article page apart: its main text, and the metadata the page declares about itself — from JSON-LD
 * ({@code NewsArticle} and its kin), then OpenGraph and {@code article:*} properties, then plain meta tags and
 * {@code <title>}, first found wins.
 * <p>
 * The main text is the {@code <article>} element, or the {@code itemprop=articleBody} one, or else the element whose
 * own paragraphs hold the most text (navigation, headers, footers, asides, forms and scripts removed first). It is
 * written as one block per paragraph, heading or list item, separated by blank lines, so paragraph structure survives
 * for dedup-service's alignment and credibility-service's quote detection.
 */
public final class ArticleExtractor {

    /** What a page says about itself; any field may be null. */
    public record ExtractedArticle(String text, String title, String byline, String publishedAt, String publisher) {

        /**
         * jsoup reads "&#0;" as U+0000, which PostgreSQL cannot store; the HTML standard makes it U+FFFD. Soft hyphens
         * and zero-width spaces inside words are invisible, and are not read ({@link SoftBreaks}).
         */
        public ExtractedArticle {
            text = readable(text);
            title = readable(title);
            byline = readable(byline);
            publishedAt = readable(publishedAt);
            publisher = readable(publisher);
        }

        private static String readable(String value) {
            return value == null ? null : SoftBreaks.remove(value.replace('\0', '\uFFFD'));
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BLOCKS = "p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption";

    public ExtractedArticle extract(String html) {
        Document page = Jsoup.parse(html);
        JsonNode ld = newsArticleJsonLd(page);
        String title = first(text(ld, "headline"), meta(page, "og:title"), meta(page, "twitter:title"),
                page.title().isBlank() ? null : page.title().strip());
        String byline = first(author(ld), meta(page, "article:author"), meta(page, "author"), meta(page, "byl"),
                meta(page, "parsely-author"));
        String publishedAt = first(text(ld, "datePublished"), meta(page, "article:published_time"),
                meta(page, "date"), meta(page, "pubdate"), meta(page, "parsely-pub-date"), meta(page, "dc.date"),
                timeElement(page));
        String publisher = first(ld == null ? null : text(ld.path("publisher"), "name"), meta(page, "og:site_name"),
                meta(page, "application-name"));
        return new ExtractedArticle(mainText(page), title, byline, publishedAt, publisher);
    }

    private static String mainText(Document page) {
        page.select("script, style, noscript, template, nav, header, footer, aside, form, iframe, svg, "
                + "[role=navigation], [role=banner], [role=contentinfo], [aria-hidden=true]").remove();
        Element root = page.selectFirst("[itemprop=articleBody]");
        if (root == null) {
            Elements articles = page.select("article");
            root = articles.size() == 1 ? articles.first() : null;
        }
        if (root == null) {
            root = densestContainer(page);
        }
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            if (hasBlockAncestor(block, root)) {
                continue; // written whole as part of its enclosing list item, quote or paragraph
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty()) {
            return root.wholeText().replaceAll("[ \\t\\x0B\\f\\r]+", " ")
                    .replaceAll("\\s*\\n\\s*(\\n\\s*)+", "\n\n").strip();
        }
        return String.join("\n\n", blocks);
    }

    private static boolean hasBlockAncestor(Element block, Element root) {
        for (Element parent = block.parent(); parent != null && parent != root; parent = parent.parent()) {
            if (parent.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    /** The element whose direct paragraph children hold the most text; the body when there are no paragraphs. */
    private static Element densestContainer(Document page) {
        Element best = page.body();
        int bestLength = 0;
        for (Element p : page.select("p")) {
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            int length = 0;
            for (Element child : parent.children()) {
                if (child.is("p")) {
                    length += child.text().length();
                }
            }
            if (length > bestLength) {
                bestLength = length;
                best = parent;
            }
        }
        return best;
    }

    private static JsonNode newsArticleJsonLd(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode found = findArticle(JSON.readTree(script.data()));
                if (found != null) {
                    return found;
                }
            } catch (Exception e) {
                // A broken JSON-LD block is common on real pages; the other sources still apply.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (node.has("@graph")) {
            return findArticle(node.get("@graph"));
        }
        JsonNode type = node.path("@type");
        List<String> types = new ArrayList<>();
        if (type.isArray()) {
            type.forEach(t -> types.add(t.asText()));
        } else {
            types.add(type.asText());
        }
        for (String t : types) {
            if (t.toLowerCase(Locale.ROOT).endsWith("article") || t.equals("BlogPosting")
                    || t.equals("ReportageNewsArticle")) {
                return node;
            }
        }
        return null;
    }

    private static String author(JsonNode ld) {
        if (ld == null || !ld.has("author")) {
            return null;
        }
        JsonNode author = ld.get("author");
        List<String> names = new ArrayList<>();
        for (JsonNode a : author.isArray() ? author : List.of(author)) {
            String name = a.isTextual() ? a.asText() : a.path("name").asText(null);
            if (name != null && !name.isBlank()) {
                names.add(name.strip());
            }
        }
        return names.isEmpty() ? null : String.join(", ", names);
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.path(field);
        return value.isTextual() && !value.asText().isBlank() ? value.asText().strip() : null;
    }

    private static String meta(Document page, String name) {
        Element meta = page.selectFirst("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "]");
        if (meta == null) {
            return null;
        }
        String content = meta.attr("content").strip();
        return content.isEmpty() ? null : content;
    }

    private static String timeElement(Document page) {
        Element time = page.selectFirst("time[datetime]");
        return time == null ? null : time.attr("datetime").strip();
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }
}
