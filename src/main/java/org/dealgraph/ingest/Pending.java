package org.dealgraph.ingest;

import java.util.Objects;
import java.util.concurrent.Future;
import org.dealgraph.model.ArticleId;

/** One input on its way from the reading thread to the writing thread, in input order. */
sealed interface Pending {

    /** The input's outcome is already known: rejected by its reader, or unchanged in the store. */
    record Done(IngestOutcome outcome) implements Pending {
        public Done {
            Objects.requireNonNull(outcome, "outcome");
        }
    }

    /** The article is being taken through the stages by a worker. */
    record Working(String source, ArticleId id, Future<MappedArticle> result) implements Pending {
        public Working {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(result, "result");
        }
    }

    /**
     * An article that an earlier input of this run already gave, with the same content: it ends as that
     * input ended, unchanged if it was stored, rejected for the same reason if it was rejected.
     */
    record Repeat(String source, ArticleId id) implements Pending {
        public Repeat {
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(id, "id");
        }
    }

    /** Nothing follows. */
    record End() implements Pending {
    }

    /** Reading failed with a bug: the ingest stops with it. */
    record Failed(Throwable error) implements Pending {
        public Failed {
            Objects.requireNonNull(error, "error");
        }
    }
}
