package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The front page, a profile and the query editor in headless Chromium over the demo's example articles.
 * Needs Debian's chromium and chromium-driver; skipped when they are missing. Saves screenshots to
 * target/front-page.png, target/profile.png and target/sparql.png.
 */
@Tag("browser")
class PagesBrowserTest {

    private static ArticleStore store;
    private static DealgraphServer server;

    @TempDir
    Path profile;

    @BeforeAll
    static void serveExamples() {
        store = ArticleStore.inMemory();
        new Ingestor(Pipeline.standard(), store).ingest(List.of(Path.of("examples")));
        server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
        if (store != null) {
            store.close();
        }
    }

    @Test
    void frontPageShowsItsListsAndDrawsTheChart() throws Exception {
        assumeTrue(HeadlessChromium.available(), "no chromium and chromedriver");
        WebDriver browser = HeadlessChromium.start(profile, 1400, 1500);
        try {
            browser.get(server.url() + "/");
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElement(By.id("chart"))
                    .getAttribute("data-drawn").isEmpty());
            for (String list : List.of("largest", "latest", "connected")) {
                List<WebElement> items = browser.findElements(By.cssSelector("#" + list + " li a"));
                assertFalse(items.isEmpty(), "the list " + list + " is empty");
                assertTrue(items.get(0).getAttribute("href").contains("/id/"), list + " does not link to pages");
            }
            String largest = browser.findElement(By.cssSelector("#largest li")).getText();
            assertTrue(largest.matches(".*[$€£]\\d.*(billion|million).*"), "no amount in words: " + largest);
            assertTrue(Integer.parseInt(browser.findElement(By.id("chart")).getAttribute("data-drawn")) > 1);
            assertFalse(browser.findElements(By.cssSelector("#chart svg path")).isEmpty(), "the chart has no shapes");
            assertTrue(browser.findElement(By.cssSelector("ul.counts")).getText().contains("articles"));
            HeadlessChromium.screenshot(browser, "front-page.png");

            browser.findElement(By.cssSelector("#front-search input")).sendKeys("openai");
            browser.findElement(By.cssSelector("#front-search button")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector("ul.search a")).isEmpty());
            browser.findElement(By.cssSelector("ul.search a")).click();
            new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> !b.findElements(By.cssSelector("ol.timeline")).isEmpty());
            assertEquals("OpenAI", browser.findElement(By.tagName("h1")).getText());
            assertFalse(browser.findElements(By.cssSelector("ol.timeline mark")).isEmpty(), "no span marked");
            assertFalse(browser.findElement(By.cssSelector("p.names")).getText().contains("the company"));
            HeadlessChromium.screenshot(browser, "profile.png");
        } finally {
            browser.quit();
        }
    }

    @Test
    void queryEditorRunsAnExampleAndShowsNamesBesideIris() throws Exception {
        assumeTrue(HeadlessChromium.available(), "no chromium and chromedriver");
        WebDriver browser = HeadlessChromium.start(profile, 1400, 1100);
        try {
            browser.get(server.sparqlUrl());
            assertTrue(browser.getCurrentUrl().endsWith("/sparql"), "the endpoint did not send the browser to the editor");
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            wait.until(b -> b.findElements(By.cssSelector("#examples option")).size() > 1);
            List<String> examples = browser.findElements(By.cssSelector("#examples option")).stream()
                    .map(o -> o.getAttribute("value")).filter(v -> !v.isEmpty()).toList();
            assertTrue(examples.containsAll(List.of("deals", "organizations", "largest-deals")), examples.toString());
            JavascriptExecutor js = (JavascriptExecutor) browser;
            js.executeScript("const s = document.getElementById('examples'); s.value = 'organizations';"
                    + "s.dispatchEvent(new Event('change'));");
            assertTrue(browser.findElement(By.id("permalink")).getAttribute("href").contains("query="));
            js.executeScript("window.dealgraphSparql.getTab().query();");
            wait.until(b -> !b.findElements(By.cssSelector(".yasr_results .iri-name")).isEmpty());
            List<String> names = browser.findElements(By.cssSelector(".yasr_results .iri-name")).stream()
                    .map(WebElement::getText).toList();
            assertTrue(names.contains("OpenAI"), "no name beside the IRIs: " + names);
            String link = browser.findElement(By.cssSelector(".yasr_results a[href^='/id/']")).getAttribute("href");
            assertTrue(link.contains("/id/organization/"), link);
            HeadlessChromium.screenshot(browser, "sparql.png");

            String permalink = browser.findElement(By.id("permalink")).getAttribute("href");
            String shown = (String) js.executeScript("return window.dealgraphSparql.getTab().getQuery();");
            browser.get(permalink);
            wait.until(b -> ((JavascriptExecutor) b).executeScript("return window.dealgraphSparql !== undefined") == Boolean.TRUE);
            assertEquals(shown, js.executeScript("return window.dealgraphSparql.getTab().getQuery();"),
                    "the permalink does not bring the query back");
        } finally {
            browser.quit();
        }
    }
}
