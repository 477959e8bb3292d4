package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QueryCommandTest {

    private static final String NAMES = "PREFIX dg: <https://w3id.org/dealgraph/ns#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?name WHERE { ?org a dg:Organization ; skos:prefLabel ?name } ORDER BY ?name";

    @TempDir
    Path dir;
    private String store;

    @BeforeEach
    void writeSampleStore() {
        Path path = dir.resolve("store");
        try (ArticleStore articles = ArticleStore.open(path)) {
            new SampleGraph().writeTo(articles);
        }
        store = path.toString();
    }

    @Test
    void csvIsW3cSparqlCsv() {
        CliRun run = CliRun.of("query", "--store", store, "--format", "csv", NAMES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        // W3C SPARQL 1.1 CSV: a header of bare variable names, CRLF line ends, fields quoted when needed.
        assertEquals("name\r\nAcme Robotics\r\n\"Nova, Inc.\"\r\nZenith Labs\r\n", run.out());
    }

    @Test
    void defaultGraphIsTheUnionOfTheArticleGraphs() {
        CliRun run = CliRun.of("query", "--store", store, "--format", "tsv",
                "SELECT (COUNT(DISTINCT ?g) AS ?graphs) (COUNT(DISTINCT ?o) AS ?orgs) WHERE { "
                        + "?o a <https://w3id.org/dealgraph/ns#Organization> . GRAPH ?g { ?o ?p ?v } }");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals("?graphs\t?orgs\n2\t3\n", run.out());
    }

    @Test
    void readsTheQueryFromAnRqFile() throws Exception {
        Path file = Files.writeString(dir.resolve("names.rq"), NAMES);
        CliRun run = CliRun.of("query", "--store", store, "--format", "json", file.toString());
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(run.out().getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        assertEquals(List.of("name"), results.getResultVars());
        assertEquals(3, ResultSetFactory.copyResults(results).size());
    }

    @Test
    void tablePrintsTheNamesAsText() {
        CliRun run = CliRun.of("query", "--store", store, NAMES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertEquals(List.of("name", "-------------", "Acme Robotics", "Nova, Inc.", "Zenith Labs"),
                run.out().lines().toList());
    }

    @Test
    void tableShowsPrefixedNamesAndPlainAmountsWithinTheWidthGiven() {
        String query = "PREFIX dg: <https://w3id.org/dealgraph/ns#> PREFIX t: <" + SampleGraph.ID + "> SELECT ?org ?amount ?s WHERE { ?org a dg:Organization "
                + "BIND (1300000000.0 AS ?amount) BIND (CONCAT(STR(?org), '/and/a/long/tail/of/text') AS ?s) }";
        CliRun run = CliRun.of("query", "--store", store, "--width", "60", query);
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        List<String> lines = run.out().lines().toList();
        assertTrue(lines.size() > 2, run.out());
        for (String line : lines) {
            assertTrue(line.length() <= 60, "wider than 60: " + line);
        }
        String rows = String.join("\n", lines.subList(2, lines.size()));
        assertTrue(rows.contains("t:"), "the query's own prefixes shorten IRIs: " + rows);
        assertTrue(rows.contains("…"), "a long IRI as text is cut: " + rows);
        assertTrue(rows.contains(" 1300000000 ") && !rows.contains("1300000000.0") && !rows.contains("<http"), rows);
        CliRun wide = CliRun.of("query", "--store", store, "--width", "0", query);
        assertTrue(wide.out().contains("/and/a/long/tail/of/text"), "--width 0 cuts nothing: " + wide.out());
    }

    @Test
    void askPrintsTrueOrFalse() {
        CliRun yes = CliRun.of("query", "--store", store, "ASK { ?s a <https://schema.org/NewsArticle> }");
        CliRun no = CliRun.of("query", "--store", store, "ASK { ?s a <https://schema.org/Nothing> }");
        assertEquals("true", yes.out().strip(), yes.toString());
        assertEquals("false", no.out().strip(), no.toString());
    }

    @Test
    void constructPrintsTurtleByDefault() {
        CliRun run = CliRun.of("query", "--store", store,
                "CONSTRUCT { ?o a <https://w3id.org/dealgraph/ns#Organization> } "
                        + "WHERE { ?o a <https://w3id.org/dealgraph/ns#Organization> }");
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(run.out(), Lang.TURTLE).parse(model);
        assertEquals(3, model.size());
    }

    @Test
    void syntaxErrorIsAUsageErrorWithTheParsersMessage() {
        CliRun run = CliRun.of("query", "--store", store, "SELECT ?x WHERE { ?x ?y }");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("syntax error") && run.err().contains("line 1"), run.toString());
    }

    @Test
    void formatThatDoesNotSuitTheQueryIsAUsageError() {
        CliRun run = CliRun.of("query", "--store", store, "--format", "ttl", NAMES);
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("SELECT"), run.toString());
    }

    @Test
    void missingQueryFileIsAFailure() {
        CliRun run = CliRun.of("query", "--store", store, dir.resolve("absent.rq").toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("absent.rq"), run.toString());
    }
}
