package org.dealgraph.extract;

import java.util.Optional;
import java.util.Set;

/**
 * A clause that leaves out the verb and object of the one before it and keeps a new subject and amount: "A
 * invested $40 million in B, and C $10 million", "A has committed $8 billion, and C about $3 billion". The
 * gapped subject is no member of the list before it (C is not a second investee), and it stands in the earlier
 * fact's place with its own amount.
 */
final class Gapping {

    private static final Set<String> CONJUNCTIONS = WordLists.get("gap-conjunctions");
    /** The words that qualify an amount, but "at", which would read a price ("and C at $3 billion"). */
    private static final Set<String> QUALIFIERS = WordLists.get("amount-qualifiers").stream()
            .filter(w -> !w.equals("at")).collect(java.util.stream.Collectors.toUnmodifiableSet());
    private static final Set<String> ENDS = WordLists.get("gap-ends");
    /** How many words may qualify the gapped amount: "C slightly more than $3 billion". */
    private static final int QUALIFIER_REACH = 3;
    /** How many words of the fact's own phrase may stand between it and the gapped clause. */
    private static final int TAIL_REACH = 6;

    /** A gapped clause: the index of its subject and of its amount. */
    record Gap(int subject, int amount) {
    }

    private Gapping() {
    }

    /**
     * The gapped clause after a fact whose words end before {@code from}: past its amount, date and other words of its
     * phrase, up to the comma or conjunction that opens the gapped clause.
     */
    static Optional<Gap> after(ChunkedSentence s, int from, boolean persons) {
        for (int k = from; k < s.size() && k < from + TAIL_REACH && s.sameClause(from, k); k++) {
            Chunk c = s.get(k);
            if (c.isWord(",") || s.wordAt(k, CONJUNCTIONS)) {
                return at(s, k, persons);
            }
            if (!c.isPhraseWord() && c.kind() != Chunk.Kind.MONEY && c.kind() != Chunk.Kind.DATE) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    /**
     * The gapped clause that opens at or right after {@code k} (", and C $Y" up to the sentence's end, a comma or a
     * semicolon), in the same clause as {@code k}; members of a group count persons when {@code persons}.
     */
    static Optional<Gap> at(ChunkedSentence s, int k, boolean persons) {
        int j = s.wordAt(k, Set.of(",")) ? k + 1 : k;
        if (!s.wordAt(j, CONJUNCTIONS) || j + 1 >= s.size() || !s.sameClause(k, j + 1)) {
            return Optional.empty();
        }
        return subjectWithAmount(s, j + 1, persons) ? Optional.of(new Gap(j + 1, amountAfter(s, j + 1))) : Optional.empty();
    }

    /** Whether the agent at {@code i} is followed by its own amount and then the clause's end: "C about $3 billion." */
    static boolean subjectWithAmount(ChunkedSentence s, int i, boolean persons) {
        if (i >= s.size() || !s.member(i, persons)) {
            return false;
        }
        int m = amountAfter(s, i);
        return m > 0 && (m + 1 >= s.size() || s.wordAt(m + 1, ENDS));
    }

    private static int amountAfter(ChunkedSentence s, int i) {
        int j = i + 1;
        while (j < s.size() && j <= i + QUALIFIER_REACH && s.wordAt(j, QUALIFIERS)) {
            j++;
        }
        return j < s.size() && s.get(j).kind() == Chunk.Kind.MONEY ? j : -1;
    }
}
