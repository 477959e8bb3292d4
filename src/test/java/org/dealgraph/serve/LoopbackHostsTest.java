package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The names a server on loopback answers to, and that a server on another address has no such list. */
class LoopbackHostsTest {

    @Test
    void acceptsTheLoopbackNamesAndTheBoundAddressWithAnyPort() {
        LoopbackHosts hosts = LoopbackHosts.forAddress("127.0.0.2").orElseThrow();
        for (String host : new String[] {"localhost", "LocalHost:3030", "127.0.0.1", "127.0.0.1:1", "[::1]",
                "[::1]:3030", "127.0.0.2", "127.0.0.2:8080"}) {
            assertTrue(hosts.accepts(host), host);
        }
    }

    @Test
    void refusesOtherNamesLookAlikesAndMalformedValues() {
        LoopbackHosts hosts = LoopbackHosts.forAddress("127.0.0.1").orElseThrow();
        for (String host : new String[] {"attacker.example", "localhost.attacker.example", "127.0.0.1.attacker.example",
                "127.0.0.3", "::1", "[::1", "localhost:port", "", "user@localhost", "[::2]:80"}) {
            assertFalse(hosts.accepts(host), host);
        }
    }

    @Test
    void anIpv6LoopbackBindingAcceptsItsBracketedAddress() {
        assertTrue(LoopbackHosts.forAddress("::1").orElseThrow().accepts("[::1]:9"));
        assertTrue(LoopbackHosts.forAddress("0:0:0:0:0:0:0:1").orElseThrow().accepts("[0:0:0:0:0:0:0:1]"));
    }

    @Test
    void aServerOnAnotherAddressHasNoHostList() {
        assertTrue(LoopbackHosts.forAddress("0.0.0.0").isEmpty());
        assertTrue(LoopbackHosts.forAddress("192.0.2.7").isEmpty());
    }
}
