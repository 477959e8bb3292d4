package org.dealgraph.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One news article as read from a file, whatever its format.
 *
 * @param id          stable identity (see {@link ArticleId})
 * @param source      where it was read from: the file, plus {@code #n} for the n-th record of a feed
 * @param format      the reader's format name ({@code txt}, {@code md}, {@code html}, {@code json}, {@code jsonl})
 * @param title       the headline, empty when the file has none
 * @param published   the publication date, when the file states one
 * @param url         the canonical URL, when the file states one
 * @param publisher   the outlet that published it, when stated
 * @param authors     bylines, in order
 * @param text        the article's text: its headline as the first paragraph (unless the body already opens
 *                    with it), then the body, paragraphs separated by a blank line; every {@link Span} of
 *                    later stages points into this string
 * @param contentHash lowercase hex SHA-256 of everything above that ends up in the graph, so that an
 *                    unchanged article can be recognised and skipped
 * @param metadata    other front-matter or meta keys the file carried, as text
 */
public record Article(
        ArticleId id,
        String source,
        String format,
        String title,
        Optional<LocalDate> published,
        Optional<String> url,
        Optional<String> publisher,
        List<String> authors,
        String text,
        String contentHash,
        Map<String, String> metadata) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(contentHash, "contentHash");
        authors = List.copyOf(authors);
        metadata = Map.copyOf(metadata);
    }
}
