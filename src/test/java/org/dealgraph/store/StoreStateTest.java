package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The digest of a store's last commit: the same while only read, also after reopening; another after any write. */
class StoreStateTest {

    private static final Node GRAPH = NodeFactory.createURI("https://example.org/graph/1");

    private static Quad quad(String object) {
        return Quad.create(GRAPH, NodeFactory.createURI("https://example.org/s"),
                NodeFactory.createURI("https://example.org/p"), NodeFactory.createLiteralString(object));
    }

    @Test
    void theDigestMovesWithEveryCommitThatChangesTheStoreAndOnlyThen(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        String empty;
        String written;
        try (ArticleStore store = ArticleStore.open(dir)) {
            StoreState first = StoreState.of(store.dataset()).orElseThrow();
            assertEquals(dir.toAbsolutePath().normalize(), first.directory());
            empty = first.digest();
            Txn.executeRead(store.dataset(), () -> store.dataset().asDatasetGraph().find().forEachRemaining(q -> { }));
            assertEquals(empty, StoreState.of(store.dataset()).orElseThrow().digest(), "a read changes nothing");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().add(quad("one")));
            written = StoreState.of(store.dataset()).orElseThrow().digest();
            assertNotEquals(empty, written, "a write of a quad");
        }
        try (ArticleStore store = ArticleStore.open(dir)) {
            assertEquals(written, StoreState.of(store.dataset()).orElseThrow().digest(), "reopened, unchanged");
            Txn.executeWrite(store.dataset(), () -> store.dataset().asDatasetGraph().delete(quad("one")));
            String removed = StoreState.of(store.dataset()).orElseThrow().digest();
            assertNotEquals(written, removed, "a removal");
            assertNotEquals(empty, removed, "a store emptied again is not the store that was never written");
        }
    }

    @Test
    void aStoreInMemoryHasNoState() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            assertTrue(StoreState.of(store.dataset()).isEmpty());
        }
    }
}
