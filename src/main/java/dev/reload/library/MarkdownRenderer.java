package dev.reload.library;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.safety.Safelist;
import org.jsoup.select.NodeTraversor;

/**
 * Turns a page's Markdown body into safe HTML: commonmark with its table and heading-anchor
 * extensions (raw HTML is escaped, unsafe link schemes dropped), then jsoup's relaxed safelist
 * with heading ids and table alignment kept, so that nothing but text, links, lists, tables and
 * headings can reach a page even if a file held more. A citation {@code [3]} becomes a link to the
 * page's source 3 ({@code #source-3}).
 */
final class MarkdownRenderer {

    /** A rendered body: the HTML, its {@code ##} headings and the highest source number it cites. */
    record Rendered(String html, List<Heading> headings, int highestCitation) {}

    private static final Pattern CITATION = Pattern.compile("\\[(\\d{1,3})]");

    /** Only for resolving relative links while cleaning; it never appears in the output. */
    private static final String BASE_URI = "https://library.reload.invalid/";

    private final Parser parser;
    private final HtmlRenderer renderer;
    private final Safelist safelist;

    MarkdownRenderer() {
        List<Extension> extensions = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
        parser = Parser.builder().extensions(extensions).build();
        renderer = HtmlRenderer.builder()
                .extensions(extensions)
                .escapeHtml(true)
                .sanitizeUrls(true)
                .build();
        safelist = Safelist.relaxed()
                .removeTags("img")
                .addAttributes("h2", "id")
                .addAttributes("h3", "id")
                .addAttributes("h4", "id")
                .addAttributes("th", "align")
                .addAttributes("td", "align")
                .preserveRelativeLinks(true);
    }

    Rendered render(String markdown) {
        String raw = renderer.render(parser.parse(markdown));
        String clean = Jsoup.clean(raw, BASE_URI, safelist, new Document.OutputSettings().prettyPrint(false));
        Document document = Jsoup.parseBodyFragment(clean);
        document.outputSettings().prettyPrint(false);
        int highest = linkCitations(document.body());
        List<Heading> headings = new ArrayList<>();
        for (Element h2 : document.body().select("h2[id]")) {
            headings.add(new Heading(h2.id(), h2.text()));
        }
        return new Rendered(document.body().html(), headings, highest);
    }

    /** Makes each {@code [n]} outside links and code a link to source n; answers the highest n. */
    private static int linkCitations(Element body) {
        List<TextNode> texts = new ArrayList<>();
        NodeTraversor.traverse(
                (node, depth) -> {
                    if (node instanceof TextNode text && !insideLinkOrCode(text)) {
                        texts.add(text);
                    }
                },
                body);
        int highest = 0;
        for (TextNode text : texts) {
            String value = text.getWholeText();
            Matcher matcher = CITATION.matcher(value);
            if (!matcher.find()) {
                continue;
            }
            List<Node> parts = new ArrayList<>();
            int from = 0;
            do {
                int number = Integer.parseInt(matcher.group(1));
                highest = Math.max(highest, number);
                parts.add(new TextNode(value.substring(from, matcher.start())));
                Element link = new Element("a")
                        .attr("href", "#source-" + number)
                        .addClass("citation")
                        .attr("aria-label", "source " + number)
                        .text("[" + number + "]");
                parts.add(link);
                from = matcher.end();
            } while (matcher.find());
            parts.add(new TextNode(value.substring(from)));
            for (Node part : parts) {
                text.before(part);
            }
            text.remove();
        }
        return highest;
    }

    private static boolean insideLinkOrCode(Node node) {
        for (Node parent = node.parent(); parent != null; parent = parent.parent()) {
            if (parent instanceof Element element && (element.nameIs("a") || element.nameIs("code"))) {
                return true;
            }
        }
        return false;
    }
}
