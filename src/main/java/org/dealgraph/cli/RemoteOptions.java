package org.dealgraph.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.serve.Credentials;
import org.dealgraph.store.RemoteGraphStore;
import picocli.CommandLine.Option;

/** The options that name a SPARQL Graph Store Protocol endpoint to write to, and how to log in to it. */
final class RemoteOptions {

    @Option(names = "--to", paramLabel = "URL",
            description = "Write the article graphs to this SPARQL 1.1 Graph Store Protocol endpoint instead of "
                    + "--store, one PUT per named graph (a re-run replaces, never duplicates): the URL as the "
                    + "store names it, e.g. a Fuseki dataset http://host:3030/ds. Connection failures, 5xx and "
                    + "429 answers are tried again after waits of 1, 2, 4... seconds.")
    private String url;

    @Option(names = "--auth-file", paramLabel = "FILE",
            description = "Log in to --to with the one user:password line of FILE (a file other users may read "
                    + "is refused). Without it, DEALGRAPH_USER (default admin) and DEALGRAPH_PASSWORD are used "
                    + "when DEALGRAPH_PASSWORD is set.")
    private Path authFile;

    @Option(names = "--attempts", paramLabel = "N", defaultValue = "5",
            description = "Tries per graph before a transient failure counts (default: ${DEFAULT-VALUE}).")
    private int attempts;

    private static final Duration FIRST_WAIT = Duration.ofSeconds(1);

    /** Whether {@code --to} was given. */
    boolean given() {
        return url != null;
    }

    /**
     * The endpoint to write to, logged in as the options or the environment say.
     *
     * @throws CommandError naming the setting and the fix, when one is wrong
     */
    RemoteGraphStore open(Map<String, String> environment) {
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            throw CommandError.usage("--to " + url + " is not an HTTP URL: give the endpoint as the store names "
                    + "it, e.g. http://localhost:3030/ds.");
        }
        if (attempts < 1) {
            throw CommandError.usage("--attempts " + attempts + " is not a number of tries: give 1 or more.");
        }
        return new RemoteGraphStore(url, authorization(environment), attempts, FIRST_WAIT);
    }

    private Optional<String> authorization(Map<String, String> environment) {
        try {
            Optional<Credentials> login = authFile != null ? Optional.of(Credentials.fromFile(authFile))
                    : Credentials.fromEnvironment(environment);
            return login.map(Credentials::basicAuthorization);
        } catch (IllegalArgumentException e) {
            throw CommandError.failure((authFile != null ? "--auth-file " + authFile : "the environment's login")
                    + ": " + e.getMessage() + ".");
        }
    }
}
