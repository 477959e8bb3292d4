package org.dealgraph.bench;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What to measure and how hard.
 *
 * @param articles      articles in the generated corpus, ingested end to end
 * @param words         about how many words each article has
 * @param seed          the corpus's seed
 * @param out           where bench.json and bench.md go
 * @param queryArticles articles in the larger store the queries are timed on (built by copying the ingested
 *                      store's quads and bulk loading them, not by running the text stages again)
 * @param clients       concurrent HTTP clients
 * @param seconds       how long the HTTP clients ask
 * @param workers       ingest workers
 * @param queries       the folder of .rq files to time
 * @param queryRuns     timed runs per query
 * @param queryBudget   seconds each query may take in all, warm-up included, before its runs stop
 * @param ingestRuns    how many times the corpus is ingested into a new store; the median run is reported
 */
public record BenchSettings(int articles, int words, long seed, Path out, int queryArticles, int clients,
                            double seconds, int workers, Path queries, int queryRuns, double queryBudget,
                            int ingestRuns) {

    public BenchSettings {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(queries, "queries");
        if (articles < 1 || words < 1 || queryArticles < 0 || clients < 1 || seconds <= 0 || workers < 1
                || queryRuns < 1 || queryBudget <= 0 || ingestRuns < 1) {
            throw new IllegalArgumentException("bench settings out of range: " + this);
        }
    }
}
