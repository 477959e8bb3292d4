package org.dealgraph.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.apache.jena.graph.Node;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingFactory;
import org.apache.jena.sparql.syntax.Element;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.syntaxtransform.ElementTransformCopyBase;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.dealgraph.store.ArticleStore;

/**
 * One organization a lookup query is asked about: its IRI and its preferred name. A query file about one
 * organization names it in a one-row {@code VALUES} block; {@link #bind} puts this organization there, as
 * a node in the parsed query, never as text.
 */
record Lookup(Node iri, Node name) {

    private static final String ORGANIZATIONS = """
            PREFIX dg:   <https://w3id.org/dealgraph/ns#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            SELECT ?org (MIN(?label) AS ?name) WHERE { ?org a dg:Organization ; skos:prefLabel ?label }
            GROUP BY ?org ORDER BY ?org
            """;

    Lookup {
        Objects.requireNonNull(iri, "iri");
        Objects.requireNonNull(name, "name");
    }

    /** Up to {@code count} organizations of the store, picked at random but the same for the same seed. */
    static List<Lookup> sample(ArticleStore store, int count, long seed) {
        List<Lookup> all = store.read(dataset -> {
            List<Lookup> found = new ArrayList<>();
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(ORGANIZATIONS).build()) {
                ResultSet rows = exec.execSelect();
                while (rows.hasNext()) {
                    QuerySolution row = rows.next();
                    found.add(new Lookup(row.get("org").asNode(), row.get("name").asNode()));
                }
            }
            return found;
        });
        SplittableRandom random = new SplittableRandom(seed);
        List<Lookup> picked = new ArrayList<>();
        for (int i = 0; i < count && !all.isEmpty(); i++) {
            picked.add(all.get(random.nextInt(all.size())));
        }
        return picked;
    }

    /** Whether {@code query} is about one organization: it has a one-row, one-variable VALUES block. */
    static boolean isLookup(String query) {
        boolean[] found = {false};
        QueryTransformOps.transform(QueryFactory.create(query), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                found[0] |= data.getVars().size() == 1 && data.getRows().size() == 1;
                return data;
            }
        });
        return found[0];
    }

    /** {@code query} with its one-row VALUES blocks naming this organization: by IRI or by name, as they did. */
    Query bind(String query) {
        return QueryTransformOps.transform(QueryFactory.create(query), new ElementTransformCopyBase() {
            @Override
            public Element transform(ElementData data) {
                if (data.getVars().size() != 1 || data.getRows().size() != 1) {
                    return data;
                }
                Var var = data.getVars().get(0);
                Node old = data.getRows().get(0).get(var);
                Binding row = BindingFactory.binding(var, old != null && old.isLiteral() ? name : iri);
                return new ElementData(List.of(var), List.of(row));
            }
        });
    }
}
