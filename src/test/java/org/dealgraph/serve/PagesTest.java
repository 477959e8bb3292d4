package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.SKOS;
import org.dealgraph.rdf.DG;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The pages people read, over HTTP: the front page, profiles and fact pages in words, search, the query editor. */
class PagesTest {

    private static final String NORTHWIND = ServedStore.BASE + "organization/northwind-labs";
    private static ServedStore served;

    @BeforeAll
    static void serveSamples() {
        served = new ServedStore().addSamples();
        Node graph = NodeFactory.createURI(ServedStore.BASE + "graph/described");
        Node northwind = NodeFactory.createURI(NORTHWIND);
        Node helios = NodeFactory.createURI(ServedStore.BASE + "organization/helios-compute");
        served.store.replace(graph, List.of(
                Quad.create(graph, northwind, SKOS.altLabel.asNode(), NodeFactory.createLiteralString("the lab")),
                Quad.create(graph, helios, DG.partnerOf.asNode(), northwind),
                Quad.create(graph, northwind, DG.partnerOf.asNode(), helios)));
        served.start();
    }

    @AfterAll
    static void stop() {
        served.close();
    }

    @Test
    void profileKeepsDescriptionsApartFromNamesAndListsEachPartnerOnce() throws Exception {
        String html = served.get("/id/organization/northwind-labs", "text/html").body();
        Matcher names = Pattern.compile("<p class=\"names\">([^<]*)</p>").matcher(html);
        assertTrue(names.find(), html);
        assertTrue(names.group(1).contains("Northwind"), names.group(1));
        assertFalse(names.group(1).contains("the lab"), "a description is listed as a name: " + names.group(1));
        assertTrue(html.contains("<p class=\"descriptions\">Described in articles as the lab</p>"), html);
        assertTrue(html.contains("Wikidata Q4242"), html);
        Matcher partners = Pattern.compile("<tr><th>Partners</th><td>(.*?)</td></tr>").matcher(html);
        assertTrue(partners.find(), html);
        assertEquals(1, count(partners.group(1), "/id/organization/helios-compute\""), partners.group(1));
        assertFalse(html.contains("partnerOf") || html.contains("dg:") || html.contains("rdfs:label"), html);
        assertFalse(html.contains("<h2>Linked from</h2>"), "partners are repeated as links: " + html);
        assertTrue(html.contains("<ol class=\"timeline\">"), html);
    }

    @Test
    void factPageIsTitledInWordsWithStatusAndDurationInWords() throws Exception {
        String html = served.get("/id/organization/northwind-labs", "text/html").body();
        Matcher deal = Pattern.compile("href=\"(/id/deal/[^\"]+)\"").matcher(html);
        assertTrue(deal.find(), html);
        String page = served.get(deal.group(1), "text/html").body();
        assertTrue(page.contains("<h1>Helios Compute – Northwind Labs deal, $2.5 billion"), page);
        assertTrue(page.contains("<p class=\"types\">Deal · announced</p>"), page);
        assertTrue(page.contains("<tr><th>Duration</th><td>5 years</td></tr>"), page);
        assertFalse(page.contains("P5Y"), "the duration is shown as ISO 8601: " + page);
        assertFalse(page.contains("dg:") || page.contains("Announced<"), page);
        assertTrue(page.contains("<mark>"), page);
    }

    @Test
    void articlePageListsTheFactsItTellsInWordsNotTheirEvidence() throws Exception {
        String html = served.get("/id/organization/northwind-labs", "text/html").body();
        Matcher article = Pattern.compile("href=\"(/id/article/[^\"]+)\"").matcher(html);
        assertTrue(article.find(), html);
        String page = served.get(article.group(1), "text/html").body();
        assertTrue(page.contains("<h2>Facts it tells</h2>"), page);
        assertTrue(page.matches("(?s).*<span class=\"kind\">deal</span> <a href=\"/id/deal/[^\"]+\">"
                + "Helios Compute – Northwind Labs deal, \\$2.5 billion.*"), page);
        assertFalse(page.contains("/id/evidence/"), "the facts' evidence is listed: " + page);
    }

    @Test
    void durationsAndTermsReadAsWords() {
        assertEquals("7 years", Words.duration("P7Y"));
        assertEquals("1 year and 6 months", Words.duration("P1Y6M"));
        assertEquals("in talks", Words.ofIri(DG.NS + "InTalks"));
        assertEquals("Run <mark>bold &amp; fast</mark>.", EvidenceHtml.marked("Run bold & fast.", "bold & fast"));
        assertEquals("no span here", EvidenceHtml.marked("no span here", "elsewhere"));
    }

    @Test
    void datesReadAtThePrecisionTheArticlesGave() {
        assertEquals("March 2024", Words.month(NodeFactory.createLiteralDT("2024-03-05", XSDDatatype.XSDdate)).orElseThrow());
        assertEquals("March 2024", Words.month(NodeFactory.createLiteralDT("2024-03", XSDDatatype.XSDgYearMonth)).orElseThrow());
        assertEquals("2024", Words.month(NodeFactory.createLiteralDT("2024", XSDDatatype.XSDgYear)).orElseThrow());
        assertTrue(Words.month(NodeFactory.createLiteralString("soon")).isEmpty());
    }

    @Test
    void frontPageCountsAndListsWhatTheStoreHolds() throws Exception {
        HttpResponse<String> page = served.get("/", "text/html");
        assertEquals(200, page.statusCode());
        String html = page.body();
        assertTrue(html.contains("<li><strong>1</strong> acquisitions</li>"), html);
        assertTrue(html.contains("<form id=\"front-search\" action=\"/search\""), html);
        assertTrue(html.matches("(?s).*<section id=\"largest\">.*Helios Compute – Northwind Labs deal, \\$2.5 billion.*"),
                html);
        assertTrue(html.matches("(?s).*<section id=\"connected\">.*northwind-labs.*"), html);
        assertTrue(html.contains("data-chart=\"{&quot;months&quot;:[&quot;2025-03&quot;"), html);
        assertTrue(html.contains("/static/echarts/echarts.min.js"), html);
        assertEquals(200, served.get("/static/echarts/echarts.min.js", null).statusCode());
        assertEquals(404, served.get("/nothing-here", "text/html").statusCode());
    }

    @Test
    void searchFindsAnOrganizationByPartOfItsName() throws Exception {
        String html = served.get("/search?q=northw", "text/html").body();
        assertTrue(html.contains("<a href=\"/id/organization/northwind-labs\">Northwind Labs</a>"), html);
    }

    @Test
    void endpointSendsABrowserWithoutAQueryToTheEditor() throws Exception {
        for (String path : List.of("/dealgraph/sparql", "/dealgraph/query", "/dealgraph")) {
            HttpResponse<String> answer = served.get(path, "text/html");
            assertEquals(303, answer.statusCode(), path);
            assertEquals("/sparql", answer.headers().firstValue("Location").orElse(""), path);
        }
        HttpResponse<String> query = served.get("/dealgraph/sparql?query=ASK%7B%7D", "application/sparql-results+json");
        assertEquals(200, query.statusCode());
    }

    @Test
    void editorOffersEveryQueryOfTheQueriesFolder() throws Exception {
        String page = served.get("/sparql", "text/html").body();
        assertTrue(page.contains("/static/yasgui/yasgui.min.js"), page);
        assertTrue(page.contains("data-base=\"" + ServedStore.BASE + "\""), page);
        assertEquals(200, served.get("/static/yasgui/yasgui.min.js", null).statusCode());
        assertEquals(200, served.get("/static/yasgui/yasgui.min.css", null).statusCode());
        String examples = served.get("/sparql/examples.json", null).body();
        List<String> files;
        try (Stream<Path> listed = Files.list(Path.of("queries"))) {
            files = listed.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".rq")).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertFalse(files.isEmpty());
        for (String file : files) {
            assertTrue(examples.contains("\"name\" : \"" + file.replace(".rq", "") + "\""), file + ": " + examples);
        }
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
