package org.dealgraph.export;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** A StAX writer on a stream (the XML writer escapes every text and attribute), with checked errors unchecked. */
final class XmlOutput {

    /** Writes one part of a document. */
    interface Body {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlOutput() {
    }

    /** Writes a UTF-8 XML document to {@code out} through {@code body}; flushes but does not close {@code out}. */
    static void document(OutputStream out, Body body) {
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, StandardCharsets.UTF_8.name());
            xml.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
            xml.writeCharacters("\n");
            body.write(xml);
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            xml.close();
            out.flush();
        } catch (XMLStreamException | java.io.IOException e) {
            throw new IllegalStateException("cannot write XML: " + e.getMessage(), e);
        }
    }

    /** An element holding only text. */
    static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
