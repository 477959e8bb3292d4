package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.dealgraph.ingest.Ingestor;
import org.dealgraph.ingest.Pipeline;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The graph view in headless Chromium over the example articles: searching OpenAI draws its neighbourhood.
 * Needs Debian's chromium and chromium-driver; skipped when the driver is missing. Saves a screenshot to
 * target/graph-view.png.
 */
@Tag("browser")
class GraphViewBrowserTest {

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");

    @TempDir
    Path profile;

    @Test
    void searchingOpenAiDrawsItsNeighbourhood() throws Exception {
        assumeTrue(Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER), "no chromium and chromedriver");
        try (ArticleStore store = ArticleStore.inMemory()) {
            new Ingestor(Pipeline.standard(), store).ingest(List.of(Path.of("examples")));
            DealgraphServer server = new DealgraphServer(store.dataset(), "127.0.0.1", 0).start();
            WebDriver browser = browser();
            try {
                browser.get(server.url() + "/graph");
                browser.findElement(By.id("search")).sendKeys("OpenAI");
                browser.findElement(By.cssSelector("#search-form button")).click();
                new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> Integer.parseInt(
                        b.findElement(By.id("cy")).getAttribute("data-nodes")) > 1);
                Object drawn = ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                        "return window.dealgraphView.cy.getElementById("
                                + "'https://w3id.org/dealgraph/id/organization/openai').length");
                assertTrue(((Number) drawn).intValue() == 1, "OpenAI is not drawn");
                int edges = Integer.parseInt(browser.findElement(By.id("cy")).getAttribute("data-edges"));
                assertTrue(edges > 0, "no edges drawn");
                File shot = ((ChromeDriver) browser).getScreenshotAs(OutputType.FILE);
                Files.createDirectories(Path.of("target"));
                Files.copy(shot.toPath(), Path.of("target", "graph-view.png"),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            } finally {
                browser.quit();
                server.stop();
            }
        }
    }

    /** Headless Chromium through the system's driver: Selenium Manager never downloads anything. */
    private WebDriver browser() {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        return new ChromeDriver(service, options);
    }
}
