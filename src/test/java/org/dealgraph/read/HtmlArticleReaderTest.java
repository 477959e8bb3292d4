package org.dealgraph.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dealgraph.model.Article;
import org.junit.jupiter.api.Test;

class HtmlArticleReaderTest extends ArticleReaderContract {

    @Override
    ArticleReader reader(long maxBytes) {
        return new HtmlArticleReader(maxBytes);
    }

    @Override
    String extension() {
        return "html";
    }

    @Override
    String simpleArticle() {
        return "<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>Quill | Example Wire</title></head>\n"
                + "<body><header><nav><a href=\"/\">Home</a></nav></header>\n<article>\n"
                + "<h1>Quillfeather buys Lanternworks</h1>\n<time datetime=\"2024-03-05\">5 March 2024</time>\n"
                + "<p>The <em>robot maker</em> announced the purchase on Monday.</p>\n<p>" + SENTENCE + "</p>\n"
                + "<figure><img src=\"x.jpg\"><figcaption>The factory</figcaption></figure>\n"
                + "<script>var tracking = 1;</script>\n</article>\n"
                + "<aside><h2>Related</h2><ul><li>Other news</li></ul></aside>\n"
                + "<footer><p>All rights reserved.</p></footer></body></html>\n";
    }

    private static String page(String head, String body) {
        return "<html><head>" + head + "</head><body>" + body + "</body></html>";
    }

    @Test
    void leavesOutPageFurnitureAndOpensWithHeadline() throws IOException {
        Article article = readOne(write("a.html", simpleArticle()));
        assertEquals("Quillfeather buys Lanternworks\n\nThe robot maker announced the purchase on Monday.\n\n" + SENTENCE, article.text());
        assertEquals("Quillfeather buys Lanternworks", article.title());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), article.published());
    }

    @Test
    void readsMetaFields() throws IOException {
        Article article = readOne(write("a.html", page(
                "<meta property=\"og:title\" content=\"Quill deal\"><meta property=\"og:site_name\" content=\"Example Wire\">"
                        + "<meta property=\"article:published_time\" content=\"2026-02-10T14:00:00Z\">"
                        + "<meta name=\"author\" content=\"Rosa Inkwell\">"
                        + "<link rel=\"canonical\" href=\"https://example.org/news/quill\">"
                        + "<meta property=\"og:url\" content=\"https://example.org/other\">",
                "<h1>Another headline</h1><p>" + SENTENCE + "</p>")));
        assertEquals("Quill deal", article.title());
        assertEquals(Optional.of(LocalDate.of(2026, 2, 10)), article.published());
        assertEquals(Optional.of("https://example.org/news/quill"), article.url());
        assertEquals(Optional.of("Example Wire"), article.publisher());
        assertEquals(List.of("Rosa Inkwell"), article.authors());
    }

    @Test
    void fallsBackToTitleElementAndOpenGraphUrl() throws IOException {
        Article article = readOne(write("a.html", page(
                "<title>Page title</title><meta property=\"og:url\" content=\"https://example.org/news/og\">",
                "<p>" + SENTENCE + "</p>")));
        assertEquals("Page title", article.title());
        assertEquals(Optional.of("https://example.org/news/og"), article.url());
    }

    @Test
    void prefersMainOverRestOfBody() throws IOException {
        Article article = readOne(write("a.html", page("",
                "<div>Cookie notice</div><main><p>" + SENTENCE + "</p></main>")));
        assertEquals(SENTENCE, article.text());
    }

    @Test
    void makesEachBlockItsOwnParagraph() throws IOException {
        Article article = readOne(write("a.html", page("", "<article><h2>Terms</h2><p>Cash<br>and shares</p>"
                + "<ul><li>first</li><li>second</li></ul><blockquote>A quote.</blockquote>"
                + "<div>Loose text <b>here</b><p>inner</p></div></article>")));
        assertEquals("Terms\n\nCash and shares\n\nfirst\n\nsecond\n\nA quote.\n\nLoose text here\n\ninner", article.text());
    }

    @Test
    void leavesOutByline() throws IOException {
        Article article = readOne(write("a.html", page("",
                "<article><p class=\"byline meta\">By Rosa Inkwell</p><p>" + SENTENCE + "</p></article>")));
        assertEquals(SENTENCE, article.text());
    }

    @Test
    void keepsDateInsideSentence() throws IOException {
        Article article = readOne(write("a.html", page("",
                "<p>The deal closed on <time datetime=\"2024-03-05\">March 5</time>.</p>")));
        assertEquals("The deal closed on March 5.", article.text());
        assertEquals(Optional.of(LocalDate.of(2024, 3, 5)), article.published());
    }

    @Test
    void honoursDeclaredCharset() throws IOException {
        String html = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">",
                "<p>Caf\u00e9 Quill raised \u00a312 million.</p>");
        Article article = readOne(writeBytes("a.html", html.getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals("Caf\u00e9 Quill raised \u00a312 million.", article.text());
    }

    @Test
    void rejectsUnknownCharset() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(),
                write("a.html", page("<meta charset=\"no-such-charset\">", "<p>" + SENTENCE + "</p>")));
        assertTrue(rejected.reason().contains("charset that is not known"), rejected.reason());
    }

    @Test
    void rejectsPageWithoutText() throws IOException {
        ReadResult.Rejected rejected = rejectedOne(reader(),
                write("a.html", page("<title>Nothing</title>", "<nav>Home</nav>")));
        assertTrue(rejected.reason().startsWith("No article text"), rejected.reason());
    }
}
