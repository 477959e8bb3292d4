package org.dealgraph.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a {@link CorpusFormat} writes of an article: its fields, each but the title optional, and its body.
 *
 * @param title      the headline
 * @param published  the publication date, if any
 * @param url        the canonical URL, if any
 * @param publisher  the outlet, if any
 * @param authors    the bylines, in order
 * @param paragraphs the body's paragraphs
 */
record ArticleText(String title, Optional<LocalDate> published, Optional<String> url, Optional<String> publisher,
                   List<String> authors, List<String> paragraphs) {

    ArticleText {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(publisher, "publisher");
        authors = List.copyOf(authors);
        paragraphs = List.copyOf(paragraphs);
    }

    /** The body, paragraphs separated by a blank line. */
    String body() {
        return String.join("\n\n", paragraphs);
    }
}
