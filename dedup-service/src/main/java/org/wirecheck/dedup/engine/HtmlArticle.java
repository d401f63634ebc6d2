package org.wirecheck.dedup.engine;

import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.wirecheck.common.text.SoftBreaks;

/**
 * The visible text of an HTML page, one paragraph per block element, separated by blank lines. Scripts, styles and
 * templates are dropped; navigation and footers are kept, because telling chrome from copy is the boilerplate
 * learner's job, and the offsets a report gives must refer to this text.
 */
public final class HtmlArticle {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "blockquote", "article", "section", "header", "footer", "nav", "aside", "tr", "table", "pre",
            "figure", "figcaption", "dd", "dt", "main", "form", "hr", "address");

    private HtmlArticle() {
    }

    public static String text(String html) {
        Document document = Jsoup.parse(html);
        document.select("script, style, noscript, template, head").remove();
        StringBuilder out = new StringBuilder();
        document.body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String s = text.text();
                    if (!s.isBlank()) {
                        if (!out.isEmpty() && !Character.isWhitespace(out.charAt(out.length() - 1))
                                && Character.isWhitespace(s.charAt(0))) {
                            out.append(' ');
                        }
                        out.append(s.strip());
                        if (Character.isWhitespace(s.charAt(s.length() - 1))) {
                            out.append(' ');
                        }
                    }
                } else if (node instanceof Element e && e.normalName().equals("br")) {
                    out.append('\n');
                } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    paragraphBreak(out);
                }
            }
        });
        // jsoup reads "&#0;" as U+0000, which PostgreSQL cannot store; the HTML standard makes it U+FFFD. Soft
        // hyphens and zero-width spaces inside words are not read (SoftBreaks).
        return SoftBreaks.remove(out.toString().replaceAll("[ \\t]+\\n", "\n").strip().replace('\0', '\uFFFD'));
    }

    private static void paragraphBreak(StringBuilder out) {
        int end = out.length();
        while (end > 0 && out.charAt(end - 1) == ' ') {
            end--;
        }
        out.setLength(end);
        // The last two chars, not out.toString(): that copied the whole text at every block element.
        if (out.isEmpty() || end >= 2 && out.charAt(end - 1) == '\n' && out.charAt(end - 2) == '\n') {
            return;
        }
        out.append(out.charAt(out.length() - 1) == '\n' ? "\n" : "\n\n");
    }
}
