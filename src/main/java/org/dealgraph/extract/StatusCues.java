package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.dealgraph.model.Status;

/** The status cues of {@code status.tsv}, loaded once: where a fact stands, from the words around its trigger. */
final class StatusCues {

    private record Cue(Status status, boolean before, List<String> words) {
    }

    private static final int REACH_AFTER = 6;
    /** Outcomes that outweigh any nearer cue of intent: "called off its planned acquisition". */
    private static final java.util.Set<Status> FINAL = java.util.Set.of(Status.ABANDONED, Status.BLOCKED, Status.COMPLETED);

    private final List<Cue> cues;

    private StatusCues(List<Cue> cues) {
        this.cues = List.copyOf(cues);
    }

    static StatusCues load() {
        List<Cue> all = new ArrayList<>();
        for (String[] row : Lexicon.rows("status.tsv", 3)) {
            Status status = Status.valueOf(row[0]);
            boolean before = switch (row[1]) {
                case "before" -> true;
                case "after" -> false;
                default -> throw new IllegalStateException("status.tsv: side must be before or after: " + row[1]);
            };
            for (List<String> phrase : Lexicon.phrases(row[2])) {
                all.add(new Cue(status, before, phrase));
            }
        }
        return new StatusCues(all);
    }

    /**
     * The status of the fact whose trigger spans chunks {@code [start, end)} and whose clause begins at
     * {@code from}: a cue of an outcome (completed, abandoned, blocked) before the trigger, else the cue
     * before it nearest to it (the longest where several end at one place),
     * else the first cue right after it, else {@link Status#ANNOUNCED}.
     */
    Status statusOf(ChunkedSentence s, int from, int start, int end) {
        Cue nearest = null;
        for (int k = start - 1; k >= Math.max(0, from) && s.sameClause(k, start); k--) {
            Cue best = longestEndingAt(s, k + 1, true, from);
            if (best != null && FINAL.contains(best.status())) {
                return best.status();
            }
            if (nearest == null) {
                nearest = best;
            }
        }
        if (nearest != null) {
            return nearest.status();
        }
        for (int k = end; k < Math.min(s.size(), end + REACH_AFTER) && s.sameClause(k, start); k++) {
            Cue best = longestStartingAt(s, k);
            if (best != null) {
                return best.status();
            }
        }
        return Status.ANNOUNCED;
    }

    private Cue longestEndingAt(ChunkedSentence s, int endExclusive, boolean before, int from) {
        Cue best = null;
        for (Cue c : cues) {
            int begin = endExclusive - c.words().size();
            if (c.before() == before && begin >= from && s.matchAt(begin, c.words()) == endExclusive
                    && (best == null || c.words().size() > best.words().size())) {
                best = c;
            }
        }
        return best;
    }

    private Cue longestStartingAt(ChunkedSentence s, int begin) {
        Cue best = null;
        for (Cue c : cues) {
            if (!c.before() && s.matchAt(begin, c.words()) > 0
                    && (best == null || c.words().size() > best.words().size())) {
                best = c;
            }
        }
        return best;
    }
}
