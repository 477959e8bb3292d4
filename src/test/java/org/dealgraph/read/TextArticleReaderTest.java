package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.Article;
import org.junit.jupiter.api.Test;

class TextArticleReaderTest extends ArticleReaderContract {

    @Override
    ArticleReader reader(long maxBytes) {
        return new TextArticleReader(maxBytes);
    }

    @Override
    String extension() {
        return "txt";
    }

    @Override
    String simpleArticle() {
        return "Quillfeather buys Lanternworks\n\nThe robot maker announced the purchase on Monday.\n\n"
                + SENTENCE + "\n";
    }

    @Test
    void readsShortFirstLineAsTitle() throws IOException {
        Article article = readOne(write("a.txt", simpleArticle()));
        assertEquals("Quillfeather buys Lanternworks", article.title());
        assertTrue(article.text().startsWith("Quillfeather buys Lanternworks\n\nThe robot maker"), article.text());
    }

    @Test
    void keepsFirstLineEndingWithPeriodAsText() throws IOException {
        Article article = readOne(write("a.txt", "Lanternworks was sold.\n\n" + SENTENCE));
        assertEquals("", article.title());
        assertEquals("Lanternworks was sold.\n\n" + SENTENCE, article.text());
    }

    @Test
    void readsHeaderLines() throws IOException {
        Article article = readOne(write("a.txt", "Title: Quillfeather grows\nDate: March 5, 2024\n"
                + "URL: https://example.org/news/quill\nPublisher: Example Wire\nAuthor: Rosa Inkwell\n\n"
                + "Short standalone line\n\n" + SENTENCE));
        assertEquals("Quillfeather grows", article.title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), article.published());
        assertEquals(Optional.of("https://example.org/news/quill"), article.url());
        assertEquals(Optional.of("Example Wire"), article.publisher());
        assertEquals(List.of("Rosa Inkwell"), article.authors());
        assertEquals("Quillfeather grows\n\nShort standalone line\n\n" + SENTENCE, article.text());
    }

    @Test
    void readsSourceHeaderHoldingUrlAsTheUrl() throws IOException {
        Article article = readOne(write("a.txt", "Source: https://example.org/news/q\n\n" + SENTENCE));
        assertEquals(Optional.of("https://example.org/news/q"), article.url());
        assertEquals(Optional.empty(), article.publisher());
    }

    @Test
    void keepsLineWithUnknownKeyAsText() throws IOException {
        Article article = readOne(write("a.txt", "Update: the sale closed today.\n\n" + SENTENCE));
        assertEquals("Update: the sale closed today.\n\n" + SENTENCE, article.text());
    }

    @Test
    void keepsOneParagraphPerLineWhenFileHasNoBlankLine() throws IOException {
        Article article = readOne(write("a.txt", "First line of news.\nSecond line of news.\n"));
        assertEquals("First line of news.\n\nSecond line of news.", article.text());
    }

    @Test
    void joinsHardWrappedLinesOfAParagraph() throws IOException {
        Article article = readOne(write("a.txt", "Quillfeather Robotics agreed\nto buy Lanternworks.\n\nMore to come.\n"));
        assertEquals("Quillfeather Robotics agreed to buy Lanternworks.\n\nMore to come.", article.text());
    }

    @Test
    void identifiesArticleByUrlWhenItHasOne() throws IOException {
        Article first = readOne(write("a.txt", "URL: https://example.org/news/same\n\nOne telling."));
        Article second = readOne(write("b.txt", "URL: https://example.org/news/same\n\nAnother telling."));
        assertEquals(first.id(), second.id());
        assertEquals(Sha256.hex("https://example.org/news/same").substring(0, 32), first.id().value());
    }

    @Test
    void identifiesArticleByTextWithoutUrl() throws IOException {
        Article article = readOne(write("a.txt", SENTENCE));
        assertEquals(Sha256.hex(SENTENCE).substring(0, 32), article.id().value());
    }
}
