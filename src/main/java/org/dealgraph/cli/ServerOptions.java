package org.dealgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.Credentials;
import org.dealgraph.serve.Limits;
import org.dealgraph.serve.ServerSettings;
import picocli.CommandLine.Option;

/**
 * The options of the commands that serve: where to listen, the limits on queries, and whether to take
 * updates (only with a password from a file or the environment, never from the command line). The IRI base
 * is the store's ({@link BaseOption}).
 */
final class ServerOptions {

    @Option(names = "--port", paramLabel = "PORT", defaultValue = "3030",
            description = "The port to serve on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = ServerSettings.LOOPBACK,
            description = "The address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 "
                    + "for every network interface: put a reverse proxy with TLS in front, see SECURITY.md).")
    String host;

    @Option(names = "--query-timeout", paramLabel = "SECONDS", defaultValue = "10",
            description = "Stop a query after this many seconds (default: ${DEFAULT-VALUE}); a client's own "
                    + "timeout parameter can only shorten it.")
    double queryTimeoutSeconds;

    @Option(names = "--max-results", paramLabel = "N", defaultValue = "10000",
            description = "Return at most N rows from a query (default: ${DEFAULT-VALUE}); a cut answer carries "
                    + "the header Dealgraph-Result-Limit: N. Page with LIMIT and OFFSET for more.")
    long maxResults;

    @Option(names = "--max-query-bytes", paramLabel = "BYTES", defaultValue = "65536",
            description = "Refuse a query or update longer than this many bytes before reading it (default: "
                    + "${DEFAULT-VALUE}): 413, or 414 for one in the URL.")
    int maxQueryBytes;

    @Option(names = "--max-result-bytes", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Stop an answer at this many bytes (default: ${DEFAULT-VALUE}, 64 MB): a 422 if it had "
                    + "not begun, else the connection is cut before the answer ends.")
    long maxResultBytes;

    @Option(names = "--max-string-length", paramLabel = "CHARS", defaultValue = "1000000",
            description = "Stop a query or update that builds a longer string (CONCAT, REPLACE...) with a 422 "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxStringLength;

    @Option(names = "--read-timeout", paramLabel = "SECONDS", defaultValue = "20",
            description = "Close a connection idle this long, and answer 408 to a request whose body takes longer "
                    + "to arrive (default: ${DEFAULT-VALUE}).")
    double readTimeoutSeconds;

    @Option(names = "--max-connections", paramLabel = "N", defaultValue = "512",
            description = "Accept at most N connections at once; more wait (default: ${DEFAULT-VALUE}).")
    int maxConnections;

    @Option(names = "--max-client-connections", paramLabel = "N", defaultValue = "128",
            description = "Close at once any connection beyond N from one address (default: ${DEFAULT-VALUE}).")
    int maxClientConnections;

    @Option(names = "--max-upload-bytes", paramLabel = "BYTES", defaultValue = "67108864",
            description = "With --allow-updates: refuse a graph store write whose body is longer than this many "
                    + "bytes with a 413 (default: ${DEFAULT-VALUE}, 64 MB).")
    long maxUploadBytes;

    @Option(names = "--max-queries", paramLabel = "N", defaultValue = "12",
            description = "Run at most N queries and updates at once; more get 503 at once, so threads are "
                    + "left to answer (default: ${DEFAULT-VALUE}).")
    int maxQueries;

    @Option(names = "--max-client-queries", paramLabel = "N", defaultValue = "8",
            description = "Run at most N queries and updates at once from one address; more get 503 (default: "
                    + "${DEFAULT-VALUE}).")
    int maxClientQueries;

    @Option(names = "--allow-service",
            description = "Let queries call other SPARQL endpoints with SERVICE (off by default: the server "
                    + "would fetch any address a client names).")
    boolean allowService;

    @Option(names = "--allow-updates",
            description = "Take SPARQL Update at /dealgraph/update and graph store writes at /dealgraph/data, "
                    + "from authenticated users only (HTTP basic auth): the password comes from --password-file "
                    + "or from the environment variables " + Credentials.PASSWORD_VARIABLE + " and "
                    + Credentials.USER_VARIABLE + " (default user: " + Credentials.DEFAULT_USER + "). "
                    + "Queries stay open to all.")
    boolean allowUpdates;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "With --allow-updates: the users who may write, one user:password per line (# starts "
                    + "a comment). Keep it readable by you only (chmod 600).")
    Path passwordFile;

    /**
     * The settings these options give, with the writers' password from {@code environment} when no password
     * file is named, for resources under {@link Iris#DEFAULT_BASE}: set the store's with
     * {@link ServerSettings#withBase(String)}.
     *
     * @throws CommandError naming the option and the fix, when an option is wrong
     */
    ServerSettings settings(Map<String, String> environment) {
        if (port < 0 || port > 65535) {
            throw CommandError.usage("--port " + port + " is not a port: give a number from 0 to 65535.");
        }
        if (!(queryTimeoutSeconds > 0) || queryTimeoutSeconds > 86_400) {
            throw CommandError.usage("--query-timeout " + queryTimeoutSeconds + " is not a timeout: give a number "
                    + "of seconds above 0, such as 10.");
        }
        if (maxResults < 1) {
            throw CommandError.usage("--max-results " + maxResults + " is not a limit: give a whole number of "
                    + "at least 1, such as 10000.");
        }
        atLeastOne("--max-query-bytes", maxQueryBytes, "65536");
        atLeastOne("--max-result-bytes", maxResultBytes, "67108864");
        atLeastOne("--max-string-length", maxStringLength, "1000000");
        atLeastOne("--max-connections", maxConnections, "512");
        atLeastOne("--max-client-connections", maxClientConnections, "128");
        atLeastOne("--max-upload-bytes", maxUploadBytes, "67108864");
        atLeastOne("--max-queries", maxQueries, "12");
        atLeastOne("--max-client-queries", maxClientQueries, "8");
        if (!(readTimeoutSeconds > 0) || readTimeoutSeconds > 86_400) {
            throw CommandError.usage("--read-timeout " + readTimeoutSeconds + " is not a timeout: give a number "
                    + "of seconds above 0, such as 20.");
        }
        Limits limits = new Limits(Duration.ofMillis(Math.round(queryTimeoutSeconds * 1000)), maxResults,
                maxQueryBytes, maxResultBytes, maxStringLength, Duration.ofMillis(Math.round(readTimeoutSeconds * 1000)),
                maxConnections, maxClientConnections, maxUploadBytes, maxQueries, maxClientQueries);
        ServerSettings settings = new ServerSettings(host, port, Iris.DEFAULT_BASE, limits, allowService,
                Optional.empty());
        return allowUpdates ? settings.withWriters(writers(environment)) : readOnly(settings);
    }

    private static void atLeastOne(String option, long value, String example) {
        if (value < 1) {
            throw CommandError.usage(option + " " + value + " is not a limit: give a whole number of at least 1, "
                    + "such as " + example + ".");
        }
    }

    private ServerSettings readOnly(ServerSettings settings) {
        if (passwordFile != null) {
            throw CommandError.usage("--password-file is only read with --allow-updates: add --allow-updates "
                    + "to take updates, or leave --password-file out to serve read-only.");
        }
        return settings;
    }

    private Credentials writers(Map<String, String> environment) {
        try {
            if (passwordFile != null) {
                return Credentials.fromFile(passwordFile);
            }
            return Credentials.fromEnvironment(environment).orElseThrow(() -> CommandError.usage(
                    "--allow-updates needs the writers' password, and none was given: set the environment "
                            + "variable " + Credentials.PASSWORD_VARIABLE + " (and " + Credentials.USER_VARIABLE
                            + ", default " + Credentials.DEFAULT_USER + "), or give --password-file FILE with "
                            + "user:password lines. A password is never taken on the command line."));
        } catch (IllegalArgumentException e) {
            String setting = passwordFile != null ? "--password-file " + passwordFile : Credentials.PASSWORD_VARIABLE;
            throw CommandError.usage(setting + ": " + e.getMessage() + ".");
        }
    }
}
