package org.dealgraph.export;

import java.io.OutputStream;
import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * GEXF 1.2 (Gephi's own format): nodes with their label and the attributes type and IRI; edges with a label
 * (the kind) and the attributes kind, fact, amount, currency, date, title, status and directed. Every edge is
 * written directed (a deal's or a partnership's from one party to the other, with {@code directed} false),
 * since NetworkX refuses a graph that mixes directed and undirected edges.
 */
public final class GexfExporter implements GraphExporter {

    static final String NS = "http://www.gexf.net/1.2draft";

    @Override
    public String name() {
        return "gexf";
    }

    @Override
    public void write(PropertyGraph graph, OutputStream out) {
        XmlOutput.document(out, xml -> {
            xml.setDefaultNamespace(NS);
            xml.writeStartElement("gexf");
            xml.writeDefaultNamespace(NS);
            xml.writeAttribute("version", "1.2");
            xml.writeStartElement("meta");
            XmlOutput.element(xml, "creator", "dealgraph");
            XmlOutput.element(xml, "description", "Organizations and people, and the facts between them");
            xml.writeEndElement();
            xml.writeStartElement("graph");
            xml.writeAttribute("mode", "static");
            xml.writeAttribute("defaultedgetype", "directed");
            attributes(xml);
            Map<String, String> ids = nodes(xml, graph);
            edges(xml, graph, ids);
            xml.writeEndElement();
            xml.writeEndElement();
        });
    }

    private static void attributes(XMLStreamWriter xml) throws XMLStreamException {
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "node");
        attribute(xml, "type", "string");
        attribute(xml, "iri", "string");
        xml.writeEndElement();
        xml.writeStartElement("attributes");
        xml.writeAttribute("class", "edge");
        for (Map.Entry<String, String> type : EdgeAttributes.XML_TYPES.entrySet()) {
            attribute(xml, type.getKey(), type.getValue());
        }
        xml.writeEndElement();
    }

    private static void attribute(XMLStreamWriter xml, String name, String type) throws XMLStreamException {
        xml.writeEmptyElement("attribute");
        xml.writeAttribute("id", name);
        xml.writeAttribute("title", name);
        xml.writeAttribute("type", type);
    }

    private static Map<String, String> nodes(XMLStreamWriter xml, PropertyGraph graph) throws XMLStreamException {
        Map<String, String> ids = new HashMap<>();
        xml.writeStartElement("nodes");
        for (GraphNode node : graph.nodes()) {
            String id = "n" + ids.size();
            ids.put(node.iri(), id);
            xml.writeStartElement("node");
            xml.writeAttribute("id", id);
            xml.writeAttribute("label", node.label());
            xml.writeStartElement("attvalues");
            value(xml, "type", node.type());
            value(xml, "iri", node.iri());
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
        return ids;
    }

    private static void edges(XMLStreamWriter xml, PropertyGraph graph, Map<String, String> ids)
            throws XMLStreamException {
        xml.writeStartElement("edges");
        int count = 0;
        for (GraphEdge edge : graph.edges()) {
            xml.writeStartElement("edge");
            xml.writeAttribute("id", "e" + count++);
            xml.writeAttribute("source", ids.get(edge.source()));
            xml.writeAttribute("target", ids.get(edge.target()));
            xml.writeAttribute("label", edge.kind().label());
            xml.writeStartElement("attvalues");
            for (Map.Entry<String, String> value : EdgeAttributes.withDirection(edge).entrySet()) {
                value(xml, value.getKey(), value.getValue());
            }
            xml.writeEndElement();
            xml.writeEndElement();
        }
        xml.writeEndElement();
    }

    private static void value(XMLStreamWriter xml, String name, String value) throws XMLStreamException {
        xml.writeEmptyElement("attvalue");
        xml.writeAttribute("for", name);
        xml.writeAttribute("value", value);
    }
}
