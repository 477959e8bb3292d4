package org.dealgraph.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RiotException;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;
import org.apache.jena.system.Txn;
import org.dealgraph.rdf.Iris;
import org.dealgraph.serve.DealgraphServer;
import org.dealgraph.store.ArticleStore;

/**
 * A store that a running {@code dealgraph serve} (or {@code demo}) holds: TDB2 lets one process open a store,
 * so while it is served, {@code query}, {@code export} and {@code stats} read it through the server. The
 * server leaves a note in the store's directory ({@link #NOTE}) with its process, its endpoints and the
 * store's base, and takes it away when it stops; a note counts only while TDB2's lock names the same living
 * process, so one left by a killed server is ignored.
 *
 * @param pid       the serving process
 * @param sparqlUrl its SPARQL query endpoint
 * @param getUrl    its graph store protocol read endpoint, which gives the whole dataset
 * @param base      the store's IRI base
 */
record ServedStore(long pid, String sparqlUrl, String getUrl, String base) {

    /** The note's file name in the store's directory. */
    static final String NOTE = "dealgraph-serving.properties";
    private static final String LOCK = "tdb.lock";

    /** Leaves the note for {@code server} serving the store in {@code directory}; false if it cannot be written. */
    static boolean leaveNote(Path directory, DealgraphServer server, String host, Iris iris) {
        String local = server.url().replace("//" + bracketed(host) + ":", "//" + reachable(host) + ":");
        Properties note = new Properties();
        note.setProperty("pid", Long.toString(ProcessHandle.current().pid()));
        note.setProperty("sparql", local + server.sparqlUrl().substring(server.url().length()));
        note.setProperty("get", local + server.datasetUrl().substring(server.url().length()) + "/get");
        note.setProperty("base", iris.base());
        try {
            Path temp = Files.createTempFile(directory, "." + NOTE, ".part");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                note.store(out, "Written by dealgraph while it serves this store; removed when it stops.");
            }
            Files.move(temp, directory.resolve(NOTE), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Takes the note away, if this process left it. */
    static void removeNote(Path directory) {
        find(directory).filter(s -> s.pid() == ProcessHandle.current().pid()).ifPresent(s -> {
            try {
                Files.deleteIfExists(directory.resolve(NOTE));
            } catch (IOException e) {
                // left behind: it no longer counts once this process is gone
            }
        });
    }

    /** The server that holds the store in {@code directory}, if another living process serves it. */
    static Optional<ServedStore> find(Path directory) {
        Path file = directory.resolve(NOTE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties note = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            note.load(in);
            long pid = Long.parseLong(note.getProperty("pid", "").trim());
            long locker = Long.parseLong(Files.readString(directory.resolve(LOCK), StandardCharsets.UTF_8).trim());
            boolean living = ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
            if (pid != locker || !living || note.getProperty("sparql") == null || note.getProperty("get") == null) {
                return Optional.empty();
            }
            return Optional.of(new ServedStore(pid, note.getProperty("sparql"), note.getProperty("get"),
                    note.getProperty("base", Iris.DEFAULT_BASE)));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The store's IRIs. */
    Iris iris() {
        return new Iris(base);
    }

    /** Runs {@code query} at the server's endpoint. */
    QueryExecution query(Query query) {
        return QueryExecutionHTTP.service(sparqlUrl).query(query).build();
    }

    /**
     * The whole dataset, fetched from the server's graph store read endpoint into a store in memory, for
     * commands that read all of it: a store larger than the memory at hand cannot be read this way.
     */
    ArticleStore copy() {
        ArticleStore copy = ArticleStore.inMemory(iris());
        try {
            HttpResponse<InputStream> answer = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()
                    .send(HttpRequest.newBuilder(URI.create(getUrl)).header("Accept", "application/n-quads").GET()
                            .build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = answer.body()) {
                if (answer.statusCode() != 200) {
                    throw new IOException("the server answered " + answer.statusCode());
                }
                Txn.executeWrite(copy.dataset(), () -> RDFParser.source(body).lang(Lang.NQUADS)
                        .parse(copy.dataset().asDatasetGraph()));
            }
            return copy;
        } catch (IOException | RiotException | UncheckedIOException e) {
            copy.close();
            throw CommandError.failure("could not read the store from the server at " + getUrl + " (" + e.getMessage()
                    + "): stop the server (process " + pid + ") to read the store directly.");
        } catch (InterruptedException e) {
            copy.close();
            Thread.currentThread().interrupt();
            throw CommandError.failure("interrupted while reading the store from " + getUrl);
        }
    }

    private static String bracketed(String host) {
        return host.contains(":") ? "[" + host + "]" : host;
    }

    /** The address a client on this machine reaches a server listening on {@code host} at. */
    private static String reachable(String host) {
        return switch (host) {
            case "0.0.0.0" -> "127.0.0.1";
            case "::", "[::]", "0:0:0:0:0:0:0:0" -> "[::1]";
            default -> bracketed(host);
        };
    }
}
