package org.dealgraph.ingest;

import java.util.Map;
import java.util.Objects;
import org.dealgraph.model.ArticleId;
import org.dealgraph.model.FactKind;

/** What ingesting one input came to: exactly one of these per file, or per record of a feed. */
public sealed interface IngestOutcome {

    /** The file, plus {@code #n} for the n-th record of a feed. */
    String source();

    /** The article's graph was written (new, or replacing an older version). */
    record Stored(String source, ArticleId article, Map<FactKind, Integer> facts, int quads)
            implements IngestOutcome {
        public Stored {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(article, "article");
            facts = Map.copyOf(facts);
            if (quads < 0) {
                throw new IllegalArgumentException("negative quad count " + quads);
            }
        }

        /** The number of facts of all kinds. */
        public int factCount() {
            return facts.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    /** The store already holds this article with the same content; nothing was done. */
    record Unchanged(String source) implements IngestOutcome {
        public Unchanged {
            Objects.requireNonNull(source, "source");
        }
    }

    /** The input could not be read or processed; {@code reason} says why, in words a user can act on. */
    record Rejected(String source, String reason) implements IngestOutcome {
        public Rejected {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
