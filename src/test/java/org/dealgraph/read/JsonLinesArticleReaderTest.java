package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonLinesArticleReaderTest extends ArticleReaderContract {

    @Override
    ArticleReader reader(long maxBytes) {
        return new JsonLinesArticleReader(maxBytes);
    }

    @Override
    String extension() {
        return "jsonl";
    }

    @Override
    String simpleArticle() {
        return "{\"title\": \"Quillfeather buys Lanternworks\", \"published_at\": \"2024-03-05\", "
                + "\"body\": \"The robot maker announced the purchase on Monday.\\n\\n" + SENTENCE + "\"}\n";
    }

    @Test
    void readsOneArticlePerLineNumberedFromOne() throws IOException {
        Path file = write("feed.jsonl", "{\"title\": \"One\", \"body\": \"First story.\"}\n\n"
                + "{\"title\": \"Two\", \"body\": \"Second story.\"}\n");
        List<ReadResult> results = reader().read(file);
        assertEquals(2, results.size());
        assertEquals(file + "#1", results.get(0).source());
        assertEquals(file + "#2", results.get(1).source());
        ReadResult.Read second = assertInstanceOf(ReadResult.Read.class, results.get(1));
        assertEquals("Two\n\nSecond story.", second.article().text());
        assertEquals("jsonl", second.article().format());
    }

    @Test
    void rejectsBadLineAndStillReadsTheOthers() throws IOException {
        Path file = write("feed.jsonl", "{\"body\": \"First story.\"}\n{\"body\": broken}\n[1, 2]\n"
                + "{\"body\": \"Fourth story.\"}\n");
        List<ReadResult> results = reader().read(file);
        assertEquals(4, results.size());
        assertInstanceOf(ReadResult.Read.class, results.get(0));
        ReadResult.Rejected broken = assertInstanceOf(ReadResult.Rejected.class, results.get(1));
        assertEquals(file + "#2", broken.source());
        assertTrue(broken.reason().startsWith("Malformed JSON at line 2, column"), broken.reason());
        ReadResult.Rejected array = assertInstanceOf(ReadResult.Rejected.class, results.get(2));
        assertEquals("JSON value is an array, not an article object.", array.reason());
        assertInstanceOf(ReadResult.Read.class, results.get(3));
    }
}
