package org.dealgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.dealgraph.store.ArticleStore;
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

    /** Opens the store, creating it when the directory does not exist yet. */
    ArticleStore openOrCreate() {
        if (Files.exists(directory) && !Files.isDirectory(directory)) {
            throw CommandError.failure("--store " + directory + " is a file, not a directory: give the path of a "
                    + "directory (it is created if missing), or move the file away.");
        }
        return open();
    }

    /** Opens a store that must already exist: one that {@code dealgraph ingest} has written. */
    ArticleStore openExisting() {
        if (!Files.isDirectory(directory)) {
            String what = Files.exists(directory) ? "is a file, not a store directory" : "does not exist";
            throw CommandError.failure("--store " + directory + " " + what + ": create the store with "
                    + "'dealgraph ingest --store " + directory + " PATH...' first, or point --store at it.");
        }
        if (isEmpty(directory)) {
            throw CommandError.failure("--store " + directory + " is an empty directory, not a store: fill it with "
                    + "'dealgraph ingest --store " + directory + " PATH...' first.");
        }
        return open();
    }

    private ArticleStore open() {
        try {
            return ArticleStore.open(directory);
        } catch (IllegalArgumentException e) {
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
