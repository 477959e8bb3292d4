package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** The log keeps a prefix of what a client sent, never a whole query of up to the query limit. */
class LogTextTest {

    @Test
    void aShortTextIsKeptWholeOnOneLine() {
        assertEquals("ASK {  } ", LogText.of("ASK {\r\n}\n"));
        assertEquals("<none>", LogText.of(null));
    }

    @Test
    void aLongTextKeepsItsStartAndSaysHowLongItWas() {
        String logged = LogText.of("ab".repeat(25_000));
        assertTrue(logged.startsWith("ab".repeat(LogText.KEPT / 2)), logged);
        assertTrue(logged.contains("50000 characters"), logged);
        assertTrue(logged.length() < LogText.KEPT + 100, "kept " + logged.length() + " characters");
    }

    // each query was logged whole: 64 KB per request, and a query in a URL twice
    @Test
    void theServerLogsAPrefixOfALongQuerySentAnyWay() throws Exception {
        assumeTrue(LoggerFactory.getLogger("org.apache.jena.fuseki.Fuseki").isInfoEnabled(),
                "the server's request log is off in this run");
        String filler = "y".repeat(30_000);
        String query = "ASK { ?s ?p \"" + filler + "\" }";
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream err = System.err;
        try (ArticleStore store = ArticleStore.inMemory();
             DealgraphServer server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0))
                     .start()) {
            System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
            assertEquals(200, Requests.query(server.sparqlUrl(), query).statusCode());
            assertEquals(200, Requests.write("POST", server.sparqlUrl(), "application/sparql-query", query, null, null,
                    null).statusCode());
            assertEquals(200, Requests.write("POST", server.sparqlUrl(), "application/x-www-form-urlencoded",
                    "query=" + URLEncoder.encode(query, StandardCharsets.UTF_8), null, null, null).statusCode());
            assertEquals(400, Requests.query(server.sparqlUrl(), "ASK { ?s ?p \"" + filler + " }").statusCode());
        } finally {
            System.setErr(err);
        }
        String log = captured.toString(StandardCharsets.UTF_8);
        assertTrue(log.contains("Query = ASK { ?s ?p \"yyyy"), log.length() > 5000 ? log.substring(0, 5000) : log);
        assertTrue(log.contains(query.length() + " characters in all"), "the length is not logged");
        for (String line : log.split("\n")) {
            assertTrue(line.length() < 3 * LogText.KEPT, () -> "a log line of " + line.length() + " characters: "
                    + line.substring(0, 300));
        }
    }
}
