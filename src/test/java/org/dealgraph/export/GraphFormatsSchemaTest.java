package org.dealgraph.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URL;
import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.builder.GraphTypeBuilder;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * GraphML and GEXF as the tools that open them see them: valid against the formats' published XML schemas
 * (as shipped by the JGraphT library), and loaded by JGraphT's importers with every node and edge.
 */
class GraphFormatsSchemaTest {

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

    private static byte[] export(Exporter exporter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        exporter.write(store.dataset(), out);
        return out.toByteArray();
    }
}
