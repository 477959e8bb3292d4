package org.dealgraph.serve;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.export.PropertyGraphReader;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.rdf.PROV;

/**
 * One fact as the graph view's panel shows it ({@code /api/fact?iri=FACT}): its kind in words, its parties
 * with their roles, its amounts in words and in figures, its title, date and status, and each evidence
 * sentence with where the stated span lies in it ({@code markStart}, {@code markEnd}: character offsets into
 * {@code sentence}, or -1 when the span is not found in the sentence) and the article it comes from, with
 * the article's page here and its source address. Empty when the IRI is no fact of the store.
 */
final class FactDetails {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final Describer describer;
    private final IriSpace space;

    FactDetails(Describer describer, IriSpace space) {
        this.describer = describer;
        this.space = space;
    }

    /** The fact {@code iri}, or empty when the store has no fact of that IRI. */
    Optional<ObjectNode> of(String iri) {
        Node fact = NodeFactory.createURI(iri);
        Graph graph = describer.describe(fact);
        NodeText text = new NodeText(graph, space, PrefixMapping.Standard);
        Optional<FactKind> kind = kind(graph, fact);
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        KindTerms terms = KindTerms.of(kind.get());
        ObjectNode json = JSON.objectNode().put("iri", iri).put("href", space.link(iri).orElse(""))
                .put("kind", kind.get().edge()).put("kindName", kind.get().noun());
        ArrayNode parties = json.putArray("parties");
        terms.arguments().forEach((role, property) -> text.values(fact, property).forEach(party -> parties.addObject()
                .put("role", role).put("iri", party.isURI() ? party.getURI() : "").put("label", text.name(party))
                .put("href", party.isURI() ? space.link(party.getURI()).orElse("") : "")));
        ArrayNode amounts = json.putArray("amounts");
        for (Property property : terms.amounts()) {
            text.values(fact, property).forEach(amount -> amounts.add(amount(text, property, amount)));
        }
        text.value(fact, SchemaDO.roleName).or(() -> title(text, fact, terms))
                .filter(Node::isLiteral).ifPresent(t -> json.put("title", t.getLiteralLexicalForm()));
        text.date(fact).ifPresent(d -> json.put("date", d.getLiteralLexicalForm())
                .put("dateText", NodeText.literal(d)));
        text.value(fact, DG.status).filter(Node::isURI)
                .ifPresent(s -> json.put("status", PropertyGraphReader.words(s.getLocalName())));
        ArrayNode evidence = json.putArray("evidence");
        text.values(fact, DG.evidence).forEach(e -> evidence.add(evidence(text, e)));
        return Optional.of(json);
    }

    private static Optional<FactKind> kind(Graph graph, Node fact) {
        List<Node> types = graph.find(fact, RDF.type.asNode(), Node.ANY).mapWith(t -> t.getObject()).toList();
        return Arrays.stream(FactKind.values()).filter(k -> types.contains(KindTerms.of(k).type().asNode()))
                .findFirst();
    }

    private static Optional<Node> title(NodeText text, Node fact, KindTerms terms) {
        return terms.edge().title().flatMap(p -> text.value(fact, p));
    }

    private ObjectNode amount(NodeText text, Property property, Node amount) {
        ObjectNode json = JSON.objectNode().put("role", PropertyGraphReader.words(property.getLocalName()))
                .put("text", text.amount(amount));
        text.value(amount, SchemaDO.value).filter(Node::isLiteral)
                .ifPresent(v -> json.put("value", v.getLiteralLexicalForm()));
        text.value(amount, SchemaDO.currency).filter(Node::isLiteral)
                .ifPresent(c -> json.put("currency", c.getLiteralLexicalForm()));
        return json;
    }

    private ObjectNode evidence(NodeText text, Node evidence) {
        String sentence = literal(text, evidence, DG.sentenceText).orElse("");
        String exact = literal(text, evidence, OA.exact).orElse("");
        int start = exact.isEmpty() ? -1 : sentence.indexOf(exact);
        ObjectNode json = JSON.objectNode().put("sentence", sentence).put("exact", exact)
                .put("markStart", start).put("markEnd", start < 0 ? -1 : start + exact.length());
        text.value(evidence, PROV.wasDerivedFrom).filter(Node::isURI).ifPresent(article -> {
            ObjectNode from = json.putObject("article").put("iri", article.getURI())
                    .put("title", text.name(article)).put("href", space.link(article.getURI()).orElse(""));
            text.value(article, SchemaDO.url).ifPresent(url -> from.put("url",
                    url.isURI() ? url.getURI() : url.getLiteralLexicalForm()));
        });
        return json;
    }

    private static Optional<String> literal(NodeText text, Node subject, Property property) {
        return text.value(subject, property).filter(Node::isLiteral).map(Node::getLiteralLexicalForm);
    }
}
