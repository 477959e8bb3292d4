package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.exec.QueryExec;
import org.junit.jupiter.api.Test;

/**
 * Queries rewritten by {@link UnionPatterns} read, from a dataset whose default graph is empty, what the
 * queries as written read from the union of its named graphs.
 */
class UnionPatternsTest {

    /** Two graphs that both hold one triple, and a chain whose links lie in different graphs. */
    private static final String TRIG = """
            PREFIX : <https://example.org/>
            :one { :acme a :Organization ; :name "Acme" . :deal :party :acme . }
            :two { :acme a :Organization . :deal :party :zenith . :zenith :name "Zenith" . }
            """;

    private final DatasetGraph dataset = DatasetGraphFactory.createTxnMem();

    UnionPatternsTest() {
        RDFParser.fromString(TRIG, Lang.TRIG).parse(dataset);
    }

    @Test
    void countsATripleThatTwoGraphsHoldOnce() {
        assertSameRows("SELECT (COUNT(*) AS ?n) WHERE { ?s a <https://example.org/Organization> }");
        assertSameRows("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }");
    }

    @Test
    void joinsTriplesOfDifferentGraphs() {
        assertSameRows("PREFIX : <https://example.org/> SELECT ?name WHERE { :deal :party ?p . ?p :name ?name } "
                + "ORDER BY ?name");
    }

    @Test
    void readsOptionalsSubqueriesAndNotExistsOverTheUnion() {
        assertSameRows("PREFIX : <https://example.org/> SELECT ?p ?name WHERE { :deal :party ?p "
                + "OPTIONAL { ?p :name ?name } FILTER NOT EXISTS { ?p a :Person } } ORDER BY ?p");
        assertSameRows("PREFIX : <https://example.org/> SELECT ?n WHERE { { SELECT (COUNT(?p) AS ?n) "
                + "WHERE { :deal :party ?p } } }");
    }

    @Test
    void aPatternWithoutVariablesOrWithBlankNodesMatchesAsInTheUnion() {
        assertSameRows("PREFIX : <https://example.org/> SELECT (COUNT(*) AS ?n) WHERE { :acme :name \"Acme\" . "
                + ":zenith :name \"Zenith\" }");
        assertSameRows("PREFIX : <https://example.org/> SELECT ?name WHERE { :deal :party [ :name ?name ] } "
                + "ORDER BY ?name");
        assertTrue(ask("PREFIX : <https://example.org/> ASK { :acme :name \"Acme\" . :deal :party :zenith }"));
        assertFalse(ask("PREFIX : <https://example.org/> ASK { :acme :name \"Zenith\" }"));
    }

    @Test
    void leavesTheQuerysOwnGraphPatternsAsWritten() {
        Query query = QueryFactory.create("PREFIX : <https://example.org/> SELECT ?g WHERE { GRAPH ?g { :deal :party "
                + "?p . ?p :name ?n } } ORDER BY ?g");
        List<String> graphs = rows(dataset, UnionPatterns.of(query));
        assertEquals(rows(dataset, query), graphs);
        assertEquals(2, graphs.size(), graphs.toString());
    }

    @Test
    void leavesADescribeWithoutPatternAlone() {
        Query query = QueryFactory.create("DESCRIBE <https://example.org/acme>");
        assertEquals(query, UnionPatterns.of(query));
    }

    private boolean ask(String text) {
        return QueryExec.dataset(dataset).query(UnionPatterns.of(QueryFactory.create(text))).ask();
    }

    private void assertSameRows(String text) {
        Query query = QueryFactory.create(text);
        List<String> union = rows(DatasetGraphFactory.wrap(dataset.getUnionGraph()), query);
        List<String> rewritten = rows(dataset, UnionPatterns.of(query));
        assertFalse(union.isEmpty(), text);
        assertEquals(union, rewritten, UnionPatterns.of(query).toString());
    }

    private static List<String> rows(DatasetGraph over, Query query) {
        return QueryExec.dataset(over).query(query).select().materialize().stream().map(Object::toString).toList();
    }
}
