package org.dealgraph.export;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonWriter;
import jakarta.json.stream.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.dealgraph.rdf.Iris;

/**
 * dealgraph's JSON-LD 1.1 context: short terms for the ontology's classes and properties ({@code party},
 * {@code investor}, {@code dealValue}, {@code sentenceText}…), shipped as {@code context.jsonld} beside
 * this class and served by {@code serve} at {@code /context.jsonld}. JSON-LD written by dealgraph is
 * compacted with it and carries it inline, so that it reads without fetching anything. Its prefix
 * {@code dgid} stands for the IRI base of the store it describes.
 */
public final class JsonLdContext {

    private static final String TEXT = SparqlFiles.text("context.jsonld");
    /** The context's {@code dgid} entry, as shipped. */
    private static final String DGID = "\"dgid\": \"" + Iris.DEFAULT_BASE + "\"";

    static {
        if (!TEXT.contains(DGID)) {
            throw new IllegalStateException("context.jsonld has no entry " + DGID);
        }
    }

    private JsonLdContext() {
    }

    /** The context document, with {@code dgid} standing for {@code iris}' base. */
    public static String text(Iris iris) {
        return TEXT.replace(DGID, "\"dgid\": \"" + iris.base() + "\"");
    }

    /**
     * Writes {@code graph} as JSON-LD 1.1 compacted with the context for {@code iris}' base, pretty-printed;
     * does not close {@code out}.
     */
    public static void write(Graph graph, Iris iris, OutputStream out) {
        ByteArrayOutputStream plain = new ByteArrayOutputStream();
        RDFWriter.source(graph).format(RDFFormat.JSONLD11_PLAIN).output(plain);
        try {
            JsonObject compacted = JsonLd.compact(
                    JsonDocument.of(new ByteArrayInputStream(plain.toByteArray())),
                    JsonDocument.of(new ByteArrayInputStream(text(iris).getBytes(StandardCharsets.UTF_8)))).get();
            JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true))
                    .createWriter(new NonClosing(out), StandardCharsets.UTF_8);
            writer.write(compacted);
            writer.close();
        } catch (JsonLdError e) {
            throw new IllegalStateException("cannot compact the JSON-LD with dealgraph's context: " + e.getMessage(), e);
        }
    }

    /** Keeps the JSON writer from closing the caller's stream. */
    private static final class NonClosing extends java.io.FilterOutputStream {
        NonClosing(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws java.io.IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws java.io.IOException {
            out.flush();
        }
    }
}
