package org.dealgraph.export;

import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Property;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.KindTerms;

/**
 * The query that reads the property graph's edges ({@code edges.rq}), with one branch per kind of fact made from
 * the registry ({@link FactKind#edge()}, {@link FactKind#directed()}) and the kind's RDF terms
 * ({@link KindTerms#edge()}), so that a new kind of fact needs no edit here.
 */
final class EdgeQuery {

    private static final String MARK = "#KINDS\n";

    private EdgeQuery() {
    }

    /** The query, parsed. */
    static Query query() {
        return QueryFactory.create(text());
    }

    /** The text of the query, its branches filled in. */
    static String text() {
        String template = SparqlFiles.text("edges.rq");
        if (!template.contains(MARK)) {
            throw new IllegalStateException("edges.rq has no line " + MARK.strip());
        }
        List<String> branches = new ArrayList<>();
        for (FactKind kind : FactKind.values()) {
            branches.add(branch(kind));
        }
        return template.replace(MARK, "  {\n" + String.join("  } UNION {\n", branches) + "  }\n");
    }

    private static String branch(FactKind kind) {
        KindTerms terms = KindTerms.of(kind);
        KindTerms.Edge edge = terms.edge();
        StringBuilder b = new StringBuilder("    ?fact a " + iri(terms.type().getURI()) + " ; ");
        if (kind.directed()) {
            b.append(iri(edge.source())).append(" ?source ; ").append(iri(edge.target())).append(" ?target .\n");
        } else if (edge.source().equals(edge.target())) {
            b.append(iri(edge.source())).append(" ?source , ?target .\n")
                    .append("    FILTER (STR(?source) < STR(?target))\n");
        } else {
            b.append(iri(edge.source())).append(" ?one ; ").append(iri(edge.target())).append(" ?other .\n")
                    .append("    BIND (IF(STR(?one) < STR(?other), ?one, ?other) AS ?source)\n")
                    .append("    BIND (IF(STR(?one) < STR(?other), ?other, ?one) AS ?target)\n");
        }
        edge.amount().ifPresent(p -> b.append("    OPTIONAL { ?fact ").append(iri(p))
                .append(" ?money . ?money schema:value ?amount ; schema:currency ?currency }\n"));
        edge.title().ifPresent(p -> b.append("    OPTIONAL { ?fact ").append(iri(p)).append(" ?title }\n"));
        return b.append("    BIND (\"").append(kind.edge()).append("\" AS ?kind)\n").toString();
    }

    private static String iri(Property p) {
        return iri(p.getURI());
    }

    private static String iri(String uri) {
        return "<" + uri + ">";
    }
}
