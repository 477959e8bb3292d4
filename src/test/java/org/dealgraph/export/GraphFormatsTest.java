package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.system.Txn;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Each property-graph format, read back by a real parser and a small reader of our own, against the graph;
 * GraphML and GEXF also validated against the formats' published XML schemas (as shipped by the JGraphT
 * library) and loaded by JGraphT's importers, as the tools that open them would.
 */
class GraphFormatsTest {

    private static SampleStore store;
    private static PropertyGraph graph;

    @BeforeAll
    static void read() {
        store = new SampleStore();
        graph = PropertyGraphReader.read(store.dataset());
    }

    @AfterAll
    static void close() {
        store.close();
    }

    @Test
    void graphMlHasEveryNodeAndEdgeWithDeclaredKeysAndKnownEnds() throws Exception {
        Document xml = parseXml(new GraphMlExporter());
        assertEquals(GraphMlExporter.NS, xml.getDocumentElement().getNamespaceURI());
        Set<String> keys = ids(xml.getElementsByTagNameNS(GraphMlExporter.NS, "key"));
        Set<String> nodes = ids(xml.getElementsByTagNameNS(GraphMlExporter.NS, "node"));
        assertEquals(graph.nodes().size(), nodes.size());
        NodeList edges = xml.getElementsByTagNameNS(GraphMlExporter.NS, "edge");
        assertEquals(graph.edges().size(), edges.getLength());
        for (Element edge : elements(edges)) {
            assertTrue(nodes.contains(edge.getAttribute("source")) && nodes.contains(edge.getAttribute("target")));
        }
        for (Element data : elements(xml.getElementsByTagNameNS(GraphMlExporter.NS, "data"))) {
            assertTrue(keys.contains(data.getAttribute("key")), data.getAttribute("key"));
        }
        assertTrue(text(xml).contains("Northwind Labs"));
    }

    @Test
    void gexfHasEveryNodeAndEdgeWithDeclaredAttributes() throws Exception {
        Document xml = parseXml(new GexfExporter());
        assertEquals(GexfExporter.NS, xml.getDocumentElement().getNamespaceURI());
        Set<String> attributes = ids(xml.getElementsByTagNameNS(GexfExporter.NS, "attribute"));
        Set<String> nodes = ids(xml.getElementsByTagNameNS(GexfExporter.NS, "node"));
        assertEquals(graph.nodes().size(), nodes.size());
        List<Element> edges = elements(xml.getElementsByTagNameNS(GexfExporter.NS, "edge"));
        assertEquals(graph.edges().size(), edges.size());
        assertEquals(2, edges.stream().filter(e -> e.getAttribute("label").equals("deal")).count());
        for (Element value : elements(xml.getElementsByTagNameNS(GexfExporter.NS, "attvalue"))) {
            assertTrue(attributes.contains(value.getAttribute("for")));
        }
    }

    @Test
    void cytoscapeJsonHasEveryElementAndFormattedAmounts() throws Exception {
        JsonNode json = new ObjectMapper().readTree(export(new CytoscapeJsonExporter()));
        assertEquals(graph.nodes().size(), json.at("/elements/nodes").size());
        assertEquals(graph.edges().size(), json.at("/elements/edges").size());
        List<String> amounts = new ArrayList<>();
        json.at("/elements/edges").forEach(e -> amounts.add(e.at("/data/amountText").asText()));
        assertTrue(amounts.contains("$2.5 billion") && amounts.contains("€120 million"), amounts.toString());
    }

    @Test
    void csvListsParseBackWithOneRowPerNodeAndEdge() {
        CsvExporter csv = new CsvExporter();
        ByteArrayOutputStream nodes = new ByteArrayOutputStream();
        ByteArrayOutputStream edges = new ByteArrayOutputStream();
        csv.writeNodes(graph, nodes);
        csv.writeEdges(graph, edges);
        List<List<String>> nodeRows = CsvRows.parse(nodes.toString(StandardCharsets.UTF_8));
        List<List<String>> edgeRows = CsvRows.parse(edges.toString(StandardCharsets.UTF_8));
        assertEquals(List.of("Id", "Label", "Type", "Iri"), nodeRows.get(0));
        assertEquals(graph.nodes().size() + 1, nodeRows.size());
        assertEquals(graph.edges().size() + 1, edgeRows.size());
        Set<String> ids = new HashSet<>();
        nodeRows.stream().skip(1).forEach(r -> ids.add(r.get(0)));
        edgeRows.stream().skip(1).forEach(r -> assertTrue(ids.contains(r.get(0)) && ids.contains(r.get(1))));
    }

    @Test
    void csvQuotesCellsWithCommasAndQuotes() {
        assertEquals("\"Nova, Inc.\"", CsvExporter.cell("Nova, Inc."));
        assertEquals("\"the \"\"lab\"\"\"", CsvExporter.cell("the \"lab\""));
        assertEquals(List.of(List.of("Nova, Inc.", "the \"lab\"")), CsvRows.parse("\"Nova, Inc.\",\"the \"\"lab\"\"\"\r\n"));
    }

    @Test
    void jsonLdIsCompactedWithTheContextAndParsesBackToTheUnionGraph() {
        String jsonld = new String(export(new JsonLdExporter()), StandardCharsets.UTF_8);
        assertTrue(jsonld.contains("\"sentenceText\"") && jsonld.contains("\"party\""), jsonld);
        Model parsed = ModelFactory.createDefaultModel();
        RDFParser.fromString(jsonld, Lang.JSONLD).parse(parsed);
        Dataset dataset = store.dataset();
        Model union = Txn.calculateRead(dataset, () -> ModelFactory.createModelForGraph(
                dataset.asDatasetGraph().getUnionGraph()).difference(ModelFactory.createDefaultModel()));
        assertTrue(union.isIsomorphicWith(parsed), "the JSON-LD does not read back to the union graph");
    }

    @Test
    void neighbourhoodDatasetHoldsOnlyWhatIsNearTheCenter() {
        Dataset around = Neighbourhood.around(store.dataset(), SampleStore.NORTHWIND, 1);
        PropertyGraph near = PropertyGraphReader.read(around);
        assertEquals(graph.around(SampleStore.NORTHWIND, 1).nodes().size(), near.nodes().size());
        assertEquals(graph.around(SampleStore.NORTHWIND, 1).edges().size(), near.edges().size());
        String turtle = new String(exportOf(new TurtleExporter(), around), StandardCharsets.UTF_8);
        assertTrue(turtle.contains("sentenceText"), "evidence of the facts comes along");
        assertTrue(!turtle.contains("brightwater-ai-quillon-capital"), "the far deal is left out");
    }

    @Test
    void graphMlIsValidAgainstItsSchema() throws Exception {
        schema("graphml.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(export(new GraphMlExporter()))));
    }

    @Test
    void gexfIsValidAgainstItsSchema() throws Exception {
        schema("gexf.xsd").newValidator().validate(new StreamSource(new ByteArrayInputStream(export(new GexfExporter()))));
    }

    @Test
    void graphMlLoadsIntoAGraphLibraryWithEveryNodeAndEdge() {
        Graph<String, DefaultEdge> loaded = emptyGraph();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(loaded, new ByteArrayInputStream(export(new GraphMlExporter())));
        assertEquals(graph.nodes().size(), loaded.vertexSet().size());
        assertEquals(graph.edges().size(), loaded.edgeSet().size());
    }

    @Test
    void gexfLoadsIntoAGraphLibraryWithEveryNodeAndEdge() {
        Graph<String, DefaultEdge> loaded = emptyGraph();
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        importer.setVertexFactory(id -> id);
        importer.importGraph(loaded, new ByteArrayInputStream(export(new GexfExporter())));
        assertEquals(graph.nodes().size(), loaded.vertexSet().size());
        assertEquals(graph.edges().size(), loaded.edgeSet().size());
    }

    private static Graph<String, DefaultEdge> emptyGraph() {
        return GraphTypeBuilder.<String, DefaultEdge>directed().allowingMultipleEdges(true).allowingSelfLoops(true)
                .edgeClass(DefaultEdge.class).buildGraph();
    }

    private static Schema schema(String name) throws Exception {
        URL xsd = Graph.class.getClassLoader().getResource(name);
        assertNotNull(xsd, name + " ships with the graph library");
        return SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI).newSchema(xsd);
    }

    private static Document parseXml(GraphExporter exporter) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(export(exporter)));
    }

    private static byte[] export(Exporter exporter) {
        return exportOf(exporter, store.dataset());
    }

    private static byte[] exportOf(Exporter exporter, Dataset dataset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(dataset, out);
        return out.toByteArray();
    }

    private static Set<String> ids(NodeList list) {
        Set<String> ids = new HashSet<>();
        elements(list).forEach(e -> ids.add(e.getAttribute("id")));
        return ids;
    }

    private static List<Element> elements(NodeList list) {
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            elements.add((Element) list.item(i));
        }
        return elements;
    }

    private static String text(Document xml) {
        return xml.getDocumentElement().getTextContent();
    }
}
