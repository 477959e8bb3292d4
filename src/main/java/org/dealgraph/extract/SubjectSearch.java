package org.dealgraph.extract;

import java.util.List;
import java.util.Set;

/**
 * The search for the subject group before a trigger: leftward in its clause, past appositions and relative
 * clauses set off by commas, past groups that a preposition or verb governs as objects, and from a pronoun
 * back to the group that opens the sentence.
 */
final class SubjectSearch {

    /** How many words a label that opens a sentence may have before its colon: "Deal news:". */
    private static final int LABEL_WORDS = 3;

    private static final Set<String> PRONOUNS = WordLists.get("pronouns");
    private static final Set<String> APPOSITION = WordLists.get("subject-apposition-openers");
    /** Words that make the group after them an object, not a subject: "sponsors from A and B", "with A". */
    private static final Set<String> OBJECT_MARKERS = WordLists.get("object-markers");
    /** Verbs whose object becomes what follows "into": "the deal turns A into B's partner". */
    private static final Set<String> RESULT_VERBS = WordLists.get("result-verbs");
    /** Verbs whose object does what the bare verb after it says: "would see A pay", "lets A buy". */
    private static final Set<String> CAUSATIVE_VERBS = WordLists.get("causative-verbs");
    /** Prepositions that tie the staff a plural title names to their organization: "Researchers at A". */
    private static final Set<String> STAFF_PREPOSITIONS = WordLists.get("staff-prepositions");

    private final ChunkedSentence s;

    SubjectSearch(ChunkedSentence s) {
        this.s = s;
    }

    /**
     * The subject group before the trigger at {@code t}: the nearest organization (or person) to the left in
     * the clause, skipping appositions and relative clauses set off by commas ("A, the maker of X, bought"), and
     * groups that a preposition or verb governs as objects ("sponsors from A and B signed…", also a modifying one:
     * "founded with LinkedIn co-founder P and raised…"), unless an
     * apposition or relative clause ties the trigger to them ("the team at A, a firm acquired by B").
     */
    List<Integer> before(int t, boolean persons) {
        int steps = 0;
        boolean relative = false;
        for (int k = t - 1; k >= 0 && s.sameClause(k, t) && steps < 20; k--, steps++) {
            Chunk c = s.get(k);
            if (s.member(k, persons)) {
                if (s.modifier(k, t)) {
                    int governor = governorBefore(k);
                    if (governor < 0 || relative) {
                        return List.of();
                    }
                    k = governor + 1;
                    continue;
                }
                List<Integer> group = s.groupEndingAt(k, persons);
                int before = governorBefore(group.get(0));
                if (before < 0 || relative || turnedInto(before, k) || madeToDo(before, k, t) || staffOf(before)) {
                    return group;
                }
                k = before + 1;
                continue;
            }
            if (c.kind() == Chunk.Kind.WORD && c.pos().equals("PRON") && PRONOUNS.contains(c.lower())) {
                return sentenceSubject(k, persons);
            }
            if (opensComplement(k)) {
                // "P has said that every engineer at A works in B": the clause "that" opens has its own subject
                return List.of();
            }
            if (c.isWord(",")) {
                relative |= s.wordAt(k + 1, APPOSITION);
                int open = previousComma(k);
                if (open >= 0 && s.wordAt(open + 1, APPOSITION)) {
                    k = open;
                    relative = true;
                }
            }
            if ((c.isWord("which") || c.isWord("who")) && k >= 2 && s.get(k - 1).isWord("(") && s.member(k - 2, persons)) {
                // "A, B and C (which just raised $X)": the bracket speaks of the name right before it alone
                return List.of(k - 2);
            }
            if (c.isWord("which") || c.isWord("who")) {
                int before = k - 1;
                if (before >= 0 && s.get(before).isWord(",")) {
                    k = before;
                    relative = true;
                }
            }
        }
        return List.of();
    }

    /**
     * Whether "that" at {@code k}, tagged a conjunction (not the relative pronoun of "the chatbot that owns X"), opens
     * what a verb before it says ("has said publicly that…").
     */
    private boolean opensComplement(int k) {
        if (!s.get(k).isWord("that") || !s.get(k).pos().equals("SCONJ")) {
            return false;
        }
        int j = k - 1;
        while (j >= 0 && s.get(j).pos().equals("ADV")) {
            j--;
        }
        return j >= 0 && s.get(j).isVerb();
    }

    /**
     * For a group starting at {@code first}: the index of the preposition or verb that governs it as an object
     * ("sponsorships from A and B", "acquired A", "together with A"), looking past the nouns before it; -1 when
     * nothing governs it (it may be a subject).
     */
    private int governorBefore(int first) {
        for (int j = first - 1; j >= 0 && j >= first - 4; j--) {
            Chunk c = s.get(j);
            boolean hyphenated = j > 0 && s.get(j - 1).isWord("-");
            if (c.kind() == Chunk.Kind.WORD && !hyphenated && (OBJECT_MARKERS.contains(c.lower()) || c.pos().equals("VERB")
                    && !c.lower().equals("said") && !c.lower().equals("says"))) {
                return j;
            }
            if (!c.isNominal() || c.isWord("the") && j < first - 1) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * "The deal would see A pay $X for B", "lets A buy B": a verb of seeing or causing governs the group ending at
     * {@code last}, and the trigger, a bare verb, follows it at once; the group is the trigger's subject.
     */
    private boolean madeToDo(int governor, int last, int t) {
        return s.wordAt(governor, CAUSATIVE_VERBS) && last == t - 1;
    }

    /**
     * "Researchers at A partnered with B": the group a preposition of staff governs, right after a plural title
     * that opens the clause (alone or after an article), acts through its staff, and is the subject.
     */
    private boolean staffOf(int governor) {
        int title = governor - 1;
        if (!s.wordAt(governor, STAFF_PREPOSITIONS) || title < 0 || s.get(title).kind() != Chunk.Kind.TITLE
                || !s.get(title).lower().endsWith("s")) {
            return false;
        }
        return title == 0 || title == 1 && s.wordAt(0, Looks.ARTICLES);
    }

    /** "turned A into the partner of B": a verb of result governs the group ending at {@code last}, "into" follows it. */
    private boolean turnedInto(int governor, int last) {
        return s.wordAt(governor, RESULT_VERBS) && s.wordAt(last + 1, Set.of("into"));
    }

    /**
     * For a pronoun at {@code k}: the group that opens the sentence, before any verb ("A said it would…"),
     * else the possessive organization that opens it ("A's biggest bet was B, where it invested").
     */
    private List<Integer> sentenceSubject(int k, boolean persons) {
        int owner = -1;
        for (int j = labelEnd(k); j < k; j++) {
            if (hyphenated(j)) {
                continue;
            }
            if (s.get(j).isAgent() && s.get(j).possessive()) {
                owner = owner < 0 && j == 0 && s.get(j).isOrg() ? j : owner;
                continue;
            }
            if (s.member(j, persons)) {
                return s.modifier(j, k) ? List.of() : s.groupFrom(j, persons);
            }
            if (s.get(j).isVerb() || !s.get(j).isNominal() && !s.get(j).pos().equals("ADV")
                    && !s.get(j).isWord(",")) {
                break;
            }
        }
        return owner >= 0 ? List.of(owner) : List.of();
    }

    /**
     * Where a sentence starts after the label that opens it, a few words and a colon ("Telecom: A says it…", "Deal
     * news: …"); 0 when none does before {@code k}.
     */
    private int labelEnd(int k) {
        for (int j = 1; j < k && j <= LABEL_WORDS; j++) {
            if (s.get(j).isWord(":")) {
                return j + 1;
            }
            if (s.get(j).kind() != Chunk.Kind.WORD || s.get(j).isVerb()) {
                return 0;
            }
        }
        return 0;
    }

    /**
     * Whether chunk {@code j} is a part of a hyphenated modifier before a name: "London-based", "U.K.-based",
     * "Nvidia-backed" (the hyphen, the word before it, the word after it).
     */
    private boolean hyphenated(int j) {
        return s.get(j).isWord("-") || j + 1 < s.size() && s.get(j + 1).isWord("-")
                || j > 0 && s.get(j - 1).isWord("-");
    }

    private int previousComma(int k) {
        for (int j = k - 1; j >= 0 && s.sameClause(j, k); j--) {
            if (s.get(j).isWord(",")) {
                return j;
            }
        }
        return -1;
    }
}
