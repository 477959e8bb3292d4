package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.dealgraph.lexicon.Column;
import org.dealgraph.lexicon.Row;
import org.dealgraph.model.Status;

/** The status cues of {@code status.tsv}, loaded once: where a fact stands, from the words around its trigger. */
final class StatusCues {

    private record Cue(Status status, boolean before, List<String> words) {
    }

    private static final int REACH_AFTER = 6;
    /** Outcomes that outweigh any nearer cue of intent: "called off its planned acquisition". */
    private static final java.util.Set<Status> FINAL = java.util.Set.of(Status.ABANDONED, Status.BLOCKED, Status.COMPLETED);

    private final PhraseIndex<Cue> cues;

    private StatusCues(List<Cue> cues) {
        this.cues = new PhraseIndex<>(cues, Cue::words);
    }

    static StatusCues load() {
        return load(Lexicon.BASE + "status.tsv");
    }

    /** The cues of the classpath resource {@code resource}: a status of the model, a side, the phrases. */
    static StatusCues load(String resource) {
        List<Cue> all = new ArrayList<>();
        for (Row row : Lexicon.read(resource, Column.required("status").oneOf(Status.class), Lexicon.SIDE,
                Column.required("phrases"))) {
            Status status = Status.valueOf(row.get(0));
            for (List<String> phrase : Lexicon.phrases(row.get(2))) {
                all.add(new Cue(status, Lexicon.before(row, 1), phrase));
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
        BitSet ending = new BitSet();
        if (endExclusive > 0 && endExclusive <= s.size()) {
            cues.endingWith(s.lower(endExclusive - 1), ending);
        }
        for (int k = ending.nextSetBit(0); k >= 0; k = ending.nextSetBit(k + 1)) {
            Cue c = cues.get(k);
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
        BitSet starting = new BitSet();
        if (begin >= 0 && begin < s.size()) {
            cues.startingWith(s.lower(begin), starting);
        }
        for (int k = starting.nextSetBit(0); k >= 0; k = starting.nextSetBit(k + 1)) {
            Cue c = cues.get(k);
            if (!c.before() && s.matchAt(begin, c.words()) > 0
                    && (best == null || c.words().size() > best.words().size())) {
                best = c;
            }
        }
        return best;
    }
}
