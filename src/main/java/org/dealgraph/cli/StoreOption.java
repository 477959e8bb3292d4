package org.dealgraph.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.dealgraph.rdf.Iris;
import org.dealgraph.store.ArticleStore;
import org.dealgraph.store.ConflictingBaseException;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option, and opening the store it names with a clear message when that fails. */
final class StoreOption {

    static final String DEFAULT = "./data/store";

    @Option(names = "--store", paramLabel = "DIR", defaultValue = DEFAULT,
            description = "The store's directory (default: ${DEFAULT-VALUE}).")
    private Path directory;

    StoreOption() {
    }

    StoreOption(Path directory) {
        this.directory = directory;
    }

    Path directory() {
        return directory;
    }

    /** Opens the store, creating it when the directory does not exist yet, under the base it records. */
    ArticleStore openOrCreate() {
        return openOrCreate(Optional.empty());
    }

    /**
     * Opens the store, creating it when the directory does not exist yet, to mint under the base {@code given}
     * (see {@link ArticleStore#open(Path, Iris)}), or under its own when none is given.
     */
    ArticleStore openOrCreate(Optional<Iris> given) {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw CommandError.failure("--store " + directory + " is a file, not a directory: give the path of a "
                    + "directory (it is created if missing), or move the file away.");
        }
        return open(given);
    }

    /** Opens a store that must already exist: one that {@code dealgraph ingest} has written. */
    ArticleStore openExisting() {
        return openExisting(Optional.empty());
    }

    /** As {@link #openExisting()}, for resources under the base {@code given}, if one is. */
    ArticleStore openExisting(Optional<Iris> given) {
        if (!Files.isDirectory(directory)) {
            String what = Files.exists(directory) ? "is a file, not a store directory" : "does not exist";
            throw CommandError.failure("--store " + directory + " " + what + ": create the store with "
                    + "'dealgraph ingest --store " + directory + " PATH...' first, or point --store at it.");
        }
        if (isEmpty(directory)) {
            throw CommandError.failure("--store " + directory + " is an empty directory, not a store: fill it with "
                    + "'dealgraph ingest --store " + directory + " PATH...' first.");
        }
        return open(given);
    }

    /** The server that holds this store, if a dealgraph serve or demo in another process does. */
    Optional<ServedStore> served() {
        return Files.isDirectory(directory) ? ServedStore.find(directory) : Optional.empty();
    }

    /**
     * For a command that reads the whole store: the store itself, or, while another dealgraph serves it (and
     * so holds it locked), a copy read through that server, saying so on {@code err}.
     */
    ArticleStore openToRead(PrintStream err, String command) {
        Optional<ServedStore> served = served();
        if (served.isEmpty()) {
            return openExisting();
        }
        err.println("dealgraph " + command + ": " + servedNotice(served.get()) + "; reading it from "
                + served.get().getUrl());
        err.flush();
        return served.get().copy();
    }

    /** Says that the store is served, and by which process. */
    String servedNotice(ServedStore served) {
        return directory + " is locked by the dealgraph serving it (process " + served.pid() + ")";
    }

    private ArticleStore open(Optional<Iris> given) {
        try {
            return given.isPresent() ? ArticleStore.open(directory, given.get()) : ArticleStore.open(directory);
        } catch (ConflictingBaseException e) {
            throw CommandError.usage("--base " + e.given() + " contradicts --store " + directory + ": "
                    + e.getMessage() + ". Nothing was changed: leave --base out to use the store's base, or give "
                    + "another --store.");
        } catch (IllegalArgumentException e) {
            Optional<ServedStore> served = served();
            if (served.isPresent()) {
                throw CommandError.failure(servedNotice(served.get()) + " at " + served.get().sparqlUrl()
                        + ": stop it (Ctrl-C where it runs) first, or give another --store.");
            }
            throw CommandError.failure("--store " + directory + ": " + e.getMessage()
                    + " (is another dealgraph using this store? stop it, or give another --store)");
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw CommandError.failure("--store " + dir + " cannot be read (" + e.getMessage() + ").");
        }
    }
}
