package org.dealgraph.serve;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;

/**
 * A fact in words: its kind's noun, its title ("Northwind – Acme deal, $38 billion, November 2025", after
 * {@code fact-titles.tsv}), its amount, month and status.
 */
final class FactWords {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final Map<String, String> TITLES = titles();

    private final Graph graph;
    private final NodeText text;

    FactWords(Graph graph, NodeText text) {
        this.graph = graph;
        this.text = text;
    }

    /** The kind of fact whose class the node has, if any. */
    Optional<FactKind> kind(Node fact) {
        return Arrays.stream(FactKind.values())
                .filter(k -> graph.contains(fact, RDF.type.asNode(), KindTerms.of(k).type().asNode()))
                .findFirst();
    }

    /** The kind's noun ("funding round"), or "fact". */
    String noun(Node fact) {
        return kind(fact).map(FactKind::noun).orElse("fact");
    }

    /** The title: who did what, then the amount and the month when known. */
    String title(Node fact) {
        StringBuilder title = new StringBuilder(undatedTitle(fact));
        text.date(fact).flatMap(Words::month).ifPresent(m -> title.append(", ").append(m));
        return title.toString();
    }

    /** The title without the month, for lists that show it apart. */
    String undatedTitle(Node fact) {
        Optional<FactKind> kind = kind(fact);
        StringBuilder title = new StringBuilder(kind.map(k -> who(fact, k)).orElseGet(() -> text.name(fact)));
        amount(fact).ifPresent(a -> title.append(", ").append(text.amount(a)));
        return title.toString();
    }

    /** The first amount of money the fact states (a deal's value, an investment's amount…). */
    Optional<Node> amount(Node fact) {
        return kind(fact).stream().flatMap(k -> KindTerms.of(k).amounts().stream())
                .flatMap(p -> text.values(fact, p).stream()).findFirst();
    }

    /** The status in words ("in talks"), when stated. */
    Optional<String> status(Node fact) {
        return text.value(fact, DG.status).filter(Node::isURI).map(s -> Words.ofIri(s.getURI()));
    }

    /** The names of the entities in each role, after the kind's template. */
    private String who(Node fact, FactKind kind) {
        KindTerms terms = KindTerms.of(kind);
        String template = TITLES.get(kind.name());
        if (template == null) {
            String names = terms.arguments().values().stream().distinct().flatMap(p -> names(fact, p).stream())
                    .collect(Collectors.joining(" – "));
            return (names + " " + kind.noun()).strip();
        }
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Property argument = terms.arguments().get(m.group(1));
            String value = argument != null ? String.join(" – ", names(fact, argument))
                    : literal(fact, terms, m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        m.appendTail(out);
        return out.toString().replaceAll("\\s+", " ").replaceAll(" ,", ",").replaceAll("^, |, of ", " of ").strip();
    }

    private List<String> names(Node fact, Property argument) {
        Set<String> names = new LinkedHashSet<>();
        text.values(fact, argument).forEach(n -> names.add(text.name(n)));
        return new ArrayList<>(names);
    }

    private String literal(Node fact, KindTerms terms, String localName) {
        return terms.literals().keySet().stream().filter(p -> p.getLocalName().equals(localName)).findFirst()
                .flatMap(p -> text.value(fact, p)).filter(Node::isLiteral).map(NodeText::literal).orElse("");
    }

    private static Map<String, String> titles() {
        return TextFiles.text("fact-titles.tsv").lines().filter(l -> !l.isBlank() && !l.startsWith("#"))
                .map(l -> l.split("\t", 2)).filter(p -> p.length == 2)
                .collect(Collectors.toUnmodifiableMap(p -> p[0].strip(), p -> p[1].strip()));
    }
}
