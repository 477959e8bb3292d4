package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {

    @TempDir
    Path dir;

    @Test
    void noCommandIsAUsageError() {
        CliRun run = CliRun.of();
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("Missing command"), run.toString());
    }

    @Test
    void unknownCommandIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("frobnicate").exitCode());
    }

    @Test
    void unknownOptionIsAUsageError() {
        CliRun run = CliRun.of("stats", "--colour", "red");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--colour"), run.toString());
    }

    @Test
    void ingestWithoutPathsIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("ingest").exitCode());
    }

    @Test
    void exportWithoutFormatIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("export", "--store", dir.toString()).exitCode());
    }

    @Test
    void badPortIsAUsageError() {
        assertEquals(ExitCodes.USAGE, CliRun.of("serve", "--port", "many").exitCode());
    }

    @Test
    void helpListsTheCommandsAndExitCodes() {
        CliRun run = CliRun.of("--help");
        assertEquals(ExitCodes.OK, run.exitCode());
        for (String command : new String[] {"ingest", "query", "serve", "export", "stats", "demo"}) {
            assertTrue(run.out().contains(command), "help names " + command + ":\n" + run.out());
        }
        assertTrue(run.out().contains("Exit codes"), run.out());
    }

    @Test
    void storeThatIsAFileIsReportedWithoutStackTrace() throws Exception {
        Path file = Files.writeString(dir.resolve("store.txt"), "not a store");
        CliRun run = CliRun.of("stats", "--store", file.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--store"), run.toString());
        assertFalse(run.err().contains("\tat "), "no stack trace:\n" + run.err());
    }

    @Test
    void missingStoreIsReportedWithTheFix() {
        CliRun run = CliRun.of("query", "--store", dir.resolve("nowhere").toString(), "ASK {}");
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("dealgraph ingest"), run.toString());
        assertFalse(Files.exists(dir.resolve("nowhere")), "a query does not create a store");
    }

    @Test
    void demoWithoutExamplesSaysWhereItLooked() {
        CliRun run = CliRun.of("demo", "--store", dir.resolve("demo").toString(), "--examples",
                dir.resolve("none").toString(), "--port", "0");
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--examples"), run.toString());
    }

    @Test
    void emptyFolderIsAFailureNamingTheFormatsRead() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), empty.toString());
        assertEquals(ExitCodes.FAILURE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("found no articles"), run.toString());
    }

    @Test
    void ingestListsEachRejectedInputAndExitsThree() throws Exception {
        Path good = Files.writeString(dir.resolve("note.txt"), "Quill Analytics hired Dana Pike as chief "
                + "financial officer, the company said.\n");
        CliRun run = CliRun.of("ingest", "--store", dir.resolve("store").toString(), good.toString(),
                dir.resolve("missing.md").toString());
        assertEquals(ExitCodes.REJECTED, run.exitCode(), run.toString());
        assertTrue(run.out().contains("stored:         1"), run.out());
        assertTrue(run.out().contains("missing.md: "), run.out());
    }
}
