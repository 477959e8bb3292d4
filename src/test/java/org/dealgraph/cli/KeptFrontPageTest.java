package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A served store keeps its front page in its directory: a server started anew on the unchanged store serves the
 * page kept there, and after a write to the store makes it anew.
 */
class KeptFrontPageTest {

    private static final String FILE = "front-page.cache";
    private static final String MARK = "<!-- the page kept -->";

    @TempDir
    Path dir;

    @Test
    void aServerStartedAnewServesThePageKeptForTheUnchangedStoreAndAfterAWriteMakesItAnew() throws Exception {
        Path path = dir.resolve("store");
        try (ArticleStore articles = ArticleStore.open(path)) {
            new SampleGraph().writeTo(articles);
        }
        String made = front(path);
        assertTrue(made.contains("Acme Robotics"), made);
        Path kept = path.resolve(FILE);
        String file = Files.readString(kept, StandardCharsets.UTF_8);
        assertTrue(file.endsWith(made), "the file holds the page served, after a line naming the store's state");

        // Marked, the kept page can be told from one made anew.
        Files.writeString(kept, file.replace("</body>", MARK + "</body>"), StandardCharsets.UTF_8);
        assertTrue(front(path).contains(MARK), "the page is read from the file, not made");

        try (ArticleStore articles = ArticleStore.open(path)) {
            articles.remove(SampleGraph.SECOND);
        }
        String after = front(path);
        assertFalse(after.contains(MARK), "a write to the store makes the page anew");
        assertFalse(after.contains("Nova, Inc."), after);
        assertEquals(after, Files.readString(kept, StandardCharsets.UTF_8).substring(file.indexOf('\n') + 1));
    }

    /** The front page of a server started on the store in {@code path}, which is then stopped. */
    private static String front(Path path) throws Exception {
        try (ArticleStore articles = ArticleStore.open(path);
             DealgraphServer server = new DealgraphServer(articles.dataset(), "127.0.0.1", 0).start()) {
            HttpResponse<String> page = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(server.url() + "/")).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode(), page.body());
            return page.body();
        }
    }
}
