package org.dealgraph.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.DataFile;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The plain text of an HTML element, in {@link PlainText}'s shape: every block element (paragraph,
 * heading, list item, quotation, division…) starts and ends a paragraph, inline markup disappears, and
 * page furniture is left out: navigation, header, footer, asides, scripts, styles, forms, figures and
 * their captions, the {@code <h1>} headline (the article's title, not its text), as the data file
 * {@code html-elements.tsv} lists them, bylines (class {@code byline}) and a {@code <time>} standing on its
 * own as a dateline.
 */
final class BlockText {

    private static final String FILE = "/org/dealgraph/read/html-elements.tsv";
    /** Elements with a role ({@code html-elements.tsv}): "furniture" or "prose-block". */
    private static final Map<String, String> ROLES = DataFile.pairs(FILE, Column.required("element"),
            Column.required("role").oneOf(List.of("furniture", "prose-block")));

    private BlockText() {
    }

    /** The paragraphs of {@code root}, joined by blank lines. */
    static String of(Element root) {
        Collector collector = new Collector();
        NodeTraversor.filter(collector, root);
        collector.endParagraph();
        return PlainText.join(collector.paragraphs);
    }

    /**
     * Whether {@code element} is a {@code <time>} standing alone between blocks (a dateline such as
     * {@code <article><h1>…</h1><time>2024-01-20</time><p>…}), not a date inside a sentence.
     */
    private static boolean isDateline(Element element) {
        if (!element.normalName().equals("time")) {
            return false;
        }
        Element parent = element.parent();
        boolean inProse = parent != null && "prose-block".equals(ROLES.get(parent.normalName()));
        return !inProse && isBlankOrBlock(element.previousSibling()) && isBlankOrBlock(element.nextSibling());
    }

    private static boolean isBlankOrBlock(Node sibling) {
        return sibling == null
                || sibling instanceof TextNode text && text.isBlank()
                || sibling instanceof Element element && element.tag().isBlock();
    }

    /** Walks the tree, gathering inline text into the paragraph under way. */
    private static final class Collector implements NodeFilter {

        private final List<String> paragraphs = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                current.append(text.getWholeText());
            } else if (node instanceof Element element) {
                if ("furniture".equals(ROLES.get(element.normalName())) || element.hasClass("byline") || isDateline(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (element.normalName().equals("br")) {
                    current.append(' ');
                } else if (element.tag().isBlock()) {
                    endParagraph();
                }
            }
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element.tag().isBlock()) {
                endParagraph();
            }
            return FilterResult.CONTINUE;
        }

        void endParagraph() {
            String paragraph = PlainText.collapse(current.toString());
            if (!paragraph.isEmpty()) {
                paragraphs.add(paragraph);
            }
            current.setLength(0);
        }
    }
}
