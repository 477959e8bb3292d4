package org.dealgraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dealgraph.model.FactKind;

/**
 * The summary of one ingest run.
 *
 * @param read      inputs seen (articles read plus inputs rejected by the reader)
 * @param stored    articles whose graph was written
 * @param unchanged articles skipped because the store already held the same content
 * @param rejected  inputs rejected, each with its source and reason, in input order
 * @param facts     facts stored in this run, by kind
 * @param quads     quads written in this run
 * @param triples   distinct triples in the store's union graph after the run
 * @param seconds   wall time of the run
 * @param stages    time spent in each step, summed over threads
 */
public record IngestReport(int read, int stored, int unchanged, List<IngestOutcome.Rejected> rejected,
                           Map<FactKind, Integer> facts, long quads, long triples, double seconds,
                           StageTimes stages) {

    public IngestReport {
        rejected = List.copyOf(rejected);
        facts = Map.copyOf(facts);
        Objects.requireNonNull(stages, "stages");
        if (read != stored + unchanged + rejected.size()) {
            throw new IllegalArgumentException("outcomes do not add up: read " + read + ", stored " + stored
                    + ", unchanged " + unchanged + ", rejected " + rejected.size());
        }
    }

    /** Whether every input was stored or unchanged. */
    public boolean clean() {
        return rejected.isEmpty();
    }
}
