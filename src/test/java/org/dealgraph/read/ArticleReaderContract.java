package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.dealgraph.model.Article;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every {@link ArticleReader} promises, whatever its format. A subclass names the reader and writes
 * one simple article in its format whose text holds {@link #SENTENCE}.
 */
abstract class ArticleReaderContract {

    /** A sentence of the simple article's text, as it must appear in the article read. */
    static final String SENTENCE = "Quillfeather Robotics agreed to buy Lanternworks for $12 million.";

    @TempDir
    Path folder;

    /** The reader under test, with the given size limit. */
    abstract ArticleReader reader(long maxBytes);

    /** The file name ending of the simple article. */
    abstract String extension();

    /** A short article in the reader's format, titled, with two paragraphs, one of them {@link #SENTENCE}. */
    abstract String simpleArticle();

    ArticleReader reader() {
        return reader(10_000_000);
    }

    Path write(String name, String content) throws IOException {
        return Files.writeString(folder.resolve(name), content, StandardCharsets.UTF_8);
    }

    Path writeBytes(String name, byte[] content) throws IOException {
        return Files.write(folder.resolve(name), content);
    }

    Article readOne(Path file) {
        List<ReadResult> results = reader().read(file);
        assertEquals(1, results.size(), () -> "results: " + results);
        ReadResult.Read read = assertInstanceOf(ReadResult.Read.class, results.get(0), () -> results.toString());
        return read.article();
    }

    ReadResult.Rejected rejectedOne(ArticleReader reader, Path file) {
        List<ReadResult> results = reader.read(file);
        assertEquals(1, results.size(), () -> "results: " + results);
        return assertInstanceOf(ReadResult.Rejected.class, results.get(0), () -> results.toString());
    }

    @Test
    void declaresItsExtension() {
        assertTrue(reader().extensions().contains(extension()));
    }

    @Test
    void readsSimpleArticleWithText() throws IOException {
        Article article = readOne(write("simple." + extension(), simpleArticle()));
        assertTrue(article.text().contains(SENTENCE), article.text());
        assertFalse(article.title().isEmpty(), "title");
    }

    @Test
    void sourceNamesTheFile() throws IOException {
        Path file = write("named." + extension(), simpleArticle());
        assertTrue(readOne(file).source().startsWith(file.toString()));
    }

    @Test
    void textIsPlainParagraphs() throws IOException {
        String text = readOne(write("plain." + extension(), simpleArticle())).text();
        assertFalse(text.contains("<") || text.contains("**") || text.contains("\r") || text.contains("\t"), text);
        assertFalse(text.contains("\n\n\n"), text);
        for (String paragraph : text.split("\n\n")) {
            assertFalse(paragraph.isBlank() || paragraph.contains("\n"), () -> "paragraph: [" + paragraph + "]");
            assertEquals(paragraph.strip(), paragraph);
        }
    }

    @Test
    void readingTwiceGivesTheSameArticle() throws IOException {
        Path file = write("twice." + extension(), simpleArticle());
        Article first = readOne(file);
        Article second = readOne(file);
        assertEquals(first, second);
        assertTrue(first.id().value().matches("[0-9a-f]{32}"), first.id().value());
        assertTrue(first.contentHash().matches("[0-9a-f]{64}"), first.contentHash());
    }

    @Test
    void stripsByteOrderMarkAndWindowsLineEndings() throws IOException {
        Article unix = readOne(write("unix." + extension(), simpleArticle()));
        byte[] body = simpleArticle().replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);
        Article windows = readOne(writeBytes("windows." + extension(), withBom));
        assertEquals(unix.text(), windows.text());
        assertEquals(unix.title(), windows.title());
        assertEquals(unix.contentHash(), windows.contentHash());
    }

    @Test
    void changedTextChangesTheContentHash() throws IOException {
        Article before = readOne(write("before." + extension(), simpleArticle()));
        Article after = readOne(write("after." + extension(), simpleArticle().replace("$12 million", "$13 million")));
        assertFalse(before.contentHash().equals(after.contentHash()));
    }

    @Test
    void rejectsEmptyFile() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("empty." + extension(), ""));
        assertTrue(rejected.reason().contains("empty"), rejected.reason());
        assertTrue(rejected.source().startsWith(folder.resolve("empty." + extension()).toString()));
    }

    @Test
    void rejectsFileOfBlankSpace() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("blank." + extension(), " \n\n\t \n"));
        assertTrue(rejected.reason().contains("empty"), rejected.reason());
    }

    @Test
    void rejectsInvalidUtf8() throws IOException {
        byte[] good = simpleArticle().getBytes(StandardCharsets.UTF_8);
        byte[] bad = new byte[good.length + 2];
        System.arraycopy(good, 0, bad, 0, good.length);
        bad[good.length] = (byte) 0xC3;
        bad[good.length + 1] = (byte) 0x28;
        ReadResult.Rejected rejected = rejectedOne(reader(), writeBytes("latin." + extension(), bad));
        assertTrue(rejected.reason().contains("not valid UTF-8"), rejected.reason());
        assertTrue(rejected.reason().contains("byte offset " + good.length), rejected.reason());
    }

    @Test
    void rejectsFileOverTheSizeLimit() throws IOException {
        Path file = write("large." + extension(), simpleArticle());
        ReadResult.Rejected rejected = rejectedOne(reader(64), file);
        assertTrue(rejected.reason().contains("too large"), rejected.reason());
    }

    @Test
    void rejectsMissingFile() {
        ReadResult.Rejected rejected = rejectedOne(reader(), folder.resolve("absent." + extension()));
        assertTrue(rejected.reason().contains("does not exist"), rejected.reason());
    }

    @Test
    void readsStreamedContentAsItReadsTheFile() throws IOException {
        Path file = write("streamed." + extension(), simpleArticle());
        List<ReadResult> streamed = reader().read(FileContent.of(() -> Files.newInputStream(file), Files.size(file)),
                file.toString());
        assertEquals(reader().read(file), streamed);
    }

    @Test
    void rejectsStreamedContentInTheFilesWords() throws IOException {
        Path file = write("large." + extension(), simpleArticle());
        FileContent unknownSize = FileContent.of(() -> Files.newInputStream(file), -1);
        assertTrue(rejectedOne(reader(64), unknownSize, file.toString()).reason().startsWith("File is too large"));
        FileContent reportedSize = FileContent.of(() -> Files.newInputStream(file), Files.size(file));
        assertEquals(rejectedOne(reader(64), file), rejectedOne(reader(64), reportedSize, file.toString()));
        Path empty = write("empty." + extension(), "");
        assertEquals(rejectedOne(reader(), empty),
                rejectedOne(reader(), FileContent.of(() -> Files.newInputStream(empty), 0), empty.toString()));
        FileContent missing = FileContent.of(() -> {
            throw new java.io.FileNotFoundException("gone");
        }, -1);
        assertTrue(rejectedOne(reader(), missing, "gone." + extension()).reason().contains("does not exist"));
    }

    private static ReadResult.Rejected rejectedOne(ArticleReader reader, FileContent content, String source) {
        List<ReadResult> results = reader.read(content, source);
        assertEquals(1, results.size(), () -> "results: " + results);
        return assertInstanceOf(ReadResult.Rejected.class, results.get(0), () -> results.toString());
    }

    @Test
    void refusesSizeLimitBelowOneByte() {
        assertThrows(IllegalArgumentException.class, () -> reader(0));
    }
}
