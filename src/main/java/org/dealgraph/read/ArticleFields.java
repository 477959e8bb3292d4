package org.dealgraph.read;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dealgraph.model.Article;
import org.dealgraph.model.ArticleId;

/**
 * What a reader found in a file, before it becomes an {@link Article}: text values as the file gave
 * them (empty strings for what it did not give), the text already in {@link PlainText}'s shape.
 *
 * <p>The {@linkplain Article#id() id} is the first 32 hex digits of the SHA-256 of the canonical URL,
 * or of the text when there is no URL. The {@linkplain Article#contentHash() content hash} is the
 * SHA-256 of title, publication date ({@code yyyy-MM-dd} or empty), URL, publisher, authors (joined by
 * U+001E) and text, joined by U+001F, so any change to what the graph holds of the article changes it.
 *
 * <p>The article's text opens with its headline as a paragraph of its own, unless the body already
 * opens with it: headlines state the main fact, and some short articles state it nowhere else.
 */
record ArticleFields(String title, String date, String url, String publisher, List<String> authors, String text,
        Map<String, String> metadata) {

    private static final int ID_HEX_DIGITS = 32;
    private static final String FIELD_SEPARATOR = "\u001F";
    private static final String AUTHOR_SEPARATOR = "\u001E";

    ArticleFields {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(text, "text");
        authors = List.copyOf(authors);
        metadata = Map.copyOf(metadata);
    }

    /** The article these fields make; rejects an article without text. */
    Article toArticle(String source, String format) throws UnreadableInputException {
        if (text.isBlank()) {
            throw new UnreadableInputException("No article text: there is no body, and no summary to stand in for one.");
        }
        Optional<LocalDate> published = PublicationDates.parse(date);
        String text = withHeadline(title, this.text);
        String identity = url.isEmpty() ? text : url;
        ArticleId id = new ArticleId(Sha256.hex(identity).substring(0, ID_HEX_DIGITS));
        String hashed = String.join(FIELD_SEPARATOR, title, published.map(LocalDate::toString).orElse(""), url,
                publisher, String.join(AUTHOR_SEPARATOR, authors), text);
        return new Article(id, source, format, title, published, optional(url), optional(publisher), authors,
                text, Sha256.hex(hashed), metadata);
    }

    private static String withHeadline(String title, String body) {
        String headline = title.strip();
        if (headline.isEmpty() || body.startsWith(headline)) {
            return body;
        }
        return headline + PlainText.PARAGRAPH_BREAK + body;
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }
}
