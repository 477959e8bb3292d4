package org.dealgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFLib;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.util.IsoMatcher;
import org.apache.jena.vocabulary.SchemaDO;
import org.dealgraph.model.ResolvedArticle;
import org.junit.jupiter.api.Test;

class ArticleMapperTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/rdf");

    private final ArticleMapper mapper = new ArticleMapper();

    @Test
    void mapsSevenFactsAsTheGoldenGraph() {
        DatasetGraph expected = RDFDataMgr.loadDatasetGraph(GOLDEN.resolve("seven-facts/expected.trig").toString());
        DatasetGraph actual = dataset(mapper.quads(SampleArticles.first()));
        assertTrue(IsoMatcher.isomorphic(expected, actual),
                () -> "mapped graph differs from the golden one\n--- expected\n" + trig(expected)
                        + "\n--- actual\n" + trig(actual));
    }

    @Test
    void streamsTheSameQuadsAsItLists() {
        DatasetGraph streamed = DatasetGraphFactory.create();
        StreamRDF out = StreamRDFLib.dataset(streamed);
        out.start();
        mapper.map(SampleArticles.first(), out);
        out.finish();
        assertTrue(IsoMatcher.isomorphic(dataset(mapper.quads(SampleArticles.first())), streamed));
    }

    @Test
    void writesNoBlankNodes() {
        for (Quad q : mapper.quads(SampleArticles.first())) {
            assertFalse(q.getSubject().isBlank() || q.getObject().isBlank(), () -> "blank node in " + q);
        }
    }

    @Test
    void putsEveryQuadInTheArticleGraph() {
        Node graph = mapper.graphName(SampleArticles.FIRST_ID);
        assertEquals("https://w3id.org/dealgraph/id/graph/a1b2c3d4e5f60718", graph.getURI());
        assertTrue(mapper.quads(SampleArticles.first()).stream().allMatch(q -> q.getGraph().equals(graph)));
    }

    @Test
    void mapsTheSameArticleToTheSameQuadsEachTime() {
        assertEquals(mapper.quads(SampleArticles.first()), mapper.quads(SampleArticles.first()));
    }

    @Test
    void twoArticlesTellingOneDealShareItsNodeAndValue() {
        Set<List<Node>> first = triples(SampleArticles.first());
        Set<List<Node>> second = triples(SampleArticles.second());
        Node deal = NodeFactory.createURI("https://w3id.org/dealgraph/id/deal/helios-compute-northwind-labs-2025");
        Node value = NodeFactory.createURI(deal.getURI() + "/value/usd-2500000000");
        List<Node> valueTriple = List.of(deal, DG.value.asNode(), value);
        assertTrue(first.contains(valueTriple), "first article misses " + valueTriple);
        assertTrue(second.contains(valueTriple), "second article misses " + valueTriple);
        assertTrue(second.contains(List.of(value, SchemaDO.value.asNode(),
                NodeFactory.createLiteralDT("2500000000.0", XSDDatatype.XSDdecimal))));
    }

    @Test
    void writesADateAsPreciselyAsTheTextStatesIt() {
        Node deal = NodeFactory.createURI("https://w3id.org/dealgraph/id/deal/helios-compute-northwind-labs-2025");
        assertTrue(triples(SampleArticles.first()).contains(List.of(deal, DG.date.asNode(),
                NodeFactory.createLiteralDT("2025-03-03", XSDDatatype.XSDdate))));
        assertTrue(triples(SampleArticles.second()).contains(List.of(deal, DG.date.asNode(),
                NodeFactory.createLiteralDT("2025", XSDDatatype.XSDgYear))), "a year stays a year");
    }

    @Test
    void writesAmountsAsCanonicalDecimalsWithoutExponent() {
        List<String> amounts = mapper.quads(SampleArticles.first()).stream()
                .filter(q -> q.getPredicate().equals(SchemaDO.value.asNode()))
                .map(q -> q.getObject().getLiteralLexicalForm())
                .sorted()
                .toList();
        assertEquals(List.of("120000000.0", "150000000.0", "2500000000.0", "3000000000.0", "400000000.0"), amounts);
    }

    @Test
    void derivesPartnersBothWaysFromAnnouncedDeals() {
        Node northwind = NodeFactory.createURI("https://w3id.org/dealgraph/id/organization/northwind-labs");
        Node helios = NodeFactory.createURI("https://w3id.org/dealgraph/id/organization/helios-compute");
        Set<List<Node>> triples = triples(SampleArticles.second());
        assertTrue(triples.contains(List.of(northwind, DG.partnerOf.asNode(), helios)));
        assertTrue(triples.contains(List.of(helios, DG.partnerOf.asNode(), northwind)));
    }

    @Test
    void derivesNoPartnersFromDealsInTalks() {
        ResolvedArticle talks = SampleArticles.inTalks();
        assertTrue(mapper.quads(talks).stream().anyMatch(q -> q.getObject().equals(DG.InTalks.asNode())));
        assertTrue(mapper.quads(talks).stream().noneMatch(q -> q.getPredicate().equals(DG.partnerOf.asNode())));
    }

    @Test
    void keepsAUrlThatIsNoWebAddressAsText() {
        Quad url = mapper.quads(SampleArticles.inTalks()).stream()
                .filter(q -> q.getPredicate().equals(SchemaDO.url.asNode()))
                .findFirst().orElseThrow();
        assertEquals("not a web address", url.getObject().getLiteralLexicalForm());
    }

    private Set<List<Node>> triples(ResolvedArticle article) {
        return mapper.quads(article).stream()
                .map(q -> List.of(q.getSubject(), q.getPredicate(), q.getObject()))
                .collect(Collectors.toSet());
    }

    private static DatasetGraph dataset(List<Quad> quads) {
        DatasetGraph dsg = DatasetGraphFactory.create();
        quads.forEach(dsg::add);
        return dsg;
    }

    private static String trig(DatasetGraph dsg) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        RDFDataMgr.write(out, dsg, RDFFormat.TRIG_PRETTY);
        return out.toString(StandardCharsets.UTF_8);
    }
}
