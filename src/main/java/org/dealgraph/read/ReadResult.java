package org.dealgraph.read;

import java.util.Objects;
import org.dealgraph.model.Article;

/** What reading one file, or one record of a feed, came to. */
public sealed interface ReadResult {

    /** The file, plus {@code #n} for the n-th record of a feed (from 1). */
    String source();

    /** An article read whole. */
    record Read(Article article) implements ReadResult {
        public Read {
            Objects.requireNonNull(article, "article");
        }

        @Override
        public String source() {
            return article.source();
        }
    }

    /** A file or record that could not be read, and why, in words a user can act on. */
    record Rejected(String source, String reason) implements ReadResult {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
