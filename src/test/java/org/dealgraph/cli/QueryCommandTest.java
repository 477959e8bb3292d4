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
    void tablePrintsTheNames() {
        CliRun run = CliRun.of("query", "--store", store, NAMES);
        assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
        assertTrue(run.out().contains("\"Zenith Labs\""), run.out());
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
