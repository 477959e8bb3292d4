package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The graph view in headless Chromium over the example articles: searching draws a neighbourhood; clicking a
 * line shows its facts with the stated span of each evidence sentence marked; expanding a node leaves the nodes
 * drawn before where they were; the address restores a view; a search that finds nothing clears the drawing;
 * the view exports as PNG and SVG. Needs Debian's chromium and chromium-driver; skipped when they are missing.
 * Saves screenshots to target/graph-*.png.
 */
@Tag("browser")
class GraphViewBrowserTest {

    private static final String OPENAI = "https://w3id.org/dealgraph/id/organization/openai";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path profile;

    private static ArticleStore store;
    private static DealgraphServer server;
    private static GraphBrowser browser;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(GraphBrowser.available(), "no chromium and chromedriver");
        store = ArticleStore.inMemory();
        new Ingestor(Pipeline.standard(), store).ingest(List.of(Path.of("examples")));
        server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start();
        browser = new GraphBrowser(profile);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void searchingDrawsTheNeighbourhoodAndNothingFoundClearsIt() throws Exception {
        browser.open(server.url() + "/graph");
        assertTrue(browser.find("#start").isDisplayed(), "no start screen");
        browser.until(b -> !browser.all("#suggested button").isEmpty());
        browser.find("#search").sendKeys("OpenA");
        browser.until(b -> !browser.all("#results li").isEmpty());
        assertTrue(browser.find("#results li").getText().contains("OpenAI"), "no completion");
        browser.shot("graph-start");
        browser.find("#search-form button").click();
        browser.waitReady();
        assertEquals(1L, browser.script("return window.dealgraphView.cy.getElementById(arguments[0]).length", OPENAI));
        assertTrue(browser.count("edges") > 0, "no lines drawn");
        assertFalse(browser.find("#start").isDisplayed(), "the start screen hides the drawing");
        browser.shot("graph-view");
        browser.find("#search").clear();
        browser.find("#search").sendKeys("no such company at all");
        browser.script("document.getElementById('search-form').requestSubmit()");
        browser.until(b -> browser.count("nodes") == 0);
        assertTrue(browser.find("#start").isDisplayed(), "no start screen after nothing was found");
        assertTrue(browser.find("#start-message").getText().startsWith("Nothing found"));
    }

    @Test
    void clickingALineShowsItsFactsWithTheStatedSpanMarked() throws Exception {
        browser.open(server.url() + "/graph?entity=" + encode(OPENAI));
        browser.waitReady();
        String line = (String) browser.script("return window.dealgraphView.cy.edges()"
                + ".filter(e => e.data('facts').some(f => f.amount)).max(e => e.data('count')).ele.id()");
        browser.clickEdge(line);
        browser.until(b -> browser.find("#info").getAttribute("data-facts") != null);
        String ends = (String) browser.script("const e = window.dealgraphView.cy.getElementById(arguments[0]);"
                + " return e.source().data('label') + ' | ' + e.target().data('label')", line);
        String heading = browser.find("#info h2").getText();
        for (String end : ends.split(" \\| ")) {
            assertTrue(heading.contains(end), "the click showed another line: " + heading + " for " + ends);
        }
        @SuppressWarnings("unchecked")
        List<String> facts = (List<String>) browser.script("return window.dealgraphView.cy.getElementById(arguments[0])"
                + ".data('facts').map(f => f.fact)", line);
        assertEquals(facts.size(), browser.all("#info section.fact").size());
        String text = browser.find("#info").getText();
        List<String> marked = browser.all("#info mark").stream().map(WebElement::getText).toList();
        List<String> links = browser.all("#info a").stream().map(a -> a.getAttribute("href")).toList();
        for (String iri : facts) {
            JsonNode fact = get("/api/fact?iri=" + encode(iri));
            for (JsonNode amount : fact.get("amounts")) {
                assertTrue(text.contains(amount.get("text").asText()), "no amount in words: " + text);
            }
            assertTrue(text.contains(fact.get("status").asText()), "no status");
            for (JsonNode evidence : fact.get("evidence")) {
                assertTrue(marked.contains(evidence.get("exact").asText()), "not marked: " + evidence + marked);
                assertTrue(links.contains(server.url() + evidence.get("article").get("href").asText()),
                        "no article link");
                assertTrue(links.contains(evidence.get("article").get("url").asText()), "no source link: " + links);
            }
        }
        browser.shot("graph-evidence");
    }

    @Test
    void expandingANodeKeepsTheNodesDrawnBefore() throws Exception {
        browser.open(server.url() + "/graph?entity=" + encode(OPENAI));
        browser.waitReady();
        Map<String, List<Double>> before = browser.positions();
        String next = (String) browser.script("const cy = window.dealgraphView.cy;"
                + " return cy.nodes().filter(n => n.id() !== arguments[0]).max(n => n.degree()).ele.id()", OPENAI);
        int nodes = browser.count("nodes");
        browser.clickNode(next);
        browser.until(b -> browser.count("nodes") > nodes && "ready".equals(browser.state()));
        Map<String, List<Double>> after = browser.positions();
        before.forEach((id, at) -> {
            List<Double> now = after.get(id);
            assertTrue(Math.abs(now.get(0) - at.get(0)) < 0.5 && Math.abs(now.get(1) - at.get(1)) < 0.5,
                    id + " moved from " + at + " to " + now);
        });
        assertTrue(browser.currentUrl().contains("also=" + encode(next)), "the expansion is not in the address");
        browser.shot("graph-expanded");
    }

    @Test
    void theAddressRestoresAView() throws Exception {
        String microsoft = "https://w3id.org/dealgraph/id/organization/microsoft";
        String view = "/graph?entity=" + encode(OPENAI) + "&also=" + encode(microsoft)
                + "&depth=2&kinds=partner,invested-in&from=2019-01-01";
        browser.open(server.url() + view);
        browser.waitReady();
        assertEquals("2", browser.find("#depth").getAttribute("value"));
        assertEquals("2019-01-01", browser.find("#from").getAttribute("value"));
        List<String> ticked = browser.all("#kinds input").stream().filter(WebElement::isSelected)
                .map(b -> b.getAttribute("value")).toList();
        assertEquals(List.of("partner", "invested-in"), ticked);
        @SuppressWarnings("unchecked")
        List<String> kinds = (List<String>) browser.script(
                "return window.dealgraphView.cy.edges().map(e => e.data('kind'))");
        assertFalse(kinds.isEmpty(), "nothing drawn");
        assertTrue(List.of("partner", "invested-in").containsAll(kinds), "a kind not asked for is drawn: " + kinds);
        assertTrue(browser.find("#cy").isDisplayed());
        assertEquals(true, browser.script("return window.dealgraphView.cy.getElementById(arguments[0])"
                + ".hasClass('expanded')", microsoft));
        int nodes = browser.count("nodes");
        new Select(browser.find("#depth")).selectByVisibleText("1");
        browser.until(b -> !browser.currentUrl().contains("depth=") && "ready".equals(browser.state()));
        int shallow = browser.count("nodes");
        String shared = browser.currentUrl();
        browser.open(shared);
        browser.waitReady();
        assertEquals(shallow, browser.count("nodes"), "the shared address draws another view");
        assertTrue(shallow <= nodes);
        browser.shot("graph-restored");
    }

    @Test
    void exportsTheViewAsPngAndSvg() throws Exception {
        browser.open(server.url() + "/graph?entity=" + encode(OPENAI));
        browser.waitReady();
        String png = (String) browser.script("return window.dealgraphView.cy.png({ full: true })");
        assertTrue(png.startsWith("data:image/png;base64,"), png);
        String svg = (String) browser.script(
                "return window.DealgraphSvg.render(window.dealgraphView.cy, window.DealgraphPanel)");
        var document = javax.xml.parsers.DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new java.io.ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        var texts = document.getElementsByTagName("text");
        int labels = 0;
        for (int i = 0; i < texts.getLength(); i++) {
            labels += "node".equals(((org.w3c.dom.Element) texts.item(i)).getAttribute("class")) ? 1 : 0;
        }
        assertEquals(browser.count("nodes"), labels, "not one label per node in the SVG");
        assertEquals(browser.count("edges"), svg.split("<path d=\"M ", -1).length - 1 - arrows(browser),
                "not one path per line in the SVG");
        assertTrue(svg.contains(">OpenAI</text>"), "no node label in the SVG");
        Files.writeString(Path.of("target", "graph-view.svg"), svg);
    }

    private static int arrows(GraphBrowser browser) {
        return ((Number) browser.script("return window.dealgraphView.cy.edges('[?directed]').length")).intValue();
    }

    private static JsonNode get(String path) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(server.url() + path)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        return JSON.readTree(response.body());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

}
