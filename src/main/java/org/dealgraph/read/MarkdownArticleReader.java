package org.dealgraph.read;

import java.util.List;
import java.util.Optional;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.dealgraph.model.Article;
import org.jsoup.Jsoup;

/**
 * Reads Markdown articles ({@code .md}, {@code .markdown}), UTF-8 (or UTF-16 with a byte order mark), with optional YAML front matter whose
 * keys {@link FieldMap} reads. The body is rendered by commonmark and its text taken as
 * {@link BlockText} does for HTML, so emphasis, links and markup disappear while paragraphs, headings
 * and list items stay apart; raw HTML inside the Markdown is read the same way.
 *
 * <p>A level-one heading that opens the body is the headline: the title when the front matter gives
 * none, and never part of the text. Later level-one headings are kept as section headings.
 */
public final class MarkdownArticleReader implements ArticleReader {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().build();

    private final long maxBytes;

    /** A reader with the default size limit of 10 MB. */
    public MarkdownArticleReader() {
        this(InputFile.DEFAULT_MAX_BYTES);
    }

    /** A reader that rejects files larger than {@code maxBytes}. */
    public MarkdownArticleReader(long maxBytes) {
        this.maxBytes = InputFile.checkedLimit(maxBytes);
    }

    @Override
    public List<String> extensions() {
        return List.of("md", "markdown");
    }

    @Override
    public List<ReadResult> read(FileContent content, String source) {
        return List.of(ReadAttempt.of(source, () -> article(source, InputFile.text(content, maxBytes))));
    }

    private static Article article(String source, String content) throws UnreadableInputException {
        FrontMatter frontMatter = FrontMatter.split(content);
        Node document = PARSER.parse(frontMatter.body());
        String headline = takeHeadline(document);
        String text = BlockText.of(Jsoup.parseBodyFragment(RENDERER.render(document)).body());
        ArticleFields fields = new FieldMap(frontMatter.values()).fields(Optional.of(text));
        if (fields.title().isEmpty() && !headline.isEmpty()) {
            fields = new ArticleFields(headline, fields.date(), fields.url(), fields.publisher(), fields.authors(),
                    fields.text(), fields.metadata());
        }
        return fields.toArticle(source, "md");
    }

    /** Removes a level-one heading that opens the document and returns its text (or ""); demotes later ones. */
    private static String takeHeadline(Node document) {
        String headline = "";
        Node first = document.getFirstChild();
        if (first instanceof Heading heading && heading.getLevel() == 1) {
            headline = PlainText.collapse(Jsoup.parseBodyFragment(RENDERER.render(heading)).body().text());
            heading.unlink();
        }
        for (Node node = document.getFirstChild(); node != null; node = node.getNext()) {
            if (node instanceof Heading heading && heading.getLevel() == 1) {
                heading.setLevel(2);
            }
        }
        return headline;
    }
}
