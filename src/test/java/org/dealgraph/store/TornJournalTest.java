package org.dealgraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.dboe.transaction.txn.journal.Journal;
import org.apache.jena.dboe.transaction.txn.journal.JournalEntryType;
import org.apache.jena.graph.Node;
import org.dealgraph.rdf.ArticleMapper;
import org.dealgraph.rdf.Iris;
import org.dealgraph.rdf.SampleArticles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A journal entry that a killed process left half written no longer stops the store from opening: the
 * journal is cut after its last commit, and the committed articles are all there.
 */
class TornJournalTest {

    private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
    /** What a killed process wrote of an entry of 100 bytes of data: its header and 3 of them. */
    private static final long TORN = TornJournal.HEADER_BYTES + 3;

    @TempDir
    Path tmp;

    @Test
    void aStoreWithATornJournalOpensWithItsArticles() throws IOException {
        Path dir = tmp.resolve("store");
        Node graph = new ArticleMapper(IRIS).graphName(SampleArticles.FIRST_ID);
        try (ArticleStore store = ArticleStore.open(dir)) {
            store.replace(graph, new ArticleMapper(IRIS).quads(SampleArticles.first()));
        }
        Path journal = dir.resolve("Data-0001").resolve("journal.jrnl");
        appendTornEntry(dir.resolve("Data-0001"));
        assertEquals(TORN, Files.size(journal));

        try (ArticleStore reopened = ArticleStore.open(dir)) {
            assertEquals(1, reopened.articleCount());
            assertEquals(List.of(), reopened.check());
        }
        assertEquals(0, Files.size(journal), "TDB2 empties the journal once it has recovered");
    }

    @Test
    void onlyWhatFollowsTheLastCommitIsCut() throws IOException {
        Path generation = journal(JournalEntryType.REDO, JournalEntryType.COMMIT, JournalEntryType.REDO);
        Path file = generation.resolve("journal.jrnl");
        long committed = TornJournal.HEADER_BYTES + 4 + TornJournal.HEADER_BYTES;  // a change, then its commit
        long whole = Files.size(file);
        appendTornEntry(generation);

        assertEquals(whole + TORN - committed, TornJournal.repair(tmp.resolve("db")));
        assertEquals(committed, Files.size(file));
    }

    @Test
    void aWholeJournalIsLeftAsItIs() throws IOException {
        Path generation = journal(JournalEntryType.REDO);
        Path file = generation.resolve("journal.jrnl");
        long size = Files.size(file);

        assertEquals(0, TornJournal.repair(tmp.resolve("db")));
        assertEquals(size, Files.size(file));
    }

    /**
     * A generation of data whose journal holds entries of these types, in order: changes of 4 bytes, and commits
     * without data.
     */
    private Path journal(JournalEntryType... types) throws IOException {
        Path generation = Files.createDirectories(tmp.resolve("db").resolve("Data-0001"));
        Journal journal = Journal.create(Location.create(generation));
        ComponentId component = ComponentId.allocLocal();
        for (JournalEntryType type : types) {
            journal.write(type, component, type == JournalEntryType.COMMIT ? null : ByteBuffer.allocate(4));
        }
        journal.sync();
        journal.close();
        return generation;
    }

    /**
     * Appends to the journal the first bytes of an entry of 100 bytes of data, as a process killed while
     * writing it leaves them (the entry is written whole to a journal of its own, and cut).
     */
    private void appendTornEntry(Path generation) throws IOException {
        Path scratch = Files.createTempDirectory(tmp, "scratch");
        Journal journal = Journal.create(Location.create(scratch));
        journal.write(JournalEntryType.REDO, ComponentId.allocLocal(), ByteBuffer.allocate(100));
        journal.sync();
        journal.close();
        byte[] whole = Files.readAllBytes(scratch.resolve("journal.jrnl"));
        Files.write(generation.resolve("journal.jrnl"), Arrays.copyOf(whole, (int) TORN),
                StandardOpenOption.APPEND);
    }
}
