package org.dealgraph.cli;

import org.dealgraph.rdf.Iris;
import picocli.CommandLine.Option;

/** The {@code --host}, {@code --port} and {@code --base} options of the commands that serve. */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "The port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 "
                    + "for every network interface).")
    String host;

    @Option(names = "--base", paramLabel = "IRI", defaultValue = Iris.DEFAULT_BASE,
            description = "The IRI base of the store's resources (default: ${DEFAULT-VALUE}): the page "
                    + "http://HOST:PORT/id/REST describes the resource IRI+REST.")
    String base;

    void check() {
        if (port < 0 || port > 65535) {
            throw CommandError.usage("--port " + port + " is not a port: give a number from 0 to 65535.");
        }
        try {
            new Iris(base);
        } catch (IllegalArgumentException e) {
            throw CommandError.usage("--base " + base + " is not an IRI base: give an absolute IRI ending in '/', "
                    + "such as " + Iris.DEFAULT_BASE + ".");
        }
    }
}
