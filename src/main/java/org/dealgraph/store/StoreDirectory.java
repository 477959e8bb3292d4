package org.dealgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A store's directory: checked to hold a TDB2 database or nothing, and the database made whole when missing. */
final class StoreDirectory {

    /** Files that TDB2 keeps at the top of a database directory: its lock, and its generations of data. */
    private static final Logger LOG = LoggerFactory.getLogger(StoreDirectory.class);
    private static final Pattern TDB2_MARKER = Pattern.compile("tdb\\.lock|Data-\\d{4}");

    private StoreDirectory() {
    }

    /**
     * The dataset in {@code dir} (absolute and normalised), created when the directory is missing or empty. An
     * existing database's journal is first rid of an entry a killed process left half written ({@link TornJournal}).
     *
     * @throws IllegalArgumentException naming the path, if it is a file, or a directory that holds other
     *                                  things than a TDB2 database, or a database TDB2 cannot open
     */
    static Dataset connect(Path dir) {
        checkUsable(dir);
        try {
            if (!Files.isDirectory(dir) || isEmpty(dir)) {
                createAtomically(dir);
            } else {
                long cut = TornJournal.repair(dir);
                if (cut > 0) {
                    LOG.warn("{}: cut {} bytes of a journal entry that a killed process left half written; "
                            + "every committed transaction is kept", dir, cut);
                }
            }
            return TDB2Factory.connectDataset(Location.create(dir));
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException("cannot open the store in " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Makes a new TDB2 database in {@code dir}, whole or not at all. TDB2 protects committed transactions
     * from a crash, but not the laying out of a new database's files: a process killed then leaves files
     * that TDB2 cannot open. So the database is laid out in a hidden sibling folder, initialised by one
     * empty write transaction, released, and only then renamed into place in one step.
     */
    private static void createAtomically(Path dir) throws IOException {
        Path parent = dir.getParent();
        Files.createDirectories(parent);
        Path building = Files.createTempDirectory(parent, "." + dir.getFileName() + ".creating-");
        Dataset fresh = TDB2Factory.connectDataset(Location.create(building));
        Txn.executeWrite(fresh, () -> { });
        fresh.close();
        TDBInternal.expel(fresh.asDatasetGraph());
        if (Files.isDirectory(dir)) {
            Files.delete(dir);
        }
        Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
    }

    private static void checkUsable(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("store path is a file, not a directory: " + dir);
        }
        if (Files.isDirectory(dir) && !isEmpty(dir) && !holdsTdb2(dir)) {
            throw new IllegalArgumentException("not a dealgraph store (no TDB2 database in it): " + dir
                    + "; give an empty or new directory, or one made by dealgraph");
        }
    }

    private static boolean holdsTdb2(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.anyMatch(entry -> TDB2_MARKER.matcher(entry.getFileName().toString()).matches());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
