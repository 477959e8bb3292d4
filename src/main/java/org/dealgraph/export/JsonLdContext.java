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
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFWriter;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.DG;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.KindTerms;

/**
 * dealgraph's JSON-LD 1.1 context: short terms for the ontology's classes and properties ({@code party},
 * {@code investor}, {@code dealValue}, {@code sentenceText}…), served by {@code serve} at {@code /context.jsonld}.
 * The terms shared by every kind of fact (entities, names, status, date, evidence, articles) are written in
 * {@code context.jsonld} beside this class; those of each kind of fact (its class, its argument, amount and
 * literal properties, its shortcuts) are added from the registry of kinds and their RDF terms
 * ({@link KindTerms}), each named by its local name ({@code dg:value} keeps its published name
 * {@code dealValue}). JSON-LD written by dealgraph is compacted with it and carries it inline, so that it reads
 * without fetching anything. Its prefix {@code dgid} stands for the IRI base of the store it describes.
 */
public final class JsonLdContext {

    /** Terms whose published name is not their local name. */
    private static final Map<String, String> NAMES = Map.of(DG.value.getURI(), "dealValue");
    private static final JsonObject TERMS = terms(Json.createReader(new StringReader(SparqlFiles.text("context.jsonld")))
            .readObject().getJsonObject("@context"));

    private JsonLdContext() {
    }

    /** The context document, with {@code dgid} standing for {@code iris}' base. */
    public static String text(Iris iris) {
        JsonObject context = Json.createObjectBuilder().add("@context",
                Json.createObjectBuilder(TERMS).add("dgid", iris.base())).build();
        StringWriter text = new StringWriter();
        try (JsonWriter writer = Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true)).createWriter(text)) {
            writer.write(context);
        }
        return text.toString();
    }

    /** The shipped terms, then those of each kind of fact; a name given two meanings is an error. */
    private static JsonObject terms(JsonObject shipped) {
        if (!shipped.containsKey("dgid")) {
            throw new IllegalStateException("context.jsonld has no entry dgid");
        }
        Map<String, JsonValue> terms = new LinkedHashMap<>(shipped);
        Map<String, String> prefixes = new LinkedHashMap<>();
        shipped.forEach((name, v) -> {
            if (v instanceof JsonString s && (s.getString().endsWith("#") || s.getString().endsWith("/"))) {
                prefixes.put(s.getString(), name);
            }
        });
        for (FactKind kind : FactKind.values()) {
            KindTerms t = KindTerms.of(kind);
            add(terms, kind, name(t.type().getURI()), Json.createValue(compact(t.type().getURI(), prefixes)));
            List<Property> links = new ArrayList<>(t.arguments().values());
            links.addAll(t.amounts());
            links.addAll(t.shortcuts());
            for (Property p : links) {
                add(terms, kind, name(p.getURI()), typed(compact(p.getURI(), prefixes), "@id"));
            }
            t.literals().forEach((p, type) -> add(terms, kind, name(p.getURI()), type
                    .<JsonValue>map(dt -> typed(compact(p.getURI(), prefixes), compact(dt.getURI(), prefixes)))
                    .orElse(Json.createValue(compact(p.getURI(), prefixes)))));
        }
        JsonObjectBuilder b = Json.createObjectBuilder();
        terms.forEach(b::add);
        return b.build();
    }

    private static void add(Map<String, JsonValue> terms, FactKind kind, String name, JsonValue term) {
        JsonValue before = terms.putIfAbsent(name, term);
        if (before != null && !before.equals(term)) {
            throw new IllegalStateException("the JSON-LD term " + name + " of the kind of fact " + kind.id()
                    + " would be " + term + " but is " + before);
        }
    }

    private static JsonObject typed(String id, String type) {
        return Json.createObjectBuilder().add("@id", id).add("@type", type).build();
    }

    /** The term's name: its local name, unless published under another. */
    private static String name(String iri) {
        return NAMES.getOrDefault(iri, iri.substring(Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1));
    }

    /** {@code dg:party} for an IRI under a prefix of the context, else the IRI itself. */
    private static String compact(String iri, Map<String, String> prefixes) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            String local = iri.substring(Math.min(iri.length(), p.getKey().length()));
            if (iri.startsWith(p.getKey()) && local.matches("[A-Za-z_][A-Za-z0-9_-]*")) {
                return p.getValue() + ":" + local;
            }
        }
        return iri;
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
