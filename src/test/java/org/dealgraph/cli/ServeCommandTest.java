package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The serve command's safety options fail at start-up, naming the setting and the fix. */
class ServeCommandTest {

    @TempDir
    Path folder;

    @Test
    void allowUpdatesWithoutAPasswordFailsNamingBothWaysToGiveOne() {
        assumeTrue(System.getenv("DEALGRAPH_PASSWORD") == null, "DEALGRAPH_PASSWORD is set here");
        CliRun run = CliRun.of("serve", "--store", folder.resolve("none").toString(), "--allow-updates");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("DEALGRAPH_PASSWORD") && run.err().contains("--password-file"), run.toString());
    }

    @Test
    void thereIsNoOptionThatTakesAPassword() {
        CliRun run = CliRun.of("serve", "--allow-updates", "--password", "hunter2-hunter2");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
    }

    @Test
    void aBadPasswordFileIsNamedWithoutShowingItsLines() throws Exception {
        Path file = writePrivate(folder.resolve("writers"), "this-line-has-no-colon-secret\n");
        CliRun run = CliRun.of("serve", "--allow-updates", "--password-file", file.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--password-file") && run.err().contains("line 1"), run.toString());
        assertFalse(run.err().contains("secret"), run.toString());
    }

    // a password file readable by all was accepted silently
    @Test
    void aPasswordFileOthersMayReadStopsTheServerAtStartUp() throws Exception {
        Path file = Files.writeString(folder.resolve("writers"), "alice:long-enough-secret\n");
        assumeTrue(Files.getFileAttributeView(file, PosixFileAttributeView.class) != null, "no POSIX permissions here");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-r--r--"));
        CliRun run = CliRun.of("serve", "--allow-updates", "--password-file", file.toString(), "--port", "0");
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("chmod 600") && run.err().contains("DEALGRAPH_PASSWORD"), run.toString());
        assertFalse(run.err().contains("long-enough-secret"), run.toString());
    }

    @Test
    void aPasswordFileWithoutAllowUpdatesIsAMistake() throws Exception {
        Path file = Files.writeString(folder.resolve("writers"), "alice:long-enough-1\n");
        CliRun run = CliRun.of("serve", "--password-file", file.toString());
        assertEquals(ExitCodes.USAGE, run.exitCode(), run.toString());
        assertTrue(run.err().contains("--allow-updates"), run.toString());
    }

    @Test
    void limitsMustBePositive() {
        CliRun timeout = CliRun.of("serve", "--query-timeout", "0");
        assertEquals(ExitCodes.USAGE, timeout.exitCode(), timeout.toString());
        assertTrue(timeout.err().contains("--query-timeout"), timeout.toString());
        CliRun results = CliRun.of("serve", "--max-results", "0");
        assertEquals(ExitCodes.USAGE, results.exitCode(), results.toString());
        assertTrue(results.err().contains("--max-results"), results.toString());
    }

    @Test
    void helpNamesTheSafetyOptions() {
        CliRun run = CliRun.of("serve", "--help");
        for (String option : new String[] {"--allow-updates", "--password-file", "--query-timeout", "--max-results",
                "--allow-service", "127.0.0.1"}) {
            assertTrue(run.out().contains(option), option + "\n" + run);
        }
    }

    /** Writes a file only its owner may read and write, as a password file must be. */
    private static Path writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content);
        if (Files.getFileAttributeView(file, PosixFileAttributeView.class) != null) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }
}
