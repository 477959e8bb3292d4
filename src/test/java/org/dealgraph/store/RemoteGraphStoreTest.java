package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Quad;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Writing a graph to a Graph Store Protocol endpoint: which failures are tried again, and what is sent. */
class RemoteGraphStoreTest {

    private static final Node GRAPH = NodeFactory.createURI("http://example.org/graph/1");
    private static final List<Quad> QUADS = List.of(Quad.create(GRAPH, NodeFactory.createURI("http://example.org/a"),
            NodeFactory.createURI("http://example.org/b"), NodeFactory.createURI("http://example.org/c")));

    private final Deque<Integer> answers = new ArrayDeque<>();
    private final List<String> requests = new ArrayList<>();
    private HttpServer server;

    private String start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ds", exchange -> {
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("Authorization"));
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(answers.isEmpty() ? 204 : answers.poll(), -1);
            exchange.close();
        });
        server.start();
        return "http://localhost:" + server.getAddress().getPort() + "/ds";
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    @Test
    void triesAgainAfterServerErrorsAndTooManyRequests() throws IOException {
        answers.addAll(List.of(503, 429));
        RemoteGraphStore store = new RemoteGraphStore(start(), Optional.of("Basic abc"), 3, Duration.ofMillis(1));

        store.put(GRAPH, QUADS);

        assertEquals(List.of("PUT Basic abc", "PUT Basic abc", "PUT Basic abc"), requests);
    }

    @Test
    void failsAtOnceOnARefusalNamingTheAnswerAndTheFix() throws IOException {
        answers.add(401);
        RemoteGraphStore store = new RemoteGraphStore(start(), Optional.empty(), 5, Duration.ofMillis(1));

        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.put(GRAPH, QUADS));

        assertEquals(1, requests.size());
        assertTrue(e.getMessage().contains("answered 401"), e.getMessage());
        assertTrue(e.getMessage().contains("check the user and password"), e.getMessage());
    }

    @Test
    void givesUpAfterItsTriesSayingHowMany() throws IOException {
        answers.addAll(List.of(500, 502, 504));
        RemoteGraphStore store = new RemoteGraphStore(start(), Optional.empty(), 3, Duration.ofMillis(1));

        RemoteStoreException e = assertThrows(RemoteStoreException.class, () -> store.put(GRAPH, QUADS));

        assertEquals(3, requests.size());
        assertTrue(e.getMessage().contains("answered 504") && e.getMessage().contains("(3 tries)"), e.getMessage());
    }
}
