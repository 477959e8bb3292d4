package org.dealgraph.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CredentialsTest {

    @TempDir
    Path folder;

    @Test
    void readsUserPasswordLinesSkippingCommentsAndBlankLines() throws Exception {
        Path file = Files.writeString(folder.resolve("writers"), "# who may write\n\nalice: s3cret:with:colons\n"
                + "bob:another-long-one\n");
        Credentials credentials = Credentials.fromFile(file);
        assertEquals(Set.of("alice", "bob"), credentials.users());
        assertEquals("s3cret:with:colons", credentials.password("alice"));
    }

    @Test
    void aBadLineIsNamedByNumberWithoutQuotingIt() throws Exception {
        Path file = Files.writeString(folder.resolve("writers"), "alice:long-enough-1\nno colon here secret\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(file));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
        assertFalse(e.getMessage().contains("secret"), e.getMessage());
    }

    @Test
    void refusesAnEmptyFileAShortPasswordAndAMissingFile() throws Exception {
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(
                Files.writeString(folder.resolve("empty"), "# nobody\n")));
        IllegalArgumentException shortOne = assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(
                Files.writeString(folder.resolve("short"), "alice:abc\n")));
        assertFalse(shortOne.getMessage().contains("abc"), shortOne.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Credentials.fromFile(folder.resolve("missing")));
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
