package org.dealgraph.cli;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.dealgraph.model.FactKind;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.KindTerms;
import org.dealgraph.serve.DealgraphServer;

/**
 * The run {@link ExampleKindTest} makes in a class loader of its own, whose class path also holds the folder
 * {@code kinds-example} (a kind file, its index and its rule file): dealgraph as a user who adds those files to
 * the class path runs it. Ingests the articles, exports the store in four formats, counts and checks it, serves it
 * and reads the pages of the first fact of {@code kind}; returns every output by name, as plain strings so that
 * they cross the class loaders.
 */
public final class ExampleKindRun {

    private ExampleKindRun() {
    }

    public static Map<String, String> run(Path articles, Path store, String kind) throws IOException, InterruptedException {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("kinds", Arrays.stream(FactKind.values()).map(FactKind::id).collect(Collectors.joining(" ")));
        FactKind fact = FactKind.byId(kind).orElseThrow();
        KindTerms terms = KindTerms.of(fact);
        out.put("terms", Stream.of(List.of(terms.type()), terms.arguments().values(), terms.shortcuts())
                .flatMap(java.util.Collection::stream).map(Resource::getURI).collect(Collectors.joining(" ")));
        out.put("ingest", CliRun.of("ingest", "--store", store.toString(), articles.toString()).toString());
        for (String format : List.of("nq", "jsonld", "graphml", "cyjs")) {
            out.put(format, CliRun.of("export", "--store", store.toString(), "--format", format).out());
        }
        out.put("stats", CliRun.of("stats", "--store", store.toString()).out());
        out.put("check", CliRun.of("check", "--store", store.toString()).toString());
        Node node = first(out.get("nq"), terms.type().asNode());
        Node plaintiff = objectOf(out.get("nq"), node, terms.arguments().values().iterator().next().asNode());
        Serving serving = CliRun.serving("serve", "--store", store.toString(), "--port", "0");
        try {
            DealgraphServer server = serving.start();
            out.put("page", get(server.url() + "/id/" + node.getURI().substring(Iris.DEFAULT_BASE.length()) + ".html"));
            out.put("plaintiffPage", get(server.url() + "/id/" + plaintiff.getURI().substring(Iris.DEFAULT_BASE.length())
                    + ".html"));
            out.put("graph", get(server.url() + "/graph"));
            out.put("neighbourhood", get(server.url() + "/api/neighbourhood?kinds=" + fact.edge() + "&iri="
                    + URLEncoder.encode(plaintiff.getURI(), StandardCharsets.UTF_8)));
        } finally {
            serving.close();
        }
        out.put("fact", node.getURI());
        return out;
    }

    /** The first node of class {@code type} in the N-Quads. */
    private static Node first(String nquads, Node type) {
        return triples(nquads).stream().filter(t -> t.getPredicate().equals(RDF.type.asNode()) && t.getObject().equals(type))
                .map(Triple::getSubject).findFirst().orElseThrow(() -> new AssertionError("no node of class " + type));
    }

    private static Node objectOf(String nquads, Node subject, Node predicate) {
        return triples(nquads).stream().filter(t -> t.getSubject().equals(subject) && t.getPredicate().equals(predicate))
                .map(Triple::getObject).findFirst().orElseThrow(() -> new AssertionError(subject + " has no " + predicate));
    }

    private static List<Triple> triples(String nquads) {
        DatasetGraph dataset = DatasetGraphFactory.create();
        RDFParser.fromString(nquads, Lang.NQUADS).parse(dataset);
        return dataset.stream().map(q -> Triple.create(q.getSubject(), q.getPredicate(), q.getObject())).toList();
    }

    private static String get(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(url + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }
}
