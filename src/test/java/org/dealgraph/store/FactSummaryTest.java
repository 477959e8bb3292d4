package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.bench.CorpusGenerator;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The summary of canonical facts stays in step with the article graphs through ingest and remove, is rebuilt
 * whole, is checked, and the queries that read it give the same rows as the same questions asked of every
 * article graph through the union (the forms kept under {@code union-queries/} in the serve package's resources, which the
 * front page reads over a store that keeps no summary).
 */
class FactSummaryTest {

    private static final List<String> SUMMARY_QUERIES = List.of("centrality", "fundings", "deals-per-month",
            "largest-deals", "recent-acquisitions", "organizations", "people", "deals", "investments", "acquisitions",
            "roles", "partnerships", "subsidiaries");

    @TempDir
    Path dir;

    @Test
    void summaryQueriesAnswerAsTheUnionQueriesOnTheExamples() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples")));
            assertEquals(List.of(), store.check());
            assertSameAnswers(store);
        }
    }

    @Tag("integration")
    @Test
    void summaryQueriesAnswerAsTheUnionQueriesOnAGeneratedCorpus() {
        new CorpusGenerator(7, 2000, 300).write(dir.resolve("corpus"));
        try (ArticleStore store = ArticleStore.open(dir.resolve("store"))) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(dir.resolve("corpus")));
            assertEquals(List.of(), store.check());
            assertSameAnswers(store);
        }
    }

    @Test
    void removingAnArticleTakesItsFactsOutOfTheSummary() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples")));
            long before = summaryTriples(store);
            List<StoredArticle> articles = store.articles();
            store.remove(articles.get(0).graph());
            assertEquals(List.of(), store.check());
            assertTrue(summaryTriples(store) < before, "the summary shrinks");
            store.removeAll(store.articles().stream().map(StoredArticle::graph).toList());
            assertEquals(0, summaryTriples(store), "no articles, no summary");
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void anEarlierArticleIngestedLaterMovesTheFactsFirstPublicationDateAndMonthEarlier() throws Exception {
        Path june = Files.createDirectories(dir.resolve("june"));
        Path march = Files.createDirectories(dir.resolve("march"));
        Files.writeString(june.resolve("a.txt"), "published: 2025-06-14\n\nCorvane Systems acquired Brisk Labs.\n");
        Files.writeString(march.resolve("b.txt"), "published: 2025-03-02\n\nCorvane Systems acquired Brisk Labs, "
                + "the robotics startup.\n");
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(june));
            assertEquals(List.of("2025-06-14"), acquisitionFigure(store, DG.firstPublished));
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(march));
            assertEquals(List.of("2025-03-02"), acquisitionFigure(store, DG.firstPublished));
            assertEquals(List.of("2025-03"), acquisitionFigure(store, DG.firstMonth));
            assertEquals(List.of(), store.check());
        }
    }

    /** The lexical forms of {@code figure} on the summary's acquisitions. */
    private static List<String> acquisitionFigure(ArticleStore store, Property figure) {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<Triple> summary = FactSummary.storedAll(store.dataset().asDatasetGraph());
            Set<Node> acquisitions = summary.stream().filter(t -> t.getObject().equals(DG.Acquisition.asNode()))
                    .map(Triple::getSubject).collect(Collectors.toSet());
            return summary.stream().filter(t -> acquisitions.contains(t.getSubject())
                    && t.getPredicate().equals(figure.asNode())).map(t -> t.getObject().getLiteralLexicalForm()).toList();
        });
    }

    @Test
    void checkFindsASummaryOutOfStepAndSummarizeRepairsIt() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples")));
            Triple lost = Txn.calculateWrite(store.dataset(), () -> {
                Triple any = FactSummary.storedAll(store.dataset().asDatasetGraph()).iterator().next();
                store.dataset().asDatasetGraph().delete(FactSummary.GRAPH, any.getSubject(), any.getPredicate(),
                        any.getObject());
                return any;
            });
            List<String> problems = store.check();
            assertEquals(2, problems.size(), problems.toString());
            assertTrue(problems.get(0).contains("on " + ConsistencyCheck.name(lost.getSubject()) + ": missing "
                    + ConsistencyCheck.name(lost.getPredicate())), problems.get(0));
            assertTrue(problems.get(1).contains("dealgraph summarize"), problems.get(1));
            store.summarize();
            assertEquals(List.of(), store.check());
        }
    }

    @Test
    void summaryCountsTheArticlesThatTellAFactAndConvertsAmountsToDollars() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(Path.of("examples")));
            List<Triple> summary = new ArrayList<>(Txn.calculateRead(store.dataset(),
                    () -> FactSummary.storedAll(store.dataset().asDatasetGraph())));
            assertTrue(summary.stream().anyMatch(t -> t.getPredicate().equals(DG.articleCount.asNode())
                    && ((Number) t.getObject().getLiteralValue()).intValue() > 1), "a fact told by two articles");
            assertTrue(summary.stream().anyMatch(t -> t.getPredicate().equals(DG.amountUsd.asNode())));
            assertFalse(summary.stream().anyMatch(t -> t.getPredicate().equals(DG.evidence.asNode())),
                    "evidence stays in the article graphs");
        }
    }

    private static long summaryTriples(ArticleStore store) {
        return Txn.calculateRead(store.dataset(), () -> FactSummary.storedAll(store.dataset().asDatasetGraph()).size());
    }

    private static void assertSameAnswers(ArticleStore store) {
        for (String name : SUMMARY_QUERIES) {
            List<String> byUnion = rows(store, "src/main/resources/org/dealgraph/serve/union-queries/" + name + ".rq");
            List<String> bySummary = rows(store, "queries/" + name + ".rq");
            assertFalse(byUnion.isEmpty(), name + " answers something");
            assertEquals(byUnion, bySummary, name + ": the summary's answer against the union's");
        }
        String kinds = Arrays.stream(FactKind.values()).filter(k -> k != FactKind.ROLE)
                .map(k -> "<" + DG.classOf(k).getURI() + ">").distinct().collect(Collectors.joining(" ", "VALUES ?kind { ", " }"));
        String types = Stream.concat(Stream.of(SchemaDO.NewsArticle, DG.Organization, DG.Person),
                        Arrays.stream(FactKind.values()).map(DG::classOf))
                .map(t -> "<" + t.getURI() + ">").distinct().collect(Collectors.joining(" ", "VALUES ?type { ", " }"));
        for (String[] front : new String[][] {{"front-latest", "#KINDS", kinds}, {"front-counts", "#TYPES", types},
                {"front-funding", "#NONE", ""}}) {
            String serve = "src/main/resources/org/dealgraph/serve/";
            List<String> byUnion = rows(store, QueryFactory.create(read(serve + front[0] + ".rq").replace(front[1], front[2])));
            List<String> bySummary = rows(store, QueryFactory.create(read(serve + front[0] + "-summary.rq")
                    .replace(front[1], front[2])));
            assertFalse(byUnion.isEmpty(), front[0] + " answers something");
            assertEquals(byUnion, bySummary, front[0] + ": the summary's answer against the union's");
        }
    }

    private static String read(String file) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The query's rows, each in words with numbers by value, sorted: the same rows whatever their order or lexical forms. */
    private static List<String> rows(ArticleStore store, String file) {
        return rows(store, QueryFactory.read(file));
    }

    private static List<String> rows(ArticleStore store, Query query) {
        return store.read(dataset -> {
            try (QueryExecution exec = QueryExecution.dataset(dataset).query(query).build()) {
                ResultSet results = exec.execSelect();
                List<String> rows = new ArrayList<>();
                while (results.hasNext()) {
                    QuerySolution row = results.next();
                    Map<String, String> cells = new HashMap<>();
                    results.getResultVars().forEach(v -> cells.put(v, text(row.get(v))));
                    rows.add(new TreeMap<>(cells).toString());
                }
                rows.sort(Comparator.naturalOrder());
                return rows;
            }
        });
    }

    private static String text(RDFNode node) {
        if (node == null) {
            return "";
        }
        if (node.isLiteral() && node.asLiteral().getValue() instanceof Number number) {
            return new BigDecimal(number.toString()).stripTrailingZeros().toPlainString();
        }
        return node.isLiteral() ? ((Literal) node).getLexicalForm() : node.toString();
    }
}
