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

class MarkdownArticleReaderTest extends ArticleReaderContract {

    @Override
    ArticleReader reader(long maxBytes) {
        return new MarkdownArticleReader(maxBytes);
    }

    @Override
    String extension() {
        return "md";
    }

    @Override
    String simpleArticle() {
        return "---\ntitle: \"Quillfeather buys Lanternworks\"\ndate: 2024-03-05\n---\n\n"
                + "The *robot maker* announced the [purchase](https://example.org/x) on **Monday**.\n\n"
                + SENTENCE + "\n";
    }

    @Test
    void readsFrontMatterFields() throws IOException {
        Article article = readOne(write("a.md", "---\ntitle: Quillfeather grows\npublishedDateTime: 2024-03-05T09:15:00Z\n"
                + "sourceUrl: https://example.org/news/q\nprovider:\n  name: Example Wire\n  id: wire\n"
                + "authors: [Rosa Inkwell, \"By Tomas Reed\"]\ncategory: deals\nscore: 7\ntags: [a, b]\n---\n" + SENTENCE));
        assertEquals("Quillfeather grows", article.title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), article.published());
        assertEquals(Optional.of("https://example.org/news/q"), article.url());
        assertEquals(Optional.of("Example Wire"), article.publisher());
        assertEquals(List.of("Rosa Inkwell", "Tomas Reed"), article.authors());
        assertEquals(Map.of("category", "deals", "score", "7"), article.metadata());
    }

    @Test
    void readsFrontMatterDate() throws IOException {
        Article article = readOne(write("a.md", "---\ndate: '2025-11-03T17:45:20'\n---\n" + SENTENCE));
        assertEquals(Optional.of(LocalDate.of(2025, 11, 3)), article.published());
    }

    @Test
    void removesMarkupButKeepsParagraphs() throws IOException {
        Article article = readOne(write("a.md", simpleArticle()));
        assertEquals("Quillfeather buys Lanternworks\n\nThe robot maker announced the purchase on Monday.\n\n" + SENTENCE, article.text());
    }

    @Test
    void keepsListItemsAndSubheadingsApart() throws IOException {
        Article article = readOne(write("a.md", "## Terms\n\n- cash\n- shares\n\n" + SENTENCE));
        assertEquals("Terms\n\ncash\n\nshares\n\n" + SENTENCE, article.text());
    }

    @Test
    void readsOpeningHeadingAsTitleWithoutFrontMatter() throws IOException {
        Article article = readOne(write("a.md", "# Quillfeather buys *Lanternworks*\n\n" + SENTENCE));
        assertEquals("Quillfeather buys Lanternworks", article.title());
        assertEquals("Quillfeather buys Lanternworks\n\n" + SENTENCE, article.text());
    }

    @Test
    void readsRawHtmlInsideMarkdownAsText() throws IOException {
        Article article = readOne(write("a.md", "<figure><figcaption>A photo</figcaption></figure>\n"
                + "<p class=\"lead\">The sale was <a href=\"/x\">confirmed</a>.</p>\n\n" + SENTENCE));
        assertEquals("The sale was confirmed.\n\n" + SENTENCE, article.text());
    }

    @Test
    void standsInSummaryForEmptyBody() throws IOException {
        Article article = readOne(write("a.md", "---\ntitle: Short\nabstract: \"" + SENTENCE + "\"\n---\n\n"));
        assertEquals("Short\n\n" + SENTENCE, article.text());
    }

    @Test
    void rejectsBrokenFrontMatter() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(),
                write("a.md", "---\ntitle: fine\nauthors: [unclosed\n---\n" + SENTENCE));
        assertTrue(rejected.reason().startsWith("Broken YAML front matter at line"), rejected.reason());
    }

    @Test
    void rejectsUnclosedFrontMatter() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.md", "---\ntitle: fine\n\n" + SENTENCE));
        assertTrue(rejected.reason().contains("no '---' line closes it"), rejected.reason());
    }

    @Test
    void rejectsFrontMatterThatIsNotKeysAndValues() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.md", "---\n- one\n- two\n---\n" + SENTENCE));
        assertTrue(rejected.reason().contains("not a set of 'key: value' lines"), rejected.reason());
    }

    @Test
    void rejectsArticleWithoutText() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(), write("a.md", "---\ntitle: Only a title\n---\n\n"));
        assertTrue(rejected.reason().startsWith("No article text"), rejected.reason());
    }
}
