package org.dealgraph.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dealgraph.model.Sentence;

/**
 * A sentence as a sequence of {@link Chunk}s (mentions taken whole, other tokens one by one), split into
 * clauses (a colon or dash inside brackets breaks none: "B (Nasdaq: BSYS) for $3m"), with the moves the rules make
 * over it: coordinated groups ("A, B and C"), the subject before a trigger, the object after it.
 */
final class ChunkedSentence {

    private static final Set<String> OWNER_DETERMINERS = WordLists.get("owner-determiners");
    private static final Set<String> CLAUSE_BREAKS = WordLists.get("clause-breaks");
    private static final Set<String> LIST_OPENERS = WordLists.get("list-openers");
    private static final Set<String> UNIT_HEADS = WordLists.get("unit-heads");
    private static final Set<String> PRIOR_EVENT_OPENERS = WordLists.get("prior-event-openers");
    private static final Set<String> RELATIVES = WordLists.get("aside-relatives");
    private static final Set<String> APPOSITION_OPENERS = WordLists.get("apposition-openers");
    /** How long an apposition that describes an organization may be. */
    private static final int APPOSITION_REACH = 16;
    /** How long a relative clause set off by commas may be. */
    private static final int ASIDE_REACH = 20;
    /** How many chunks the words that open a phrase of an earlier event may fill ("hot on the heels of"). */
    private static final int PRIOR_OPENER_CHUNKS = 5;
    /** How many nouns and adjectives may follow "the" in the subject of a clause joined by ", and". */
    private static final int NOUN_PHRASE_REACH = 3;

    private final Sentence sentence;
    private final List<Chunk> chunks;
    private final String[] lower;
    private final int[] clause;
    private final boolean[] bracketed;
    private final GroupFinder groups;

    ChunkedSentence(Sentence sentence, List<Chunk> chunks) {
        this.sentence = sentence;
        this.chunks = List.copyOf(chunks);
        this.lower = new String[chunks.size()];
        this.clause = new int[chunks.size()];
        this.bracketed = new boolean[chunks.size()];
        int id = 0;
        int brackets = 0;
        boolean verb = false;
        for (int i = 0; i < chunks.size(); i++) {
            Chunk c = chunks.get(i);
            lower[i] = c.lower();
            brackets += c.isWord("(") ? 1 : c.isWord(")") && brackets > 0 ? -1 : 0;
            bracketed[i] = brackets > 0 || c.isWord(")");
            if (brackets == 0 && (c.kind() == Chunk.Kind.WORD && CLAUSE_BREAKS.contains(lower[i])
                    || verb && joinsClause(chunks, i))) {
                id++;
                verb = false;
            }
            verb |= c.isVerb();
            clause[i] = id;
        }
        this.groups = new GroupFinder(this);
    }

    /**
     * Whether ", and" at {@code i} joins a new clause with its own subject and verb to one that has its verb: "A
     * invested $1 billion in B, and C invested $2 billion in D" is two clauses, so B and C are no group; so is
     * "…, and the state government signed…", whose subject names no organization. Before the clause's verb, the
     * same words end a list of subjects ("A, B, and C invested").
     */
    private static boolean joinsClause(List<Chunk> chunks, int i) {
        if (i == 0 || i + 2 >= chunks.size() || !chunks.get(i).isWord("and") || !chunks.get(i - 1).isWord(",")) {
            return false;
        }
        if (chunks.get(i + 1).isAgent()) {
            return chunks.get(i + 2).isVerb();
        }
        if (!chunks.get(i + 1).isWord("the")) {
            return false;
        }
        int k = i + 2;
        while (k < chunks.size() && k < i + 2 + NOUN_PHRASE_REACH && chunks.get(k).kind() == Chunk.Kind.WORD
                && Set.of("NOUN", "ADJ").contains(chunks.get(k).pos())) {
            k++;
        }
        return k > i + 2 && k < chunks.size() && chunks.get(k).isVerb();
    }

    Sentence sentence() {
        return sentence;
    }

    int size() {
        return chunks.size();
    }

    Chunk get(int i) {
        return chunks.get(i);
    }

    /** The text of chunk {@code i} in lower case, as {@link Chunk#lower()} gives it, made once per chunk. */
    String lower(int i) {
        return lower[i];
    }

    List<Chunk> chunks() {
        return chunks;
    }

    boolean sameClause(int i, int j) {
        return i >= 0 && j >= 0 && i < clause.length && j < clause.length && clause[i] == clause[j];
    }

    /**
     * Whether the lower-case words of {@code phrase} stand at {@code i}; the index after them, or -1. A title
     * mention counts as its word ("partner", "investor" are titles to the analyser and triggers here).
     */
    int matchAt(int i, List<String> phrase) {
        int k = i;
        for (String w : phrase) {
            if (k >= chunks.size() || !wordOrTitle(k) || !lower[k].equals(w)) {
                return -1;
            }
            k++;
        }
        return k;
    }

    private boolean wordOrTitle(int k) {
        Chunk.Kind kind = chunks.get(k).kind();
        return kind == Chunk.Kind.WORD || kind == Chunk.Kind.TITLE;
    }

    boolean wordAt(int i, Set<String> words) {
        return i >= 0 && i < chunks.size() && chunks.get(i).kind() == Chunk.Kind.WORD && words.contains(lower[i]);
    }

    /**
     * The coordinated group that starts with the agent at {@code i} ({@link GroupFinder}): "A", "A and B",
     * "A, B, and C", "A and existing investor B". Persons count only when {@code persons}.
     */
    List<Integer> groupFrom(int i, boolean persons) {
        return groups.from(i, persons);
    }

    /** The coordinated group whose last member is at {@code i}, in text order. */
    List<Integer> groupEndingAt(int i, boolean persons) {
        return groups.endingAt(i, persons);
    }

    boolean member(int i, boolean persons) {
        Chunk c = chunks.get(i);
        return c.isOrg() || persons && c.kind() == Chunk.Kind.PERSON;
    }

    /**
     * The subject group before the trigger at {@code t} ({@link SubjectSearch}): the nearest organization (or
     * person) to the left in the clause that no preposition or verb governs as an object.
     */
    List<Integer> subjectBefore(int t, boolean persons) {
        return new SubjectSearch(this).before(t, persons);
    }

    /**
     * Where an opening phrase that tells an earlier event ends: "Fresh off a Series C round in November, A raised
     * $400 million", "Following its 2024 merger, A signed …" (the comma that closes it); -1 when the sentence
     * opens otherwise. The series and the dates inside such a phrase are the earlier event's.
     */
    int priorEventEnd() {
        StringBuilder opening = new StringBuilder();
        for (int i = 0; i < size() && i < PRIOR_OPENER_CHUNKS; i++) {
            opening.append(get(i).lower()).append(' ');
            if (PRIOR_EVENT_OPENERS.contains(opening.toString().strip())) {
                for (int k = i + 1; k < size(); k++) {
                    if (get(k).isWord(",")) {
                        return k;
                    }
                }
                return -1;
            }
        }
        return -1;
    }

    /** Whether chunk {@code i} stands in an opening phrase of an earlier event and chunk {@code k} after it. */
    boolean priorEventApart(int i, int k) {
        int end = priorEventEnd();
        return end > 0 && i < end && k > end;
    }

    /** The subject of the verb at {@code verb} when it is one chunk of {@code kind}. */
    Optional<Integer> soleSubject(int verb, Chunk.Kind kind) {
        List<Integer> subject = subjectBefore(verb, true);
        return subject.size() == 1 && get(subject.get(0)).kind() == kind ? Optional.of(subject.get(0)) : Optional.empty();
    }

    /**
     * An organization that only modifies what follows it: a noun ("the OpenAI competitor", "SEC filings") or a
     * person's title and name ("LinkedIn co-founder P", "OpenAI executive P", which the tagger may read as an
     * adjective, "Acme P"), or a plural title ("former Acme engineers"). A noun for a unit names the organization
     * itself: "Acme's Orlo lab".
     */
    boolean modifier(int k, int t) {
        if (k + 1 >= t || chunks.get(k).possessive()) {
            return false;
        }
        Chunk next = chunks.get(k + 1);
        if (chunks.get(k).isOrg() && wordAt(k + 1, UNIT_HEADS)) {
            return false;
        }
        boolean roleWord = next.kind() == Chunk.Kind.TITLE || next.kind() == Chunk.Kind.WORD && next.pos().equals("ADJ");
        boolean titled = roleWord && k + 2 < chunks.size() && chunks.get(k + 2).kind() == Chunk.Kind.PERSON;
        boolean staff = next.kind() == Chunk.Kind.TITLE && next.lower().endsWith("s");
        return next.kind() == Chunk.Kind.WORD && next.pos().equals("NOUN") || titled || staff
                || next.kind() == Chunk.Kind.PERSON && chunks.get(k).isOrg();
    }

    /**
     * The index of the first agent of the noun phrase right after {@code from} (skipping "the AI startup", "her
     * first startup,").
     */
    int agentAfter(int from, boolean persons) {
        for (int j = from, skipped = 0; j < chunks.size() && skipped < 5 && sameClause(from, j); j++) {
            Chunk c = chunks.get(j);
            if (!c.isWord("-") && !(j > from && chunks.get(j - 1).isWord("-"))) {
                skipped++;
            }
            if (c.isAgent() && (c.possessive() || member(j, persons) && modifier(j, chunks.size()))) {
                // what the owner owns ends its phrase at a comma: "for B's assets, C reported" names no C
                int owned = agentAfter(j + 1, persons);
                return c.possessive() && owned > j && anyWordIn(j + 1, owned, Set.of(",")) ? -1 : owned;
            }
            if (member(j, persons)) {
                // "provide the computing power it needs": past a noun, an agent a verb follows opens a relative clause
                boolean relativeSubject = j > from && j + 1 < chunks.size() && chunks.get(j + 1).isVerb()
                        && chunks.get(j - 1).kind() == Chunk.Kind.WORD && chunks.get(j - 1).pos().equals("NOUN");
                return relativeSubject ? -1 : j;
            }
            if (c.kind() == Chunk.Kind.TITLE && (j + 1 < chunks.size() && member(j + 1, persons) || c.lower().endsWith("s"))) {
                continue;
            }
            boolean likesOf = c.isWord("of") && j > 0 && chunks.get(j - 1).isWord("likes");
            boolean owner = j == from && wordAt(j, OWNER_DETERMINERS);
            boolean placeOwner = (c.isWord("'s") || c.isWord("’s")) && j > from && chunks.get(j - 1).pos().equals("PROPN");
            if (!c.isPhraseWord() && !c.isWord(",") && !likesOf && !placeOwner && !owner) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The object group after a trigger ending before {@code end}: with no prepositions, the noun phrase right
     * after it; otherwise the one after the first of {@code preps} within reach ("invest $2bn in B").
     */
    List<Integer> objectAfter(int end, Set<String> preps, boolean persons) {
        if (preps.isEmpty()) {
            int j = agentAfter(end, persons);
            return j < 0 ? List.of() : groupFrom(j, persons);
        }
        // a trigger that ends in its preposition ("signed on with"): the object follows it
        int start = end > 0 && end <= chunks.size() && preps.contains(lower[end - 1]) ? end - 1 : end;
        for (int j = start, steps = 0; j < chunks.size() && steps < 10 && sameClause(end, j); j++) {
            Chunk c = chunks.get(j);
            steps += chunks.get(j).isWord("-") || compoundModifier(j) ? 0 : 1;
            if (c.kind() == Chunk.Kind.WORD && preps.contains(lower[j])) {
                int a = agentAfter(j + 1, persons);
                a = a < 0 ? listedAfter(j + 1, persons) : a;
                return a < 0 ? List.of() : groupFrom(a, persons);
            }
            if (c.isAgent() || c.isVerb() && !c.isWord("worth") && !compoundModifier(j) && !totalling(j)) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * "combined" right before an amount ("worth a combined $9 billion"), "valued at" and an amount ("an agreement
     * valued at about $700 million with B") tell the worth of what comes before: they do not act.
     */
    private boolean totalling(int j) {
        int money = chunks.get(j).isWord("combined") ? j + 1 : chunks.get(j).isWord("valued") && wordAt(j + 1, Set.of("at")) ? j + 2 : -1;
        for (int k = money; k >= 0 && k < chunks.size() && k <= money + 2; k++) {
            if (chunks.get(k).kind() == Chunk.Kind.MONEY) {
                return true;
            }
        }
        return false;
    }

    /** A participle joined by a hyphen to the word before it: "Paris-based", "AI-powered" describe, not act. */
    private boolean compoundModifier(int j) {
        return j > 0 && chunks.get(j - 1).isWord("-");
    }

    /**
     * For an unnamed noun phrase at {@code from} that goes on to list its members ("with five other IT companies,
     * including A, B and C", "with firms such as A and B"): the first agent of the list; else -1.
     */
    private int listedAfter(int from, boolean persons) {
        for (int j = from; j < chunks.size() && j < from + 9 && sameClause(from, j); j++) {
            if (wordAt(j, LIST_OPENERS)) {
                int k = wordAt(j + 1, Set.of("as")) ? j + 2 : j + 1;
                return k < chunks.size() && member(k, persons) ? k : -1;
            }
            Chunk c = chunks.get(j);
            boolean phrase = c.kind() == Chunk.Kind.WORD && !Set.of("ADP", "CCONJ", "SCONJ", "AUX").contains(c.pos())
                    && (!c.pos().equals("PUNCT") || c.isWord(",") || c.isWord("-"));
            if (!phrase) {
                return -1;
            }
        }
        return -1;
    }

    /** The agent group after "by" right after {@code end} (a passive: "backed by A and B", "founded in 2020 by A"). */
    List<Integer> byAgentAfter(int end, boolean persons) {
        for (int j = end; j < chunks.size() && j < end + 4 && sameClause(end, j); j++) {
            if (chunks.get(j).isWord("by")) {
                int a = agentAfter(j + 1, persons);
                return a < 0 ? List.of() : groupFrom(a, persons);
            }
            // "founded in 2016 by P", "founded in Sydney by P": a date or a place may stand before "by"
            boolean placeOrDate = j + 1 < chunks.size() && (chunks.get(j + 1).kind() == Chunk.Kind.DATE
                    || chunks.get(j + 1).kind() == Chunk.Kind.WORD && chunks.get(j + 1).pos().equals("PROPN"));
            boolean place = j > end && chunks.get(j).kind() == Chunk.Kind.WORD && chunks.get(j).pos().equals("PROPN")
                    && wordAt(j - 1, Set.of("in"));
            if (chunks.get(j).kind() != Chunk.Kind.DATE && !chunks.get(j).pos().equals("ADV") && !place
                    && !(placeOrDate && wordAt(j, Set.of("in", "on")))) {
                return List.of();
            }
        }
        return List.of();
    }

    /**
     * The possessive organization that opens the noun phrase ending at {@code t}: "A's $2bn stake"; for "its", the
     * nearest organization before it in the sentence ("A had raised $5m; its investors include B", "A, whose
     * cloud arm B…").
     */
    int possessiveBefore(int t) {
        for (int k = t - 1, steps = 0; k >= 0 && steps < 5 && sameClause(k, t); k--, steps++) {
            Chunk c = chunks.get(k);
            if ((c.isWord("its") || c.isWord("whose")) && c.pos().equals("PRON")) {
                return nearestOrganizationBefore(k);
            }
            if (c.isAgent()) {
                return c.possessive() ? k : -1;
            }
            boolean compound = k > 0 && chunks.get(k - 1).isWord("-");
            if (!c.isNominal() && c.kind() != Chunk.Kind.MONEY && !c.isWord("-") && !c.isWord("then") && !compound) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The nearest organization before {@code k}, past a relative clause set off by commas, which speaks of its own
     * antecedent: in "A, whose arm B supplies C, will take 50,000 of its chips" the owner is A.
     */
    private int nearestOrganizationBefore(int k) {
        for (int j = k - 1; j >= 0; j--) {
            int antecedent = chunks.get(j).isWord(",") ? asideAntecedent(j) : -1;
            if (antecedent >= 0) {
                return antecedent;
            }
            if (chunks.get(j).isOrg()) {
                return j;
            }
        }
        return -1;
    }

    /** For a comma at {@code close} that ends a relative clause on an organization ("A, whose arm B…,"): A; else -1. */
    private int asideAntecedent(int close) {
        for (int r = close - 1; r >= 1 && r >= close - ASIDE_REACH; r--) {
            if (chunks.get(r).isWord(",")) {
                return wordAt(r + 1, RELATIVES) && chunks.get(r - 1).isOrg() ? r - 1 : -1;
            }
        }
        return -1;
    }

    /** How many chunks of [from, to) stand outside brackets: the distance a parenthetical does not lengthen. */
    int unbracketed(int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, chunks.size()); k++) {
            n += bracketed[k] ? 0 : 1;
        }
        return n;
    }

    /**
     * How many chunks of [from, to) stand outside brackets and outside appositions that describe an organization
     * (", a London-listed designer of chips,"): the distance from a trigger to the price after its object ("buy B,
     * a maker of X, for $Y").
     */
    int spoken(int from, int to) {
        int n = 0;
        for (int k = Math.max(0, from); k < Math.min(to, chunks.size()); k++) {
            int close = k > 0 && chunks.get(k - 1).isOrg() ? appositionClose(k, to) : -1;
            if (close > k) {
                k = close;
                n++;
                continue;
            }
            n += bracketed[k] ? 0 : 1;
        }
        return n;
    }

    /** For a comma at {@code k} that opens an apposition (", a maker of X,"), the comma that closes it before {@code to}; else -1. */
    private int appositionClose(int k, int to) {
        if (!chunks.get(k).isWord(",") || !wordAt(k + 1, APPOSITION_OPENERS)) {
            return -1;
        }
        for (int j = k + 2; j < to && j < k + 2 + APPOSITION_REACH; j++) {
            if (chunks.get(j).isWord(",")) {
                return j;
            }
            if (chunks.get(j).isVerb() && !compoundModifier(j)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a word of {@code words} stands in [from, to). */
    boolean anyWordIn(int from, int to, Set<String> words) {
        for (int k = Math.max(0, from); k < Math.min(to, chunks.size()); k++) {
            if (wordAt(k, words)) {
                return true;
            }
        }
        return false;
    }
}
