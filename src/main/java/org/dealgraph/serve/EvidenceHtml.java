package org.dealgraph.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.PROV;

/**
 * The evidence of a fact as HTML: each sentence with the span that states the fact marked ({@code <mark>}),
 * then its article's page and the article's address when known. Everything from the data is escaped.
 */
final class EvidenceHtml {

    private final NodeText text;

    EvidenceHtml(NodeText text) {
        this.text = text;
    }

    /** The evidence of {@code holder} as a list; the first {@code shown} sentences open, the rest folded. */
    String list(Node holder, int shown) {
        List<Node> evidence = text.values(holder, DG.evidence);
        if (evidence.isEmpty()) {
            return "";
        }
        StringBuilder html = new StringBuilder("<ul class=\"evidence\">");
        for (int i = 0; i < Math.min(shown, evidence.size()); i++) {
            html.append(item(evidence.get(i)));
        }
        html.append("</ul>\n");
        if (evidence.size() > shown) {
            int folded = evidence.size() - shown;
            html.append("<details><summary>").append(folded).append(shown == 0 ? " sentence" : " more sentence")
                    .append(folded == 1 ? "" : "s").append("</summary><ul class=\"evidence\">");
            evidence.subList(shown, evidence.size()).forEach(e -> html.append(item(e)));
            html.append("</ul></details>\n");
        }
        return html.toString();
    }

    /** One sentence, its stated span marked, and where it comes from. */
    String item(Node evidence) {
        StringBuilder html = new StringBuilder("<li><blockquote>")
                .append(marked(literal(evidence, DG.sentenceText).orElse(""), literal(evidence, OA.exact).orElse("")))
                .append("</blockquote>");
        text.value(evidence, PROV.wasDerivedFrom).ifPresent(article -> {
            html.append("<span class=\"source\">from ").append(text.html(article));
            text.value(article, SchemaDO.url).ifPresent(url -> html.append(" · ")
                    .append(Html.link(url.isURI() ? url.getURI() : url.getLiteralLexicalForm(), "source")));
            html.append("</span>");
        });
        return html.append("</li>").toString();
    }

    /** The sentence with the first occurrence of the span in it marked; the sentence alone when it has none. */
    static String marked(String sentence, String span) {
        int at = span.isBlank() ? -1 : sentence.indexOf(span);
        if (at < 0) {
            return Html.escape(sentence);
        }
        return Html.escape(sentence.substring(0, at)) + "<mark>" + Html.escape(span) + "</mark>"
                + Html.escape(sentence.substring(at + span.length()));
    }

    private Optional<String> literal(Node subject, Property property) {
        return text.value(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
