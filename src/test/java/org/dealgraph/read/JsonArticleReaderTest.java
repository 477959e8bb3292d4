package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dealgraph.model.Article;
import org.junit.jupiter.api.Test;

class JsonArticleReaderTest extends ArticleReaderContract {

    @Override
    ArticleReader reader(long maxBytes) {
        return new JsonArticleReader(maxBytes);
    }

    @Override
    String extension() {
        return "json";
    }

    @Override
    String simpleArticle() {
        return "{\n  \"title\": \"Quillfeather buys Lanternworks\",\n  \"published_at\": \"2024-03-05T08:00:00Z\",\n"
                + "  \"body\": \"The robot maker announced the purchase on Monday.\\n\\n" + SENTENCE + "\\n\"\n}\n";
    }

    @Test
    void readsUsualKeys() throws IOException {
        Article article = readOne(write("a.json", "{\"headline\": \"Quill deal\", \"datePublished\": \"March 5, 2024\","
                + " \"link\": \"https://example.org/news/q\", \"source\": {\"name\": \"Example Wire\"},"
                + " \"byline\": \"By Rosa Inkwell\", \"content\": \"" + SENTENCE + "\", \"wordCount\": 11,"
                + " \"tags\": [\"deals\"]}"));
        assertEquals("Quill deal", article.title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), article.published());
        assertEquals(Optional.of("https://example.org/news/q"), article.url());
        assertEquals(Optional.of("Example Wire"), article.publisher());
        assertEquals(List.of("Rosa Inkwell"), article.authors());
        assertEquals("Quill deal\n\n" + SENTENCE, article.text());
        assertEquals(Map.of("wordCount", "11"), article.metadata());
        assertEquals("json", article.format());
    }

    @Test
    void doesNotRepeatHeadlineThatOpensTheBody() throws IOException {
        Article article = readOne(write("a.json", "{\"title\": \"Quill deal\", \"body\": \"Quill deal\\n\\n"
                + SENTENCE + "\"}"));
        assertEquals("Quill deal\n\n" + SENTENCE, article.text());
    }

    @Test
    void readsHtmlBodyAsHtml() throws IOException {
        Article article = readOne(write("a.json", "{\"title\": \"T\", \"body\": \"<p>First <b>part</b>.</p><p>"
                + SENTENCE + "</p>\"}"));
        assertEquals("T\n\nFirst part.\n\n" + SENTENCE, article.text());
    }

    @Test
    void standsInSummaryForEmptyBody() throws IOException {
        Article article = readOne(write("a.json", "{\"title\": \"T\", \"body\": \"  \", \"summary\": \"" + SENTENCE + "\"}"));
        assertEquals("T\n\n" + SENTENCE, article.text());
    }

    @Test
    void keepsUnparseableDateAsNoDate() throws IOException {
        Article article = readOne(write("a.json", "{\"date\": \"sometime soon\", \"body\": \"" + SENTENCE + "\"}"));
        assertEquals(Optional.empty(), article.published());
    }

    @Test
    void rejectsMalformedJsonWithLineAndColumn() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.json", "{\n  \"title\": \"T\",\n  body: 1\n}"));
        assertTrue(rejected.reason().startsWith("Malformed JSON at line 3, column 3"), rejected.reason());
    }

    @Test
    void rejectsTrailingContent() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.json", "{\"body\": \"x\"} {\"body\": \"y\"}"));
        assertTrue(rejected.reason().startsWith("Malformed JSON"), rejected.reason());
    }

    @Test
    void rejectsJsonValueThatIsNotAnObject() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.json", "[{\"body\": \"x\"}]"));
        assertEquals("JSON value is an array, not an article object.", rejected.reason());
    }

    @Test
    void rejectsObjectWithoutText() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.json", "{\"title\": \"Only a title\"}"));
        assertTrue(rejected.reason().startsWith("No article text"), rejected.reason());
    }
}
