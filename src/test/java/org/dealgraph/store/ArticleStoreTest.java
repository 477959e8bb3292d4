package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleStoreTest {

    private static final String DEAL = "https://w3id.org/dealgraph/id/deal/helios-compute-northwind-labs-2025";

    private final ArticleMapper mapper = new ArticleMapper();
    private final Node first = mapper.graphName(SampleArticles.FIRST_ID);
    private final Node second = mapper.graphName(SampleArticles.SECOND_ID);

    @Test
    void recordsTheContentHashOfAStoredArticle() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertEquals(Optional.empty(), store.storedHash(first));
            store.replace(first, mapper.quads(SampleArticles.first()));
            assertEquals(Optional.of(SampleArticles.first().article().contentHash()), store.storedHash(first));
            assertEquals(Optional.empty(), store.storedHash(second));
        }
    }

    @Test
    void replacingWithTheSameQuadsChangesNothing() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<Quad> quads = mapper.quads(SampleArticles.first());
            store.replace(first, quads);
            store.replace(first, quads);
            assertEquals(quads.size(), countTriples(store));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void ofTwoWritesOfOneGraphInOneCallTheLaterIsStored() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<Quad> quads = mapper.quads(SampleArticles.first());
            store.write(List.of(GraphWrite.of(first, quads), GraphWrite.of(first, quads.subList(0, 10))));
            assertEquals(10, countTriples(store));
        }
    }

    @Test
    void keepsTheOldGraphWhenAQuadListFailsMidWrite() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<Quad> old = mapper.quads(SampleArticles.first());
            store.replace(first, old);
            List<Quad> newer = mapper.quads(SampleArticles.first()).subList(0, 10);
            List<Quad> failing = new AbstractList<>() {
                @Override
                public Quad get(int index) {
                    if (index == 5) {
                        throw new IllegalStateException("source broke after five quads");
                    }
                    return newer.get(index);
                }

                @Override
                public int size() {
                    return newer.size();
                }
            };
            assertThrows(IllegalStateException.class, () -> store.replace(first, failing));
            assertEquals(old.size(), countTriples(store));
            assertEquals(Optional.of(SampleArticles.first().article().contentHash()), store.storedHash(first));
        }
    }

    @Test
    void refusesAQuadOfAnotherGraphAndKeepsTheOldOne() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            List<Quad> old = mapper.quads(SampleArticles.first());
            store.replace(first, old);
            List<Quad> mixed = new ArrayList<>(mapper.quads(SampleArticles.first()).subList(0, 3));
            mixed.addAll(mapper.quads(SampleArticles.second()));
            assertThrows(IllegalArgumentException.class, () -> store.replace(first, mixed));
            assertEquals(old.size(), countTriples(store));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void removingOneArticleKeepsWhatAnotherSupports() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(first, mapper.quads(SampleArticles.first()));
            store.replace(second, mapper.quads(SampleArticles.second()));
            assertEquals(2, store.articleCount());
            assertEquals(3, ask(store, "SELECT (COUNT(*) AS ?n) { <" + DEAL + "> <https://w3id.org/dealgraph/ns#evidence> ?e }"));

            store.remove(first);

            assertEquals(1, store.articleCount());
            assertEquals(1, ask(store, "SELECT (COUNT(*) AS ?n) { <" + DEAL + "> <https://w3id.org/dealgraph/ns#evidence> ?e }"));
            assertEquals(1, ask(store, "SELECT (COUNT(*) AS ?n) { <" + DEAL + "/value/usd-2500000000> "
                    + "<https://schema.org/value> ?v }"));
            assertEquals(0, ask(store, "SELECT (COUNT(*) AS ?n) { ?r a <https://w3id.org/dealgraph/ns#FundingRound> }"));
        }
    }

    @Test
    void queriesSeeTheUnionOfArticleGraphsAsDefaultGraph() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(first, mapper.quads(SampleArticles.first()));
            store.replace(second, mapper.quads(SampleArticles.second()));
            long union = store.read(ds -> ds.asDatasetGraph().getUnionGraph().size());
            assertTrue(union > 0);
            assertEquals(union, ask(store, "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"));
            long rows = store.read(ds -> {
                try (QueryExecution qe = QueryExecution.dataset(ds).query("SELECT * { ?s ?p ?o }").build()) {
                    long n = 0;
                    for (var it = qe.execSelect(); it.hasNext(); it.next()) {
                        n++;
                    }
                    return n;
                }
            });
            assertEquals(union, rows);
        }
    }

    @Test
    void reopeningADirectoryKeepsItsArticles(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(first, mapper.quads(SampleArticles.first()));
        }
        assertTrue(Files.isDirectory(dir));
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(1, store.articleCount());
            assertEquals(Optional.of(SampleArticles.first().article().contentHash()), store.storedHash(first));
            assertEquals(Optional.of(dir.toAbsolutePath()), store.directory());
        }
    }

    @Test
    void refusesAFileAsStoreDirectory(@TempDir Path tmp) throws IOException {
        Path file = Files.writeString(tmp.resolve("notes.txt"), "not a store");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleStore.open(file));
        assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
    }

    @Test
    void refusesADirectoryThatHoldsSomethingElse(@TempDir Path tmp) throws IOException {
        Files.writeString(tmp.resolve("thesis.tex"), "\\documentclass{article}");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ArticleStore.open(tmp));
        assertTrue(e.getMessage().contains(tmp.toString()), e.getMessage());
    }

    // Regression: decimals written "2500000000" came back from TDB2 as "2500000000.0" and outlived remove().
    @Test
    void removesEveryAmountOfAnArticle() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(first, mapper.quads(SampleArticles.first()));
            store.remove(first);
            assertEquals(0, countTriples(store));
            assertEquals(0, store.articleCount());
        }
    }

    @Test
    void failsLoudlyRatherThanKeepAQuadItCannotDelete() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            Quad whole = Quad.create(first, NodeFactory.createURI("https://example.org/a"),
                    NodeFactory.createURI("https://example.org/p"),
                    NodeFactory.createLiteralDT("5", XSDDatatype.XSDdecimal));
            store.replace(first, List.of(whole));
            assertThrows(IllegalStateException.class, () -> store.remove(first));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void removingAnUnknownGraphChangesNothing() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            store.replace(first, mapper.quads(SampleArticles.first()));
            store.remove(NodeFactory.createURI("https://w3id.org/dealgraph/id/graph/0000000000000000"));
            assertEquals(1, store.articleCount());
        }
    }

    private static long countTriples(ArticleStore store) {
        return ask(store, "SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }");
    }

    private static long ask(ArticleStore store, String countQuery) {
        return store.read(ds -> {
            try (QueryExecution qe = QueryExecution.dataset(ds).query(countQuery).build()) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }
}
