package org.dealgraph.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest --follow-links}: a link out of the folder given is rejected with its reason unless the user says so. */
class IngestLinksTest {

    @TempDir
    Path dir;

    @Test
    void rejectsALinkOutOfTheFolderAndReadsItWithFollowLinks() throws IOException {
        Path news = Files.createDirectories(dir.resolve("news"));
        Files.writeString(news.resolve("story.txt"), "Quarry news\n\nQuillon Robotics raised $9 million from "
                + "Sable Point Capital.\n");
        Path outside = Files.writeString(dir.resolve("outside.txt"), "Far news\n\nMarrow Data raised $2 million.\n");
        Files.createSymbolicLink(news.resolve("linked.txt"), outside);

        CliRun refused = CliRun.of("ingest", "--store", dir.resolve("store").toString(), news.toString());
        assertEquals(ExitCodes.REJECTED, refused.exitCode(), refused.toString());
        assertTrue(refused.out().contains("news/linked.txt: Symbolic link leads outside the folders given"),
                refused.out());
        assertTrue(refused.out().contains("stored:         1"), refused.out());

        CliRun followed = CliRun.of("ingest", "--store", dir.resolve("store").toString(), "--follow-links",
                news.toString());
        assertEquals(ExitCodes.OK, followed.exitCode(), followed.toString());
        assertTrue(followed.out().contains("stored:         1") && followed.out().contains("unchanged:      1"),
                followed.out());
    }
}
