package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs are regular files inside the folders given, read within the byte limit, stored under relative names. */
class InputBoundsTest {

    private static final String STORY = "Harbour story\n\nFenwick Labs raised $4 million from Aldous Capital.\n";

    @TempDir
    Path dir;

    private Path folder() throws IOException {
        return Files.createDirectories(dir.resolve("news"));
    }

    private static Map<String, ReadResult> bySource(List<ReadResult> results) {
        return results.stream().collect(Collectors.toMap(ReadResult::source, r -> r, (a, b) -> a,
                java.util.LinkedHashMap::new));
    }

    private static String reason(ReadResult result) {
        return assertInstanceOf(ReadResult.Rejected.class, result, result.toString()).reason();
    }

    // a FIFO named as input, or met in a folder, blocked the ingest forever waiting for a writer
    @Test
    void refusesANamedPipeWithoutOpeningItAndGoesOn() throws Exception {
        Path news = folder();
        Path fifo = news.resolve("pipe.txt");
        assumeTrue(mkfifo(fifo), "mkfifo is not available here");
        Files.writeString(news.resolve("story.txt"), STORY);

        Map<String, ReadResult> walked = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> bySource(new ArticleFiles().read(List.of(news)).toList()));
        List<ReadResult> direct = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ArticleFiles().read(List.of(fifo, news.resolve("story.txt"))).toList());

        assertEquals("Not a regular file: it is a named pipe (FIFO); dealgraph reads only regular files.",
                reason(walked.get("news/pipe.txt")));
        assertInstanceOf(ReadResult.Read.class, walked.get("news/story.txt"));
        assertEquals(fifo.toString(), direct.get(0).source());
        assertTrue(reason(direct.get(0)).contains("named pipe"), direct.toString());
        assertInstanceOf(ReadResult.Read.class, direct.get(1));
    }

    @Test
    void refusesASocketInAFolderAndGivenDirectly() throws IOException {
        Path news = folder();
        Path socketFile = news.resolve("feed.jsonl");
        try (ServerSocketChannel socket = ServerSocketChannel.open(StandardProtocolFamily.UNIX)) {
            socket.bind(UnixDomainSocketAddress.of(socketFile));
            assertTrue(reason(new ArticleFiles().read(List.of(news)).toList().get(0)).contains("it is a socket"));
            assertTrue(reason(new ArticleFiles().read(List.of(socketFile)).toList().get(0)).contains("it is a socket"));
            assertTrue(reason(new JsonLinesArticleReader().read(socketFile).get(0)).contains("it is a socket"));
        }
    }

    // --max-bytes was checked on the reported size only, so a source that reports none read without end
    @Test
    void boundedReadStopsOneBytePastTheLimit() {
        CountingZeros endless = new CountingZeros();
        UnreadableInputException tooLarge = assertThrows(UnreadableInputException.class,
                () -> InputFile.bounded(endless, 1000));
        assertTrue(tooLarge.reason().startsWith("File is too large"), tooLarge.reason());
        assertEquals(1001, endless.served, "read no further than one byte past the limit");
    }

    @Test
    void boundedReadKeepsAFileAtTheLimit() throws Exception {
        byte[] bytes = InputFile.bounded(InputStream.nullInputStream(), 10);
        assertEquals(0, bytes.length);
        assertEquals(10, InputFile.bounded(new java.io.ByteArrayInputStream(new byte[10]), 10).length);
    }

    // a link in a folder to a private file put that file's sentences into the published graph
    @Test
    void refusesALinkLeadingOutsideTheFolderUnlessLinksAreFollowed() throws IOException {
        Path news = folder();
        Path secret = Files.writeString(dir.resolve("secret.txt"), STORY);
        Files.createSymbolicLink(news.resolve("leak.txt"), secret);
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/far.txt"), STORY.replace("Fenwick", "Gorsemoor"));
        Files.createSymbolicLink(news.resolve("away"), dir.resolve("elsewhere"));

        Map<String, ReadResult> kept = bySource(new ArticleFiles().read(List.of(news)).toList());
        assertEquals(2, kept.size(), kept.toString());
        assertTrue(reason(kept.get("news/leak.txt")).contains("leads outside the folders given"));
        assertTrue(reason(kept.get("news/away")).contains("--follow-links"));

        Map<String, ReadResult> followed = bySource(new ArticleFiles(1000, true).read(List.of(news)).toList());
        assertInstanceOf(ReadResult.Read.class, followed.get("news/leak.txt"));
        assertInstanceOf(ReadResult.Read.class, followed.get("news/away/far.txt"));
    }

    @Test
    void readsALinkThatStaysInsideUnderItsOwnNameAndSkipsLinkedFolders() throws IOException {
        Path news = folder();
        Path story = Files.writeString(Files.createDirectories(news.resolve("2024")).resolve("story.txt"), STORY);
        Files.createSymbolicLink(news.resolve("latest.txt"), story);
        Files.createSymbolicLink(news.resolve("again"), news);
        Files.createSymbolicLink(news.resolve("gone.md"), news.resolve("missing.md"));

        Map<String, ReadResult> results = bySource(new ArticleFiles().read(List.of(news)).toList());

        assertEquals(List.of("news/2024/story.txt", "news/gone.md", "news/latest.txt"), List.copyOf(results.keySet()));
        assertInstanceOf(ReadResult.Read.class, results.get("news/latest.txt"));
        assertTrue(reason(results.get("news/gone.md")).startsWith("Broken symbolic link"));
    }

    @Test
    void followedLinksThatLeadRoundInACircleEnd() throws IOException {
        Path news = folder();
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("far.txt"), STORY);
        Files.createSymbolicLink(news.resolve("out"), outside);
        Files.createSymbolicLink(outside.resolve("back-out"), outside);

        List<ReadResult> results = assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> new ArticleFiles(1000, true).read(List.of(news)).toList());

        assertEquals(List.of("news/out/far.txt"), results.stream().map(ReadResult::source).toList());
    }

    @Test
    void aLinkGivenDirectlyIsFollowedAndStoredUnderTheLinkName() throws IOException {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("links")).resolve("today.txt"), story);
        Path folderLink = Files.createSymbolicLink(dir.resolve("current"), folder());
        Files.writeString(dir.resolve("news/a.txt"), STORY);

        List<ReadResult> results = new ArticleFiles().read(List.of(link, folderLink)).toList();

        assertEquals(List.of("today.txt", "current/a.txt"), results.stream().map(ReadResult::source).toList());
        results.forEach(result -> assertInstanceOf(ReadResult.Read.class, result));
    }

    // dg:sourceFile published the absolute paths of the ingesting machine
    @Test
    void storesPathsFromTheFolderGivenNeverAbsolutePaths() throws IOException {
        Path news = folder();
        Files.writeString(Files.createDirectories(news.resolve("deep/er")).resolve("a.md"), "# A\n\nSome text.");
        Path direct = Files.writeString(dir.resolve("b.txt"), STORY);

        List<String> sources = new ArticleFiles().read(List.of(news.toAbsolutePath(), direct.toAbsolutePath()))
                .map(ReadResult::source).toList();

        assertEquals(List.of("news/deep/er/a.md", "b.txt"), sources);
        sources.forEach(source -> assertFalse(source.contains(dir.toString())));
    }

    private static boolean mkfifo(Path fifo) {
        try {
            Process process = new ProcessBuilder("mkfifo", fifo.toString()).redirectErrorStream(true).start();
            return process.waitFor() == 0 && Files.exists(fifo);
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** An endless stream of zeros that counts the bytes it served. */
    private static final class CountingZeros extends InputStream {
        private long served;

        @Override
        public int read() {
            served++;
            return 0;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            java.util.Arrays.fill(buffer, offset, offset + length, (byte) 0);
            served += length;
            return length;
        }
    }
}
