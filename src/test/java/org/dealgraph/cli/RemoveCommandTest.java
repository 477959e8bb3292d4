package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.dealgraph.rdf.DG;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.StoredArticle;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code dealgraph remove}: an article goes with everything only it told; what others tell stays, with their evidence. */
class RemoveCommandTest {

    private static final String ONLY_HERE = "Brackenridge Capital invested $15 million in Lanternfish AI on Monday.";
    private static final String SHARED = "Lanternfish AI has agreed to acquire Mossbank Systems for $120 million.";

    @TempDir
    Path dir;
    private Path store;
    private Path first;
    private Path second;
    private Path third;

    @BeforeEach
    void ingestThreeArticles() throws IOException {
        store = dir.resolve("store");
        first = Files.writeString(dir.resolve("first.txt"), "Lanternfish AI news\n\n" + ONLY_HERE + " " + SHARED + "\n");
        second = Files.writeString(dir.resolve("second.txt"), "Mossbank sold\n\n" + SHARED + "\n");
        third = Files.writeString(dir.resolve("third.txt"), "Copperleaf rents chips\n\nCopperleaf Compute signed a "
                + "$2 billion agreement with Harrowgate Cloud to rent chips for five years.\n");
        CliRun ingest = CliRun.of("ingest", "--store", store.toString(), first.toString(), second.toString(),
                third.toString());
        assertEquals(ExitCodes.OK, ingest.exitCode(), ingest.toString());
    }

    @Test
    void removingByFileDropsWhatOnlyItToldAndKeepsSharedFactsWithTheOthersEvidence() {
        Map<Node, Set<Node>> before = factGraphs();
        Node firstGraph = graphOf(first);
        Node secondGraph = graphOf(second);
        Set<Node> onlyFirst = factsIn(before, Set.of(firstGraph));
        Set<Node> shared = factsIn(before, Set.of(firstGraph, secondGraph));
        assertFalse(onlyFirst.isEmpty(), "the first article tells a fact of its own: " + before);
        assertFalse(shared.isEmpty(), "the two articles share a fact: " + before);

        CliRun remove = CliRun.of("remove", "--store", store.toString(), first.toString());

        assertEquals(ExitCodes.OK, remove.exitCode(), remove.toString());
        assertTrue(remove.out().contains("articles left: 2"), remove.out());
        try (ArticleStore opened = ArticleStore.open(store)) {
            opened.read(ds -> {
                var dsg = ds.asDatasetGraph();
                assertFalse(dsg.containsGraph(firstGraph));
                onlyFirst.forEach(fact -> assertFalse(dsg.find(Node.ANY, fact, Node.ANY, Node.ANY).hasNext(),
                        fact + " is gone"));
                onlyFirst.forEach(fact -> assertFalse(dsg.find(Node.ANY, Node.ANY, Node.ANY, fact).hasNext(),
                        "nothing points at " + fact));
                for (Node fact : shared) {
                    List<Node> evidence = dsg.stream(Node.ANY, fact, DG.evidence.asNode(), Node.ANY)
                            .map(q -> q.getObject()).toList();
                    assertFalse(evidence.isEmpty(), fact + " keeps evidence");
                    evidence.forEach(e -> assertTrue(dsg.contains(secondGraph, e, Node.ANY, Node.ANY),
                            e + " is the second article's evidence"));
                }
                return null;
            });
            assertEquals(List.of(), opened.check());
        }
    }

    @Test
    void removesByArticleIriByGraphIriAndByAnotherPathToTheSameFile() {
        Node secondGraph = graphOf(second);
        String secondArticle = articleOf(second).getURI();
        String thirdGraph = graphOf(third).getURI();
        Path sameFirst = dir.resolve("sub").resolve("..").resolve("first.txt");

        CliRun remove = CliRun.of("remove", "--store", store.toString(), secondArticle, "<" + thirdGraph + ">",
                sameFirst.toString());

        assertEquals(ExitCodes.OK, remove.exitCode(), remove.toString());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(0, opened.articleCount(), "all three removed");
            boolean kept = opened.read(ds -> ds.asDatasetGraph().containsGraph(secondGraph));
            assertFalse(kept);
        }
    }

    @Test
    void anUnknownNameRemovesNothingAndFails() {
        CliRun remove = CliRun.of("remove", "--store", store.toString(), first.toString(), dir.resolve("nope.txt").toString());

        assertEquals(ExitCodes.FAILURE, remove.exitCode(), remove.toString());
        assertTrue(remove.err().contains("nope.txt") && remove.err().contains("nothing was removed"), remove.err());
        try (ArticleStore opened = ArticleStore.open(store)) {
            assertEquals(3, opened.articleCount());
        }
    }

    /** Each fact node (a subject with evidence) with the graphs that hold it. */
    private Map<Node, Set<Node>> factGraphs() {
        try (ArticleStore opened = ArticleStore.open(store)) {
            return opened.read(ds -> {
                Map<Node, Set<Node>> graphs = new HashMap<>();
                ds.asDatasetGraph().stream(Node.ANY, Node.ANY, DG.evidence.asNode(), Node.ANY)
                        .forEach(q -> graphs.computeIfAbsent(q.getSubject(), k -> new HashSet<>()).add(q.getGraph()));
                return graphs;
            });
        }
    }

    private static Set<Node> factsIn(Map<Node, Set<Node>> factGraphs, Set<Node> graphs) {
        Set<Node> facts = new HashSet<>();
        factGraphs.forEach((fact, in) -> {
            if (in.equals(graphs)) {
                facts.add(fact);
            }
        });
        return facts;
    }

    private Node graphOf(Path file) {
        return stored(file).graph();
    }

    private Node articleOf(Path file) {
        return stored(file).article();
    }

    private StoredArticle stored(Path file) {
        try (ArticleStore opened = ArticleStore.open(store)) {
            return opened.articles().stream().filter(a -> a.source().equals(file.getFileName().toString())).findFirst().orElseThrow();
        }
    }
}
