package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;

/** The answers of a query of {@code queries/} on a store, as plain strings, for tests. */
final class QueryRows {

    private static final Path QUERIES = Path.of("queries");

    private QueryRows() {
    }

    /**
     * The query's rows, each as the named columns' values in result order: a literal's lexical form, an IRI
     * as written, "" when unbound. A column named {@code name:type} gives the datatype IRI of {@code name}.
     */
    static List<List<String>> ordered(ArticleStore store, String file, List<String> columns) {
        Query query = QueryFactory.read(QUERIES.resolve(file).toString());
        List<String> names = columns.stream().map(c -> c.replaceFirst(":type$", "")).toList();
        assertTrue(query.getResultVars().containsAll(names), file + " lacks some of " + names);
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
                List<List<String>> rows = new ArrayList<>();
                ResultSet results = qe.execSelect();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    rows.add(columns.stream().map(c -> text(row, c)).toList());
                }
                return rows;
            }
        });
    }

    private static String text(QuerySolution row, String column) {
        boolean type = column.endsWith(":type");
        RDFNode node = row.get(type ? column.substring(0, column.length() - ":type".length()) : column);
        if (node == null) {
            return "";
        }
        if (node.isLiteral()) {
            return type ? node.asLiteral().getDatatypeURI() : node.asLiteral().getLexicalForm();
        }
        return node.toString();
    }
}
