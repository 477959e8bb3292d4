package org.dealgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.lib.ShLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.dealgraph.model.ResolvedArticle;
import org.junit.jupiter.api.Test;

/** The mapper's output conforms to ontology/shapes.ttl, and the shapes do catch what they promise. */
class ShapesTest {

    private static final Shapes SHAPES = Shapes.parse(RDFDataMgr.loadGraph("ontology/shapes.ttl"));

    private final ArticleMapper mapper = new ArticleMapper();

    @Test
    void everySampleArticleGraphConforms() {
        for (ResolvedArticle article : List.of(SampleArticles.first(), SampleArticles.second(),
                SampleArticles.inTalks())) {
            ValidationReport report = validate(mapper.quads(article));
            assertTrue(report.conforms(), () -> text(report));
        }
    }

    @Test
    void theUnionOfTwoArticleGraphsConforms() {
        DatasetGraph dsg = DatasetGraphFactory.create();
        mapper.quads(SampleArticles.first()).forEach(dsg::add);
        mapper.quads(SampleArticles.second()).forEach(dsg::add);
        ValidationReport report = ShaclValidator.get().validate(SHAPES, dsg.getUnionGraph());
        assertTrue(report.conforms(), () -> text(report));
    }

    @Test
    void rejectsADealWithoutEvidence() {
        List<Quad> quads = mapper.quads(SampleArticles.second()).stream()
                .filter(q -> !q.getPredicate().equals(DG.evidence.asNode()))
                .toList();
        ValidationReport report = validate(quads);
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().getURI().contains("/deal/")),
                () -> text(report));
    }

    @Test
    void rejectsAnAmountWithALowerCaseCurrency() {
        List<Quad> quads = mapper.quads(SampleArticles.second()).stream()
                .map(q -> q.getObject().isLiteral() && q.getObject().getLiteralLexicalForm().equals("USD")
                        ? Quad.create(q.getGraph(), q.getSubject(), q.getPredicate(),
                        NodeFactory.createLiteralString("usd"))
                        : q)
                .toList();
        assertFalse(validate(quads).conforms());
    }

    private static ValidationReport validate(List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        quads.forEach(dsg::add);
        Node graph = quads.get(0).getGraph();
        Graph data = dsg.getGraph(graph);
        return ShaclValidator.get().validate(SHAPES, data);
    }

    private static String text(ValidationReport report) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ShLib.printReport(out, report);
        return out.toString(StandardCharsets.UTF_8);
    }
}
