package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.FactKind;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OrderedWriterTest {

    private static final Node SAYS = NodeFactory.createURI("https://example.org/says");

    private final ArticleStore store = ArticleStore.inMemory();
    private final ExecutorService reader = Executors.newSingleThreadExecutor();
    private final List<IngestOutcome> told = new ArrayList<>();
    private final List<Long> storedWhenTold = new ArrayList<>();
    private final List<Integer> waiting = new ArrayList<>();

    @AfterEach
    void close() {
        reader.shutdownNow();
        store.close();
    }

    @Test
    void transactionsGrowWithTheStoreAndOutcomesAreToldOnceCommitted() throws Exception {
        try (OrderedWriter writer = writer(new TransactionSize(2, 8))) {
            for (int i = 1; i <= 20; i++) {
                writer.accept(working(i, "version 1"));
                if (i == 6) {
                    // Transactions of 2 and 2 are committed; the third (target 4) holds articles 5 and 6.
                    assertEquals(4, articlesSeenByAnotherThread());
                    assertEquals(4, told.size());
                    assertEquals(List.of(2), waiting, "articles 5 and 6 wait for their commit");
                }
            }
            writer.finish();
        }
        assertEquals(List.of(2L, 4L, 8L, 16L, 20L), storedWhenTold.stream().distinct().toList(),
                "transactions of 2, 2, 4, 8 (the store's size, capped at 8), then the rest");
        assertEquals(20, told.size());
        told.forEach(outcome -> assertInstanceOf(IngestOutcome.Stored.class, outcome));
        assertEquals(20, store.articleCount());
    }

    @Test
    void aChangedArticleIsWrittenInATransactionOfItsOwn() throws Exception {
        try (OrderedWriter writer = writer(new TransactionSize(2, 8))) {
            writer.accept(working(1, "version 1"));
            writer.finish();
        }
        told.clear();
        storedWhenTold.clear();
        try (OrderedWriter writer = writer(new TransactionSize(2, 8))) {
            writer.accept(working(2, "version 1"));
            writer.accept(working(3, "version 1"));
            writer.accept(working(1, "version 2"));
            writer.accept(working(4, "version 1"));
            writer.finish();
        }
        assertEquals(4, told.size());
        told.forEach(outcome -> assertInstanceOf(IngestOutcome.Stored.class, outcome));
        assertEquals(4, store.articleCount());
        assertEquals(List.of("version 2"), store.read(dataset -> {
            List<String> said = new ArrayList<>();
            dataset.asDatasetGraph().find(graph(1), Node.ANY, SAYS, Node.ANY)
                    .forEachRemaining(q -> said.add(q.getObject().getLiteralLexicalForm()));
            return said;
        }));
    }

    @Test
    void aFailureInsideTheOpenTransactionRejectsItsArticlesAndKeepsTheCommittedOnes() throws Exception {
        try (OrderedWriter writer = writer(new TransactionSize(2, 8))) {
            for (int i = 1; i <= 7; i++) {
                writer.accept(working(i, "version 1"));
            }
            writer.accept(new Pending.Working("file-8", id(8), CompletableFuture.completedFuture(
                    new MappedArticle("file-8", id(8), graph(8), List.of(Quad.create(graph(99), graph(8), SAYS,
                            NodeFactory.createLiteralString("misfiled"))), Map.of()))));
            writer.accept(working(9, "version 1"));
            writer.accept(working(10, "version 1"));
            writer.finish();
        }
        assertEquals(10, told.size());
        for (int i = 0; i < 10; i++) {
            boolean inFailedTransaction = i >= 4 && i < 8;
            assertEquals(inFailedTransaction, told.get(i) instanceof IngestOutcome.Rejected, "article " + (i + 1));
        }
        String reason = ((IngestOutcome.Rejected) told.get(4)).reason();
        assertTrue(reason.contains("run the ingest again"), reason);
        assertEquals(6, store.articleCount(), "articles 1-4 committed before, 9-10 after");
        assertTrue(!store.holdsAny(List.of(graph(5), graph(6), graph(7), graph(8), graph(99))),
                "nothing of the failed transaction is stored");
    }

    private OrderedWriter writer(TransactionSize transactions) {
        return new OrderedWriter(store, new StageClock(), 1_000_000, transactions, outcome -> {
            told.add(outcome);
            storedWhenTold.add(store.articleCount());
        }, waiting::add);
    }

    private long articlesSeenByAnotherThread() throws Exception {
        return reader.submit(store::articleCount).get();
    }

    private static Pending working(int i, String text) {
        Node graph = graph(i);
        List<Quad> quads = List.of(Quad.create(graph, graph, SAYS, NodeFactory.createLiteralString(text)));
        return new Pending.Working("file-" + i, id(i), CompletableFuture.completedFuture(
                new MappedArticle("file-" + i, id(i), graph, quads, Map.of(FactKind.DEAL, 1))));
    }

    private static ArticleId id(int i) {
        return new ArticleId(String.format("%08x", i));
    }

    private static Node graph(int i) {
        return NodeFactory.createURI("https://example.org/article/" + i);
    }
}
