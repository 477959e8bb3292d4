package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The example articles' graph exported as GraphML and GEXF and loaded by NetworkX and igraph (igraph has no
 * GEXF reader), as an analyst would: every node and edge of the store's property graph comes back once, with
 * its attributes. Skipped, saying why, when no python3 here imports the library; the CI script installs them.
 */
@Tag("integration")
class GraphToolsTest {

    private static final Path EXAMPLES = Path.of("examples");
    private static final String ENTITIES = "PREFIX dg: <https://w3id.org/dealgraph/ns#> SELECT DISTINCT ?e "
            + "WHERE { { ?e a dg:Organization } UNION { ?e a dg:Person } }";

    private static ArticleStore store;
    private static PropertyGraph graph;

    @TempDir
    Path dir;

    @BeforeAll
    static void ingestExamples() {
        store = ArticleStore.inMemory();
        new Ingestor(Pipeline.standard(), store, 2).ingest(List.of(EXAMPLES));
        graph = PropertyGraphReader.read(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @ParameterizedTest(name = "{0} reads the {1} export")
    @CsvSource({"networkx, graphml", "networkx, gexf", "igraph, graphml"})
    void libraryReadsEveryNodeAndEdgeWithItsAttributes(String library, String format) throws Exception {
        Optional<String> python = PythonGraphTools.interpreterWith(library);
        assumeTrue(python.isPresent(), "skipped: no python3 here imports " + library + " (Debian: apt-get install "
                + "python3-" + library + "; .ci/run installs it)");
        Path file = dir.resolve("graph." + format);
        try (OutputStream out = Files.newOutputStream(file)) {
            Exporters.named(format).orElseThrow().write(store.dataset(), out);
        }
        JsonNode read = new ObjectMapper().readTree(PythonGraphTools.load(python.get(), library, format, file, dir));

        assertTrue(read.get("directed").asBoolean(), "a directed graph, so investments keep their direction");
        assertTrue(graph.nodes().size() > 20 && graph.edges().size() > 20, "the examples make a graph worth reading");
        assertEquals(storeEntities(), graph.nodes().stream().map(GraphNode::iri).collect(java.util.stream.Collectors.toSet()),
                "every organization and person of the store is a node");
        assertEquals(sorted(graph.nodes().stream().map(GraphToolsTest::expected).toList()),
                sorted(list(read.get("nodes")).stream().map(GraphToolsTest::node).toList()));
        assertEquals(sorted(graph.edges().stream().map(GraphToolsTest::expected).toList()),
                sorted(list(read.get("edges")).stream().map(GraphToolsTest::edge).toList()));
    }

    private static Set<String> storeEntities() {
        return Txn.calculateRead(store.dataset(), () -> {
            Set<String> iris = new HashSet<>();
            try (QueryExecution query = QueryExecution.dataset(store.dataset()).query(ENTITIES).build()) {
                query.execSelect().forEachRemaining(row -> iris.add(row.getResource("e").getURI()));
            }
            return iris;
        });
    }

    private static Map<String, String> expected(GraphNode node) {
        return Map.of("iri", node.iri(), "label", node.label(), "type", node.type());
    }

    private static Map<String, String> node(JsonNode read) {
        return Map.of("iri", read.path("iri").asText(), "label", read.path("label").asText(),
                "type", read.path("type").asText());
    }

    private static Map<String, String> expected(GraphEdge edge) {
        Map<String, String> values = new TreeMap<>(EdgeAttributes.of(edge));
        edge.amount().ifPresent(a -> values.put("amount", plain(a)));
        values.put("source", edge.source());
        values.put("target", edge.target());
        values.put("directed", String.valueOf(edge.kind().directed()));
        return values;
    }

    /** What a library read for an edge; a GEXF edge's label is its kind, and ids are the file's own. */
    private static Map<String, String> edge(JsonNode read) {
        Map<String, String> values = new TreeMap<>();
        read.fields().forEachRemaining(f -> values.put(f.getKey(), f.getValue().asText()));
        values.remove("id");
        String label = values.remove("label");
        if (label != null) {
            assertEquals(values.get("kind"), label, "a GEXF edge's label is its kind");
        }
        if (values.containsKey("amount")) {
            values.put("amount", plain(new BigDecimal(values.get("amount"))));
        }
        return values;
    }

    private static String plain(BigDecimal amount) {
        return amount.stripTrailingZeros().toPlainString();
    }

    private static List<JsonNode> list(JsonNode array) {
        List<JsonNode> items = new ArrayList<>();
        array.forEach(items::add);
        return items;
    }

    private static List<String> sorted(List<Map<String, String>> rows) {
        return rows.stream().map(r -> new TreeMap<>(r).toString()).sorted().toList();
    }
}
