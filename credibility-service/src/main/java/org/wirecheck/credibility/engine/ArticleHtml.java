package org.wirecheck.credibility.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.wirecheck.common.text.SoftBreaks;

/**
 * Turns an HTML page into the visible text the engine reads, one line per block element, so paragraphs, bylines and
 * credit lines stay on lines of their own. Scripts, styles and templates are dropped.
 */
public final class ArticleHtml {

    private ArticleHtml() {
    }

    public static String text(String html) {
        if (html == null) {
            throw new IllegalArgumentException("HTML must not be null");
        }
        Document doc = Jsoup.parse(html);
        doc.select("script, style, noscript, template, head").remove();
        StringBuilder sb = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    sb.append(t.getWholeText().replaceAll("[\\s&&[^\\u00A0]]+", " "));
                } else if (node instanceof Element e && (e.isBlock() || e.normalName().equals("br"))) {
                    sb.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && e.isBlock()) {
                    sb.append('\n');
                }
            }
        }, doc.body());
        // jsoup reads "&#0;" as U+0000, which PostgreSQL cannot store; the HTML standard makes it U+FFFD. Soft
        // hyphens and zero-width spaces inside words are not read (SoftBreaks).
        return SoftBreaks.remove(sb.toString().replaceAll("[ \\t]*\\n[ \\t]*", "\n").replaceAll("\\n{2,}", "\n")
                .strip().replace('\0', '\uFFFD'));
    }
}
