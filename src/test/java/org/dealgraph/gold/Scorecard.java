package org.dealgraph.gold;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The figures of one scoring: a verdict per kind, notes, and the pooled relation and entity figures. */
public record Scorecard(Map<Kind, Judge.Verdict> verdicts, List<String> notes) {

    public Scorecard {
        verdicts = Map.copyOf(verdicts);
        notes = List.copyOf(notes);
    }

    Tally tally(Kind kind) {
        return verdicts.get(kind).tally();
    }

    /** Roles, partnerships, deals, investments, fundings, acquisitions and subsidiaries pooled. */
    public Tally relations() {
        return pooled(true);
    }

    /** Organizations and people pooled. */
    public Tally entities() {
        return pooled(false);
    }

    private Tally pooled(boolean relation) {
        return Kind.ALL.stream().filter(k -> k.isRelation() == relation).map(this::tally).reduce(Tally.NONE, Tally::plus);
    }

    /** The table per kind, the notes, every wrong and missed fact, and the summary line. */
    public String report() {
        StringBuilder out = new StringBuilder(String.format(Locale.ROOT, "%-14s%10s%7s%7s%7s%7s%n",
                "facts", "predicted", "gold", "P", "R", "F1"));
        for (Kind kind : Kind.ALL) {
            Tally t = tally(kind);
            out.append(String.format(Locale.ROOT, "%-14s%10d%7d%7s%7s%7s%n", kind.key(), t.predicted(), t.gold(),
                    fixed(t.precision(), 2), fixed(t.recall(), 2), fixed(t.f1(), 2)));
        }
        notes.forEach(n -> out.append("note: ").append(n).append('\n'));
        for (Kind kind : Kind.ALL) {
            verdicts.get(kind).wrong().forEach(w -> out.append("wrong  ").append(kind.key()).append(": ").append(w).append('\n'));
            verdicts.get(kind).missed().forEach(m -> out.append("missed ").append(kind.key()).append(": ").append(m).append('\n'));
        }
        return out.append(summary()).append('\n').toString();
    }

    /** One line: pooled relation and entity precision, recall and F1. */
    public String summary() {
        Tally r = relations();
        Tally e = entities();
        return String.format(Locale.ROOT, "relations P %s R %s F1 %s · entities P %s R %s F1 %s",
                fixed(r.precision(), 3), fixed(r.recall(), 3), fixed(r.f1(), 3),
                fixed(e.precision(), 3), fixed(e.recall(), 3), fixed(e.f1(), 3));
    }

    /**
     * A figure rounded from its exact binary value, an exact tie to the even digit: 0.625 shows as 0.62, as
     * the shared scorer prints it, where {@code %.2f} would round it up.
     */
    static String fixed(double value, int places) {
        return new BigDecimal(value).setScale(places, RoundingMode.HALF_EVEN).toPlainString();
    }
}
