package org.dealgraph.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.TransactionException;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntry;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;

/**
 * The end of a TDB2 journal that a killed process left half written, cut off before the store is opened.
 *
 * <p>TDB2 writes a transaction's changes to its journal, then a commit entry, and only the synced commit entry
 * makes the transaction durable; on opening, it replays the journal's committed transactions. A process killed
 * while it was writing an entry leaves a torn entry at the end, and TDB2 then refuses to open the store at all
 * ("Failed to read the journal entry data"), although every committed transaction is whole before it. What
 * follows the last commit entry belongs to a transaction that never committed and that replay would skip, so
 * cutting the journal there loses nothing that was committed and lets TDB2 recover the rest as usual.
 */
final class TornJournal {

    /** The fixed part of a journal entry: its data's length, checksum, type and component id. */
    static final int HEADER_BYTES = 3 * Integer.BYTES + ComponentId.SIZE;
    private static final String JOURNAL = "journal.jrnl";
    private static final Pattern GENERATION = Pattern.compile("Data-\\d{4}");

    private TornJournal() {
    }

    /**
     * Cuts the journal of each generation of data in the TDB2 database {@code dir} after its last commit entry,
     * when what follows cannot be read whole.
     *
     * @return the number of bytes cut, over all generations; 0 when every journal was whole
     */
    static long repair(Path dir) {
        long cut = 0;
        try (Stream<Path> entries = Files.list(dir)) {
            for (Path generation : entries.filter(p -> GENERATION.matcher(p.getFileName().toString()).matches())
                    .sorted().toList()) {
                Path journal = generation.resolve(JOURNAL);
                if (Files.isRegularFile(journal) && Files.size(journal) > 0) {
                    cut += repairJournal(generation);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the journals in " + dir, e);
        }
        return cut;
    }

    private static long repairJournal(Path generation) {
        Journal journal = Journal.create(Location.create(generation));
        try {
            long size = journal.size();
            Optional<Long> tornAfter = lastCommitEndIfTorn(journal);
            if (tornAfter.isEmpty()) {
                return 0;
            }
            journal.truncate(tornAfter.get());
            journal.sync();
            return size - tornAfter.get();
        } finally {
            journal.close();
        }
    }

    /** Where the last commit entry ends, if an entry after it cannot be read whole; empty if all can. */
    private static Optional<Long> lastCommitEndIfTorn(Journal journal) {
        long lastCommitEnd = 0;
        Iterator<JournalEntry> entries = journal.entries();
        try {
            while (entries.hasNext()) {
                JournalEntry entry = entries.next();
                if (entry.getType() == JournalEntryType.COMMIT) {
                    lastCommitEnd = entry.getPosition() + HEADER_BYTES + dataBytes(entry);
                }
            }
            return Optional.empty();
        } catch (TransactionException torn) {
            return Optional.of(lastCommitEnd);
        }
    }

    private static int dataBytes(JournalEntry entry) {
        ByteBuffer data = entry.getByteBuffer();
        return data == null ? 0 : data.capacity();
    }
}
