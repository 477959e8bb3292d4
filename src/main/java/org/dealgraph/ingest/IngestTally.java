package org.dealgraph.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dealgraph.model.FactKind;

/** Adds up outcomes as they come, into an {@link IngestReport}. */
final class IngestTally {

    private int count;
    private int stored;
    private int unchanged;
    private long quads;
    private final List<IngestOutcome.Rejected> rejected = new ArrayList<>();
    private final Map<FactKind, Integer> facts = new HashMap<>();

    void add(IngestOutcome outcome) {
        count++;
        if (outcome instanceof IngestOutcome.Stored s) {
            stored++;
            quads += s.quads();
            s.facts().forEach((kind, n) -> facts.merge(kind, n, Integer::sum));
        } else if (outcome instanceof IngestOutcome.Unchanged) {
            unchanged++;
        } else {
            rejected.add((IngestOutcome.Rejected) outcome);
        }
    }

    int count() {
        return count;
    }

    IngestReport report(long triples, double seconds, StageTimes stages) {
        return new IngestReport(count, stored, unchanged, rejected, facts, quads, triples, seconds, stages);
    }
}
