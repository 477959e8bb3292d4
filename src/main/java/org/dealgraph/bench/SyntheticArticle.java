package org.dealgraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One article of the synthetic corpus, before it is written in a file format.
 *
 * @param index      its place in the corpus, from 0
 * @param title      the headline
 * @param published  the publication date
 * @param url        the canonical URL (unique in the corpus)
 * @param publisher  the outlet
 * @param author     the byline
 * @param paragraphs the body's paragraphs
 * @param words      the number of words of the body
 */
public record SyntheticArticle(int index, String title, LocalDate published, String url, String publisher,
                               String author, List<String> paragraphs, int words) {

    public SyntheticArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(author, "author");
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body, paragraphs separated by a blank line. */
    public String body() {
        return text().body();
    }

    /** What a file format writes of it. */
    ArticleText text() {
        return new ArticleText(title, Optional.of(published), Optional.of(url), Optional.of(publisher),
                List.of(author), paragraphs);
    }
}
