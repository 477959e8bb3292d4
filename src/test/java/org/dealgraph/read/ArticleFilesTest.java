package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArticleFilesTest {

    @TempDir
    Path folder;

    private Path write(String name, String content) throws IOException {
        Path file = folder.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, content);
    }

    private List<String> sources(List<ReadResult> results) {
        return results.stream().map(ReadResult::source).toList();
    }

    @Test
    void walksFolderRecursivelyInSortedOrder() throws IOException {
        write("b.txt", "Second file text.");
        write("a.md", "# A\n\nFirst file text.");
        write("sub/c.json", "{\"body\": \"Nested file text.\"}");
        write("sub/d.jsonl", "{\"body\": \"Feed one.\"}\n{\"body\": \"Feed two.\"}\n");
        write("sub/e.htm", "<p>Page text.</p>");
        List<ReadResult> results = new ArticleFiles().read(List.of(folder)).toList();
        String name = folder.getFileName() + "/";
        assertEquals(List.of(name + "a.md", name + "b.txt", name + "sub/c.json", name + "sub/d.jsonl#1",
                name + "sub/d.jsonl#2", name + "sub/e.htm"), sources(results));
        results.forEach(result -> assertInstanceOf(ReadResult.Read.class, result));
    }

    @Test
    void readsEachFileOnlyWhenItsResultsAreTaken() throws IOException {
        write("a.txt", "First file text.");
        write("b.txt", "Second file text.");
        write("c.txt", "Third file text, as it was when the folder was listed.");
        try (Stream<ReadResult> results = new ArticleFiles().read(List.of(folder))) {
            Iterator<ReadResult> next = results.iterator();
            assertTrue(next.next().source().endsWith("a.txt"));
            // a folder read up front would still give the old text here
            write("c.txt", "Third file text, changed while the first was being ingested.");
            assertTrue(next.next().source().endsWith("b.txt"));
            ReadResult third = next.next();
            assertEquals("Third file text, changed while the first was being ingested.",
                    assertInstanceOf(ReadResult.Read.class, third).article().text());
            assertFalse(next.hasNext());
        }
    }

    @Test
    void skipsHiddenAndUnknownFilesInFolders() throws IOException {
        write(".hidden.txt", "Hidden text.");
        write(".git/config.txt", "Hidden folder text.");
        write("notes.docx", "Not an article format.");
        write("README", "No extension at all.");
        write("kept.TXT", "Upper-case extension text.");
        List<ReadResult> results = new ArticleFiles().read(List.of(folder)).toList();
        assertEquals(List.of(folder.getFileName() + "/kept.TXT"), sources(results));
    }

    @Test
    void skipsReadmeInFoldersButReadsItWhenNamed() throws IOException {
        Path readme = write("README.md", "# About these files\n\nThey are examples.");
        write("story.md", "A story.");
        assertEquals(List.of(folder.getFileName() + "/story.md"),
                sources(new ArticleFiles().read(List.of(folder)).toList()));
        assertInstanceOf(ReadResult.Read.class, new ArticleFiles().read(List.of(readme)).toList().get(0));
    }

    @Test
    void tellsWhichFilesOfAFolderAreReadAsItsWalkDoes() {
        ArticleFiles files = new ArticleFiles();
        assertTrue(files.readsInFolder("2024/deal.md"));
        assertTrue(files.readsInFolder("kept.TXT"));
        assertFalse(files.readsInFolder(".git/config.txt"));
        assertFalse(files.readsInFolder("drafts/.hidden.txt"));
        assertFalse(files.readsInFolder("README.md"));
        assertFalse(files.readsInFolder("notes.docx"));
    }

    @Test
    void readsContentUnderItsNameAndRejectsAnUnknownOne() {
        ArticleFiles files = new ArticleFiles();
        byte[] story = "A story about Quillfeather Robotics.".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FileContent content = FileContent.of(() -> new java.io.ByteArrayInputStream(story), story.length);
        assertInstanceOf(ReadResult.Read.class, files.read(content, "feeds/story.txt").get(0));
        ReadResult.Rejected rejected = assertInstanceOf(ReadResult.Rejected.class,
                files.read(content, "feeds/notes.docx").get(0));
        assertTrue(rejected.reason().startsWith("Unsupported format: no reader for .docx files"), rejected.reason());
    }

    @Test
    void rejectsUnsupportedFileNamedDirectly() throws IOException {
        Path file = write("notes.docx", "Not an article format.");
        List<ReadResult> results = new ArticleFiles().read(List.of(file)).toList();
        ReadResult.Rejected rejected = assertInstanceOf(ReadResult.Rejected.class, results.get(0));
        assertEquals("notes.docx", rejected.source());
        assertTrue(rejected.reason().startsWith("Unsupported format: no reader for .docx files"), rejected.reason());
    }

    @Test
    void rejectsMissingPathAndGoesOn() throws IOException {
        Path missing = folder.resolve("nowhere");
        Path file = write("story.txt", "Some text.");
        List<ReadResult> results = new ArticleFiles().read(List.of(missing, file)).toList();
        assertEquals(2, results.size());
        ReadResult.Rejected rejected = assertInstanceOf(ReadResult.Rejected.class, results.get(0));
        assertEquals(missing.toString(), rejected.source());
        assertEquals("No such file or folder.", rejected.reason());
        assertInstanceOf(ReadResult.Read.class, results.get(1));
    }

    @Test
    void appliesItsSizeLimitToEveryFormat() throws IOException {
        write("a.txt", "A text longer than the tiny limit.");
        write("b.json", "{\"body\": \"A text longer than the tiny limit.\"}");
        List<ReadResult> results = new ArticleFiles(16).read(List.of(folder)).toList();
        assertEquals(2, results.size());
        results.forEach(result -> assertInstanceOf(ReadResult.Rejected.class, result));
    }

    @Test
    void namesTheExtensionsItReads() {
        assertEquals(List.of("txt", "md", "markdown", "html", "htm", "json", "jsonl"), new ArticleFiles().extensions());
    }
}
