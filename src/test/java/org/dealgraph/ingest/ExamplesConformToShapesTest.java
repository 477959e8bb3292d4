package org.dealgraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.Dataset;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The graph built from the shipped example articles conforms to ontology/shapes.ttl, article by article. */
@Tag("integration")
class ExamplesConformToShapesTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    @Test
    void everyExampleArticleGraphConforms() {
        try (ArticleStore store = ArticleStore.inMemory()) {
            IngestReport report = new Ingestor(Pipeline.standard(), store).ingest(List.of(Path.of("examples")));
            assertEquals(List.of(), report.rejected(), "every example is stored");
            assertTrue(report.stored() >= 8, "the examples hold at least eight articles: " + report.stored());
            List<String> violations = store.read(ExamplesConformToShapesTest::violations);
            assertEquals(List.of(), violations);
        }
    }

    private static List<String> violations(Dataset dataset) {
        List<String> found = new ArrayList<>();
        dataset.asDatasetGraph().listGraphNodes().forEachRemaining(name -> {
            Graph graph = dataset.asDatasetGraph().getGraph(name);
            ValidationReport report = ShaclValidator.get().validate(SHAPES, graph);
            for (ReportEntry e : report.getEntries()) {
                found.add(name.getURI() + ": " + e.focusNode() + " " + e.message());
            }
        });
        return found;
    }
}
