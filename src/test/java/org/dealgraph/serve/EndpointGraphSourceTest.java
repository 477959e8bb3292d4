package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Test;

/** What a remote endpoint's failures become: an {@link EndpointFailure} naming it, with the status a page gives. */
class EndpointGraphSourceTest {

    @Test
    void anEndpointThatNeverAnswersIsAGatewayTimeout() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/ds/sparql";
            EndpointFailure failure = assertThrows(EndpointFailure.class,
                    () -> new EndpointGraphSource(url, Duration.ofMillis(500)).holdsGraphs());
            assertEquals(504, failure.status());
            assertTrue(failure.getMessage().contains(url), failure.getMessage());
        }
    }

    @Test
    void aUrlThatIsNoQueryEndpointIsABadGateway() {
        FusekiServer fuseki = FusekiServer.create().loopback(true).port(0)
                .add("/ds", DatasetGraphFactory.createTxnMem()).build().start();
        try {
            String url = "http://localhost:" + fuseki.getPort() + "/elsewhere";
            EndpointFailure failure = assertThrows(EndpointFailure.class,
                    () -> new EndpointGraphSource(url, Duration.ofSeconds(10)).holdsGraphs());
            assertEquals(502, failure.status());
            assertTrue(failure.getMessage().contains(url + " answered 404"), failure.getMessage());
        } finally {
            fuseki.stop();
        }
    }
}
