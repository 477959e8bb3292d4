package org.dealgraph.serve;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium on the graph view, through Debian's driver (Selenium Manager never downloads anything):
 * waits for the drawing, clicks nodes and lines where they are drawn, reads positions, saves screenshots.
 */
final class GraphBrowser {

    /** A rendered point of a line that the renderer's hit test (model coordinates) gives to that line. */
    private static final String EDGE_POINT = "(() => { const cy = window.dealgraphView.cy;"
            + " const e = cy.getElementById(arguments[0]); const s = e.sourceEndpoint(), t = e.targetEndpoint();"
            + " const m = e.midpoint(); const c = {x: 2 * m.x - (s.x + t.x) / 2, y: 2 * m.y - (s.y + t.y) / 2};"
            + " const zoom = cy.zoom(), pan = cy.pan();"
            + " for (const f of [0.5, 0.4, 0.6, 0.3, 0.7, 0.25, 0.75, 0.2, 0.8]) {"
            + "   const p = {x: (1 - f) * (1 - f) * s.x + 2 * f * (1 - f) * c.x + f * f * t.x,"
            + "              y: (1 - f) * (1 - f) * s.y + 2 * f * (1 - f) * c.y + f * f * t.y};"
            + "   const hit = cy.renderer().findNearestElement(p.x, p.y, true, false);"
            + "   if (hit && hit.id() === e.id()) { return {x: p.x * zoom + pan.x, y: p.y * zoom + pan.y}; } }"
            + " return e.renderedMidpoint(); })()";

    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path BROWSER = Path.of("/usr/bin/chromium");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;

    GraphBrowser(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeOptions options = new ChromeOptions().setBinary(BROWSER.toFile()).addArguments("--headless=new",
                "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--window-size=1400,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        this.driver = new ChromeDriver(service, options);
    }

    static boolean available() {
        return Files.isExecutable(DRIVER) && Files.isExecutable(BROWSER);
    }

    void open(String url) {
        driver.get(url);
    }

    String currentUrl() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> all(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object script(String code, Object... arguments) {
        return ((JavascriptExecutor) driver).executeScript(code, arguments);
    }

    <T> T until(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).until(condition);
    }

    String state() {
        return find("#cy").getAttribute("data-state");
    }

    /** Waits until the view has drawn something and laid it out. */
    void waitReady() {
        until(b -> "ready".equals(state()) && count("nodes") > 0);
    }

    int count(String what) {
        return Integer.parseInt(find("#cy").getAttribute("data-" + what));
    }

    /** Each node's model position, by id. */
    @SuppressWarnings("unchecked")
    Map<String, List<Double>> positions() {
        Map<String, List<Number>> raw = (Map<String, List<Number>>) script("const at = {};"
                + " window.dealgraphView.cy.nodes().forEach(n => { at[n.id()] = [n.position('x'), n.position('y')]; });"
                + " return at;");
        Map<String, List<Double>> positions = new HashMap<>();
        raw.forEach((id, xy) -> positions.put(id, xy.stream().map(Number::doubleValue).toList()));
        return positions;
    }

    void clickNode(String id) {
        clickAt("window.dealgraphView.cy.getElementById(arguments[0]).renderedPosition()", id);
    }

    /**
     * Clicks a line where nothing else is drawn over it: another line may cross its midpoint, so the click goes to
     * the first point along its curve that the view's own hit test gives to this line (the midpoint if none).
     */
    void clickEdge(String id) {
        clickAt(EDGE_POINT, id);
    }

    /** A real mouse click where the script says the element is drawn (offsets from the canvas's centre). */
    @SuppressWarnings("unchecked")
    private void clickAt(String where, String id) {
        WebElement canvas = find("#cy");
        Map<String, Number> at = (Map<String, Number>) script("return " + where, id);
        int x = (int) Math.round(at.get("x").doubleValue() - canvas.getSize().getWidth() / 2.0);
        int y = (int) Math.round(at.get("y").doubleValue() - canvas.getSize().getHeight() / 2.0);
        new Actions(driver).moveToElement(canvas, x, y).click().perform();
    }

    void shot(String name) throws IOException {
        File shot = driver.getScreenshotAs(OutputType.FILE);
        Files.createDirectories(Path.of("target"));
        Files.copy(shot.toPath(), Path.of("target", name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    ChromeDriver driver() {
        return driver;
    }

    void quit() {
        driver.quit();
    }
}
