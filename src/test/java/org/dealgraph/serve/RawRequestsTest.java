package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.dealgraph.store.ArticleStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the server answers to requests written by hand on a socket: malformed, oversized, with methods and
 * headers a browser would not send. Every answer, Jetty's own error pages included, carries the security
 * headers; none carries a stack trace.
 */
class RawRequestsTest {

    private ArticleStore store;
    private DealgraphServer server;

    @BeforeEach
    void serveWithWriters() {
        store = ArticleStore.inMemory();
        server = new DealgraphServer(store.dataset(), ServerSettings.defaults().withPort(0)
                .withWriters(Credentials.of("editor", "correct horse battery"))).start();
    }

    @AfterEach
    void stop() {
        server.stop();
        store.close();
    }

    /** The answer to {@code request}, sent as is, read until the server closes the connection. */
    private String send(String request) throws IOException {
        return RawRequests.send(server.port(), request);
    }

    private static String get(String target, String headers) {
        return "GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + headers + "Connection: close\r\n\r\n";
    }

    private static int status(String answer) {
        return Integer.parseInt(answer.substring(9, 12));
    }

    private static String head(String answer) {
        int end = answer.indexOf("\r\n\r\n");
        return (end < 0 ? answer : answer.substring(0, end)).toLowerCase(Locale.ROOT);
    }

    private static void assertSecured(int expected, String answer) {
        assertEquals(expected, status(answer), answer);
        String head = head(answer);
        assertTrue(head.contains("\r\ncontent-security-policy: " + SecurityHeaders.POLICY.toLowerCase(Locale.ROOT)),
                head);
        assertTrue(head.contains("\r\nx-content-type-options: nosniff"), head);
        assertTrue(head.contains("\r\nx-frame-options: deny"), head);
        assertFalse(answer.contains("Exception") || answer.contains("\tat "), "no stack trace: " + answer);
    }

    // Jetty's own error pages, written before any filter, lacked the headers SECURITY.md promises
    @Test
    void aRequestLineThatIsNoRequestGetsA400WithTheSecurityHeaders() throws IOException {
        assertSecured(400, send("NONSENSE\r\n\r\n"));
        assertSecured(505, send("GET / HTTP/9.9\r\nHost: 127.0.0.1\r\n\r\n"));
    }

    @Test
    void anOversizedHeaderGetsA431WithTheSecurityHeaders() throws IOException {
        assertSecured(431, send(get("/", "X-Padding: " + "a".repeat(600_000) + "\r\n")));
    }

    @Test
    void anOverlongUriGetsA414WithTheSecurityHeaders() throws IOException {
        assertSecured(414, send(get("/" + "a".repeat(600_000), "")));
    }

    @Test
    void anUnknownPathGetsA404WithTheSecurityHeaders() throws IOException {
        assertSecured(404, send(get("/no-such-page", "")));
    }

    // a form over Jetty's size limit got a 500 from Fuseki
    @Test
    void aFormOverTheSizeLimitIsRefusedWithA413AndTheSecurityHeaders() throws IOException {
        String answer = send("POST /dealgraph/sparql HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Content-Type: application/x-www-form-urlencoded\r\nContent-Length: 100000000\r\n"
                + "Connection: close\r\n\r\nquery=ASK");
        assertSecured(413, answer);
    }

    // TRACE echoed a request's headers back, a login among them
    @Test
    void traceAndTrackAreRefusedWithA405AndEchoNothing() throws IOException {
        String secret = Base64.getEncoder().encodeToString("editor:correct horse battery".getBytes(StandardCharsets.UTF_8));
        for (String method : new String[] {"TRACE", "TRACK"}) {
            String answer = send(method + " / HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Basic " + secret
                    + "\r\nConnection: close\r\n\r\n");
            assertSecured(405, answer);
            assertFalse(answer.contains(secret), answer);
        }
    }

    // a malformed Authorization header gave a 500 with the exception's text
    @Test
    void aMalformedBasicLoginGetsA401NotA500() throws IOException {
        for (String login : new String[] {"Basic %%%not-base64", "Basic " + Base64.getEncoder()
                .encodeToString("no colon".getBytes(StandardCharsets.UTF_8)), "Basic"}) {
            String answer = send("POST /dealgraph/update HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + login
                    + "\r\nContent-Type: application/sparql-update\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
            assertSecured(401, answer);
            assertTrue(head(answer).contains("\r\nwww-authenticate: basic realm=\"dealgraph\""), answer);
        }
    }

    // the Host header was not checked, so a DNS-rebinding page could read a server on loopback
    @Test
    void aServerOnLoopbackAnswersItsOwnNamesAndRefusesOthers() throws IOException {
        String ask = "/dealgraph/sparql?query=ASK%7B%7D";
        for (String host : new String[] {"localhost", "127.0.0.1:" + server.port(), "[::1]:8080", "LOCALHOST:1"}) {
            String answer = send("GET " + ask + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertSecured(200, answer);
        }
        for (String host : new String[] {"attacker.example", "attacker.example:" + server.port(), "127.0.0.1.nip.example",
                "localhost.attacker.example"}) {
            String answer = send("GET " + ask + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n");
            assertSecured(421, answer);
            assertFalse(answer.contains("boolean"), "no query result for " + host);
        }
    }
}
