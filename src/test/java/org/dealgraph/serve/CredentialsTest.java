package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path folder;

    @Test
    void readsUserPasswordLinesSkippingCommentsAndBlankLines() throws Exception {
        Path file = writePrivate(folder.resolve("writers"), "# who may write\n\nalice: s3cret:with:colons\n"
                + "bob:another-long-one\n");
        Credentials credentials = Credentials.fromFile(file);
        assertEquals(Set.of("alice", "bob"), credentials.users());
        assertEquals("s3cret:with:colons", credentials.password("alice"));
    }

    @Test
    void aBadLineIsNamedByNumberWithoutQuotingIt() throws Exception {
        Path file = writePrivate(folder.resolve("writers"), "alice:long-enough-1\nno colon here secret\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFileAShortPasswordAndAMissingFile() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(
                writePrivate(folder.resolve("empty"), "# nobody\n")));
        IllegalArgumentException shortOne = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(
                writePrivate(folder.resolve("short"), "alice:abc\n")));
        assertFalse(shortOne.getMessage().contains("abc"), shortOne.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(folder.resolve("missing")));
    }

    // a password file readable by all was accepted silently
    @Test
    void refusesAPasswordFileOthersMayReadOrWriteWithoutQuotingIt() throws Exception {
        Path file = writePrivate(folder.resolve("writers"), "alice:long-enough-secret\n");
        assumeTrue(supportsPosix(file), "this file system has no POSIX permissions");
        for (String shared : new String[] {"rw-r--r--", "rw----r--", "rw-r-----", "rw--w----", "rw-----w-"}) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(shared));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(file));
            assertTrue(e.getMessage().contains("chmod 600") && e.getMessage().contains(shared), e.getMessage());
            assertFalse(e.getMessage().contains("long-enough-secret"), e.getMessage());
        }
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("r--------"));
        assertEquals(Set.of("alice"), Credentials.fromFile(file).users());
    }

    /** Writes a file only its owner may read and write, as a password file must be. */
    static Path writePrivate(Path file, String content) throws IOException {
        Files.writeString(file, content);
        if (supportsPosix(file)) {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        }
        return file;
    }

    private static boolean supportsPosix(Path file) {
        return Files.getFileAttributeView(file, PosixFileAttributeView.class) != null;
    }

    @Test
    void environmentGivesTheDefaultUserOrTheNamedOne() {
        assertEquals(Set.of("admin"), Credentials.fromEnvironment(Map.of("DEALGRAPH_PASSWORD", "long enough"))
                .orElseThrow().users());
        assertEquals(Set.of("carol"), Credentials.fromEnvironment(Map.of("DEALGRAPH_PASSWORD", "long enough",
                "DEALGRAPH_USER", "carol")).orElseThrow().users());
        assertTrue(Credentials.fromEnvironment(Map.of("DEALGRAPH_USER", "carol")).isEmpty());
    }

    @Test
    void toStringNeverShowsAPassword() {
        assertFalse(Credentials.of("alice", "hunter2-hunter2").toString().contains("hunter2"));
    }
}
