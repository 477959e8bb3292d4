package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.BaseRecord;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A store records its IRI base with its first articles, keeps it, and refuses to be opened for another. */
class StoreBaseRecordTest {

    private static final Iris CUSTOM = new Iris("https://example.org/kg/");
    private static final Iris OTHER = new Iris("https://example.net/other/");

    @TempDir
    Path tmp;

    @Test
    void theBaseIsRecordedWithTheFirstArticlesAndNotBefore() {
        try (ArticleStore store = ArticleStore.open(tmp.resolve("store"), CUSTOM)) {
            assertEquals(List.of(), recorded(store));
            store.replace(graph(CUSTOM), quads(CUSTOM));
            assertEquals(List.of(CUSTOM.base()), recorded(store));
            store.replace(graph(CUSTOM), quads(CUSTOM));
            assertEquals(List.of(CUSTOM.base()), recorded(store), "recorded once");
        }
        try (ArticleStore reopened = ArticleStore.open(tmp.resolve("store"))) {
            assertEquals(CUSTOM.base(), reopened.iris().base());
        }
    }

    @Test
    void aFailedFirstWriteRecordsNothing() {
        try (ArticleStore store = ArticleStore.inMemory(CUSTOM)) {
            Quad stray = Quad.create(NodeFactory.createURI(CUSTOM.base() + "graph/elsewhere"),
                    NodeFactory.createURI(CUSTOM.base() + "x"), NodeFactory.createURI(CUSTOM.base() + "p"),
                    NodeFactory.createURI(CUSTOM.base() + "y"));
            assertThrows(IllegalArgumentException.class, () -> store.replace(graph(CUSTOM), List.of(stray)));
            assertEquals(List.of(), recorded(store));
        }
    }

    @Test
    void openingForAnotherBaseFailsNamingBothAndChangesNothing() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir, CUSTOM)) {
            store.replace(graph(CUSTOM), quads(CUSTOM));
        }
        ConflictingBaseException e = assertThrows(ConflictingBaseException.class, () -> ArticleStore.open(dir, OTHER));
        assertEquals(CUSTOM.base(), e.recorded());
        assertEquals(OTHER.base(), e.given());
        assertTrue(e.getMessage().contains(dir.toString()), e.getMessage());
        try (ArticleStore store = ArticleStore.open(dir, CUSTOM)) {
            assertEquals(List.of(CUSTOM.base()), recorded(store));
            assertEquals(1, store.articleCount());
        }
    }

    @Test
    void removalAndCompactionKeepTheBase() {
        Path dir = tmp.resolve("store");
        try (ArticleStore store = ArticleStore.open(dir, CUSTOM)) {
            store.replace(graph(CUSTOM), quads(CUSTOM));
            store.remove(graph(CUSTOM));
            store.compact();
            assertEquals(0, store.articleCount());
        }
        assertThrows(ConflictingBaseException.class, () -> ArticleStore.open(dir, OTHER));
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(CUSTOM.base(), store.iris().base());
        }
    }

    @Test
    void aStoreWithArticlesButNoRecordIsUnderTheDefault() {
        Iris standard = new Iris();
        try (ArticleStore store = ArticleStore.inMemory()) {
            Txn.executeWrite(store.dataset(), () -> quads(standard).forEach(store.dataset().asDatasetGraph()::add));
            assertEquals(Optional.empty(), BaseRecord.recorded(store.dataset().asDatasetGraph()));
            assertEquals(Iris.DEFAULT_BASE, BaseRecord.of(store.dataset().asDatasetGraph()).base());
            store.summarize(); // a store written before the record was kept has no summary of facts either
            assertEquals(Optional.empty(), BaseRecord.recorded(store.dataset().asDatasetGraph()));
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void theCheckFindsAGraphOutsideTheBaseAndASecondRecord() {
        try (ArticleStore store = ArticleStore.inMemory(CUSTOM)) {
            store.replace(graph(CUSTOM), quads(CUSTOM));
            store.replace(graph(OTHER), quads(OTHER));
            List<String> problems = store.check();
            assertTrue(problems.stream().anyMatch(p -> p.contains(graph(OTHER).getURI())
                    && p.contains("not named under the store's IRI base " + CUSTOM.base())), problems.toString());
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(BaseRecord.quad(OTHER)));
            problems = store.check();
            assertTrue(problems.stream().anyMatch(p -> p.contains("2 IRI bases")), problems.toString());
        }
    }

    private static List<String> recorded(ArticleStore store) {
        return BaseRecord.all(store.dataset().asDatasetGraph());
    }

    private static Node graph(Iris iris) {
        return new ArticleMapper(iris).graphName(SampleArticles.FIRST_ID);
    }

    private static List<Quad> quads(Iris iris) {
        return new ArticleMapper(iris).quads(SampleArticles.first());
    }
}
