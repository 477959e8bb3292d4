package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The count of inputs a progress bar shows as its total, against what reading the same paths gives. */
class ArticleFilesCountTest {

    @TempDir
    Path dir;

    @Test
    void countMatchesTheResultsOfReadingFoldersFilesAndFeeds() throws Exception {
        Path news = Files.createDirectories(dir.resolve("news/2031"));
        write(news.resolve("one.txt"), "Quillon Labs hires a chief scientist\n\nQuillon Labs said on Monday it hired one.");
        write(news.resolve("two.md"), "---\ntitle: Brightwater raises\n---\nBrightwater Robotics raised money.");
        write(news.resolve("README.md"), "What this folder holds.");
        write(news.resolve("picture.png"), "not an article");
        write(news.resolve("feed.jsonl"), "{\"title\":\"A\",\"body\":\"Ardent Grid signs a deal.\"}\n\n"
                + "   \n{\"title\":\"B\",\"body\":\"Ardent Grid opens an office.\"}\n{\"title\":\"C\"}");
        Path single = write(dir.resolve("single.json"), "{\"title\":\"D\",\"body\":\"Nova Cells buys a plant.\"}");
        List<Path> paths = List.of(dir.resolve("news"), single, dir.resolve("missing.txt"));

        ArticleFiles files = new ArticleFiles();
        long read;
        try (var results = files.read(paths)) {
            read = results.count();
        }
        assertEquals(7, read, "two files, three records of the feed, the single file and the missing path");
        assertEquals(read, files.count(paths));
    }

    @Test
    void aFeedOverTheSizeLimitCountsAsTheOneRejectionItGives() throws Exception {
        Path feed = write(dir.resolve("big.jsonl"), "{\"title\":\"A\"}\n".repeat(50));
        ArticleFiles files = new ArticleFiles(100);
        assertEquals(1, files.count(List.of(feed)));
        assertEquals(50, new ArticleFiles().count(List.of(feed)));
    }

    private static Path write(Path file, String text) throws Exception {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
    }
}
