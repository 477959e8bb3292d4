package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class LinkedDataTest {

    private static final String NORTHWIND = ServedStore.BASE + "organization/northwind-labs";
    private static final String XSS_NAME = "<script>alert(1)</script>";
    private static ServedStore served;

    @BeforeAll
    static void serveSamples() {
        served = new ServedStore().addSamples();
        Node graph = NodeFactory.createURI(ServedStore.BASE + "graph/hostile");
        Node hostile = NodeFactory.createURI(ServedStore.BASE + "organization/hostile");
        served.store.replace(graph, List.of(
                Quad.create(graph, hostile, RDF.type.asNode(), DG.Organization.asNode()),
                Quad.create(graph, hostile, SKOS.prefLabel.asNode(), NodeFactory.createLiteralString(XSS_NAME)),
                Quad.create(graph, hostile, DG.partnerOf.asNode(), NodeFactory.createURI(NORTHWIND))));
        served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void negotiatesEachRdfFormatWithVaryAndContentLocation() throws Exception {
        Map<String, Lang> forms = Map.of("text/turtle", Lang.TURTLE, "application/ld+json", Lang.JSONLD,
                "application/rdf+xml", Lang.RDFXML, "application/n-triples", Lang.NTRIPLES);
        for (Map.Entry<String, Lang> form : forms.entrySet()) {
            HttpResponse<String> response = served.get("/id/organization/northwind-labs", form.getKey());
            assertEquals(200, response.statusCode(), form.getKey());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith(form.getKey()));
            assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
            String extension = form.getValue().getFileExtensions().get(0);
            assertTrue(response.headers().firstValue("Content-Location").orElse("").startsWith(
                    "/id/organization/northwind-labs."), response.headers().toString());
            Model model = parse(response.body(), form.getValue());
            assertTrue(model.contains(model.createResource(NORTHWIND), SKOS.prefLabel, "Northwind Labs"),
                    extension + ": " + response.body());
        }
    }

    @Test
    void extensionChoosesTheFormatWithoutAccept() throws Exception {
        Map<String, Lang> extensions = Map.of("ttl", Lang.TURTLE, "jsonld", Lang.JSONLD, "rdf", Lang.RDFXML,
                "nt", Lang.NTRIPLES);
        for (Map.Entry<String, Lang> extension : extensions.entrySet()) {
            HttpResponse<String> response = served.get("/id/organization/northwind-labs." + extension.getKey(),
                    "text/html");
            assertEquals(200, response.statusCode());
            Model model = parse(response.body(), extension.getValue());
            // the description holds the facts that point at Northwind, with their amounts
            assertTrue(model.contains(null, DG.party, model.createResource(NORTHWIND)), extension.getKey());
        }
    }

    @Test
    void browsersGetThePageWithAmountsDatesAndEvidence() throws Exception {
        HttpResponse<String> page = served.get("/id/organization/northwind-labs",
                "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
        String html = page.body();
        assertTrue(html.contains("<h1>Northwind Labs</h1>"), html);
        assertTrue(html.contains("$2.5 billion"), html);
        assertTrue(html.contains("<span class=\"when\">March 2025</span>"), html);
        assertTrue(html.replaceAll("</?mark>", "").contains(
                "Northwind Labs signed a $2.5bn cloud deal with Helios Compute on Monday."), html);
        assertTrue(html.contains("<mark>"), "the stated span is not marked: " + html);
        assertTrue(html.contains("href=\"https://news.example.com/2025/northwind-helios\""), html);
        assertTrue(html.contains("href=\"/id/article/"), html);
        assertTrue(html.contains("href=\"/id/organization/helios-compute\""), html);
    }

    @Test
    void acquisitionPageShowsItsApproximatePriceInEuros() throws Exception {
        String html = served.get("/id/acquisition/helios-compute-brightwater-ai", null).body();
        assertTrue(html.contains("about €120 million"), html);
        assertTrue(html.contains("Brightwater AI"), html);
    }

    @Test
    void organizationNamedAScriptIsEscapedOnItsPageAndItsPartnersPage() throws Exception {
        for (String path : List.of("/id/organization/hostile", "/id/organization/northwind-labs")) {
            String html = served.get(path, "text/html").body();
            assertFalse(html.contains(XSS_NAME), path);
            assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), path + ": " + html);
        }
    }

    @Test
    void escapeReplacesEveryMarkupCharacter() {
        assertEquals("&lt;script&gt;alert(1)&lt;/script&gt;", Html.escape(XSS_NAME));
        assertEquals("a &amp; b &quot;c&quot; &#39;d&#39;", Html.escape("a & b \"c\" 'd'"));
        assertEquals("javascript:alert(1)", Html.link("javascript:alert(1)", "javascript:alert(1)"));
    }

    @Test
    void unknownResourceIsNotFoundAndUnacceptableTypeIsRefused() throws Exception {
        assertEquals(404, served.get("/id/organization/nobody", "text/turtle").statusCode());
        assertEquals(404, served.get("/id/", null).statusCode());
        assertEquals(406, served.get("/id/organization/northwind-labs", "image/png").statusCode());
    }

    @Test
    void voidDescriptionCountsTheUnionGraph() throws Exception {
        for (String path : List.of("/void", "/.well-known/void")) {
            HttpResponse<String> response = served.get(path, "text/turtle");
            assertEquals(200, response.statusCode());
            Model model = parse(response.body(), Lang.TURTLE);
            Resource dataset = model.listSubjectsWithProperty(RDF.type,
                    model.createResource(VoidDescription.NS + "Dataset")).next();
            long triples = served.store.read(ds -> ds.asDatasetGraph().getUnionGraph().size());
            assertEquals(triples, dataset.getProperty(
                    model.createProperty(VoidDescription.NS, "triples")).getLong());
            assertEquals(ServedStore.BASE, dataset.getProperty(
                    model.createProperty(VoidDescription.NS, "uriSpace")).getString());
            assertTrue(dataset.getProperty(model.createProperty(VoidDescription.NS, "sparqlEndpoint"))
                    .getResource().getURI().endsWith("/dealgraph/sparql"));
        }
    }

    @Test
    void contextIsServedAndResourceJsonLdUsesIt() throws Exception {
        HttpResponse<String> context = served.get("/context.jsonld", null);
        assertEquals(200, context.statusCode());
        assertTrue(context.body().contains("\"party\""));
        String jsonld = served.get("/id/deal/helios-compute-northwind-labs-2025.jsonld", null).body();
        assertTrue(jsonld.contains("\"party\""), jsonld);
        assertTrue(jsonld.contains("\"sentenceText\""), jsonld);
    }

    @Test
    void searchFindsByPartOfANameAndNeighbourhoodIsCytoscapeJson() throws Exception {
        String search = served.get("/api/search?q=northw", null).body();
        assertTrue(search.contains("\"iri\":\"" + NORTHWIND + "\""), search);
        assertTrue(search.contains("\"href\":\"/id/organization/northwind-labs\""), search);
        String around = served.get("/api/neighbourhood?depth=1&kinds=deal&iri=" + NORTHWIND, null).body();
        assertTrue(around.contains("\"kind\":\"deal\""), around);
        assertTrue(around.contains("\"amountText\":\"$2.5 billion\""), around);
        assertFalse(around.contains("\"kind\":\"role\""), around);
        assertEquals(400, served.get("/api/neighbourhood?depth=9&iri=" + NORTHWIND, null).statusCode());
        assertEquals(404, served.get("/api/neighbourhood?iri=https://example.org/kg/organization/x", null)
                .statusCode());
    }

    @Test
    void pagesAndTheCytoscapeWebJarAreServedFromTheClassPath() throws Exception {
        for (String path : List.of("/", "/graph", "/sparql", "/static/web/graph.js",
                "/static/cytoscape/cytoscape.min.js")) {
            assertEquals(200, served.get(path, null).statusCode(), path);
        }
        // a way out of the web folder is refused, by Jetty or by the servlet
        assertTrue(served.get("/static/web/..%2F..%2Fdescribe.rq", null).statusCode() >= 400);
        assertEquals(404, served.get("/static/web/describe.rq", null).statusCode());
    }

    private static Model parse(String body, Lang lang) {
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(body, lang).parse(model);
        return model;
    }
}
