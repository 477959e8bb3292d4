package org.dealgraph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GraphML (opens in Gephi, yEd, Cytoscape and NetworkX): one node per organization or person with its
 * label, type and IRI; one edge per fact between them with its kind, fact IRI, amount, currency, date,
 * title and status, and whether its direction means something. Every edge is written directed (a deal's or a
 * partnership's from one party to the other, with {@code directed} false), since NetworkX refuses a graph that
 * mixes directed and undirected edges.
 */
public final class GraphMlExporter implements GraphExporter {

    static final String NS = "http://graphml.graphdrawing.org/xmlns";
    private static final List<String> NODE_KEYS = List.of("label", "type", "iri");

    @Override
    public String name() {
        return "graphml";
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        XmlOutput.document(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement("graphml");
            xml.writeDefaultNamespace(NS);
            for (String key : NODE_KEYS) {
                key(xml, key, "node", "string");
            }
            for (Map.Entry<String, String> key : EdgeAttributes.XML_TYPES.entrySet()) {
                key(xml, key.getKey(), "edge", key.getValue());
            }
            xml.writeStartElement("graph");
            xml.writeAttribute("id", "dealgraph");
            xml.writeAttribute("edgedefault", "directed");
            Map<String, String> ids = nodes(xml, graph);
            edges(xml, graph, ids);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void key(XMLStreamWriter xml, String name, String domain, String type) throws XMLStreamException {
        xml.writeEmptyElement("key");
        xml.writeAttribute("id", domain.charAt(0) + "_" + name);
        xml.writeAttribute("for", domain);
        xml.writeAttribute("attr.name", name);
        xml.writeAttribute("attr.type", type);
    }

    private static Map<String, String> nodes(XMLStreamWriter xml, PropertyGraph graph) throws XMLStreamException {
        Map<String, String> ids = new HashMap<>();
        for (GraphNode node : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.iri(), id);
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            data(xml, "n_label", node.label());
            data(xml, "n_type", node.type());
            data(xml, "n_iri", node.iri());
            xml.writeEndElement();
        }
        return ids;
    }

    private static void edges(XMLStreamWriter xml, PropertyGraph graph, Map<String, String> ids)
            throws XMLStreamException {
        int count = 0;
        for (GraphEdge edge : graph.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + count++);
            xml.writeAttribute("source", ids.get(edge.source()));
            xml.writeAttribute("target", ids.get(edge.target()));
            for (Map.Entry<String, String> value : EdgeAttributes.withDirection(edge).entrySet()) {
                data(xml, "e_" + value.getKey(), value.getValue());
            }
            xml.writeEndElement();
        }
    }

    private static void data(XMLStreamWriter xml, String key, String value) throws XMLStreamException {
        xml.writeStartElement("data");
        xml.writeAttribute("key", key);
        xml.writeCharacters(value);
        xml.writeEndElement();
    }
}
