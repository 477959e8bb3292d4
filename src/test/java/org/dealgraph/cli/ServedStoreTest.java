package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * While a store is served (and so locked), query, export and stats on it read it through the server and say
 * so; once the server stops they read the store itself, and a note a dead server left counts for nothing.
 */
class ServedStoreTest {

    private static final String NAMES = "PREFIX dg: <https://w3id.org/dealgraph/ns#> "
            + "PREFIX skos: <http://www.w3.org/2004/02/skos/core#> "
            + "SELECT ?name WHERE { ?org a dg:Organization ; skos:prefLabel ?name } ORDER BY ?name";

    @TempDir
    Path dir;

    @Test
    void commandsReadAServedStoreThroughTheServerAndTheStoreItselfOnceItStops() throws Exception {
        Path path = dir.resolve("store");
        try (ArticleStore articles = ArticleStore.open(path)) {
            new SampleGraph().writeTo(articles);
        }
        String store = path.toString();
        Serving serving = CliRun.serving("serve", "--store", store, "--port", "0");
        CliRun query;
        CliRun export;
        CliRun stats;
        try {
            serving.start();
            assertTrue(Files.exists(path.resolve(ServedStore.NOTE)), "the server leaves its note");
            query = CliRun.of("query", "--store", store, "--format", "csv", NAMES);
            export = CliRun.of("export", "--store", store, "--format", "ttl");
            stats = CliRun.of("stats", "--store", store);
        } finally {
            serving.close();
        }
        assertFalse(Files.exists(path.resolve(ServedStore.NOTE)), "the server takes its note away when it stops");
        for (CliRun run : new CliRun[] {query, export, stats}) {
            assertEquals(ExitCodes.OK, run.exitCode(), run.toString());
            assertTrue(run.err().contains("locked by the dealgraph serving it") && run.err().contains("http://"),
                    run.toString());
        }

        CliRun localQuery = CliRun.of("query", "--store", store, "--format", "csv", NAMES);
        CliRun localExport = CliRun.of("export", "--store", store, "--format", "ttl");
        CliRun localStats = CliRun.of("stats", "--store", store);
        assertEquals("", localQuery.err() + localExport.err() + localStats.err());
        assertEquals(localQuery.out(), query.out());
        assertTrue(localQuery.out().contains("Zenith Labs"), localQuery.out());
        assertEquals(localStats.out(), stats.out());
        assertTrue(turtle(localExport.out()).isIsomorphicWith(turtle(export.out())), "the same graph either way");
    }

    @Test
    void aNoteWhoseProcessDoesNotHoldTheLockIsIgnored() throws Exception {
        Path path = dir.resolve("store");
        try (ArticleStore articles = ArticleStore.open(path)) {
            new SampleGraph().writeTo(articles);
        }
        Files.writeString(path.resolve(ServedStore.NOTE), "pid=1\nsparql=http://127.0.0.1:9/dealgraph/sparql\n"
                + "get=http://127.0.0.1:9/dealgraph/get\n");
        CliRun query = CliRun.of("query", "--store", path.toString(), "--format", "csv", NAMES);
        assertEquals(ExitCodes.OK, query.exitCode(), query.toString());
        assertEquals("", query.err());
        assertTrue(query.out().contains("Zenith Labs"), query.out());
    }

    private static Model turtle(String text) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(text, Lang.TURTLE).parse(model);
        return model;
    }
}
