package org.dealgraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The looks around a trigger that find a person and the organization a person works at, for the {@link Operator}s
 * of the role rules: "P, of A, said", "P joined A", "P, A's CFO, will join B", "P works at A", "A hired P", "a team
 * that includes P and Q", "a podcast hosted by P". Each returns chunk indexes, or -1 / an empty list for none.
 */
final class PersonLooks {

    private static final Set<String> BODIES = WordLists.get("governing-bodies");
    /** How many words may describe a body after its owner: "A's human interface design team". */
    private static final int BODY_MODIFIER_REACH = 5;
    private static final Set<String> INCLUDE = WordLists.get("include-words");
    private static final Set<String> RELATIVE = WordLists.get("relative-pronouns");
    private static final Set<String> CHAIN = WordLists.get("title-chain-links");
    private static final Set<String> CLOSERS = Set.of(",", ".", ";", ":", ")", "\"", "”");
    private static final Set<String> SPEECH_VERBS = WordLists.get("speech-verbs");
    private static final Set<String> AS = Set.of("as");
    /** How far a look after a trigger goes for the preposition before an organization: "spent nine years at A". */
    /** How far after the trigger {@link #orgAfterPreposition} looks for its preposition unless told. */
    static final int PREPOSITION_REACH = 4;

    private PersonLooks() {
    }

    /** The person right before {@code t}: P in "P, of A, said"; -1 if none. */
    static int personBefore(ChunkedSentence s, int t) {
        return t > 0 && s.get(t - 1).kind() == Chunk.Kind.PERSON ? t - 1 : -1;
    }

    /**
     * The organization at {@code end} that owns nothing and closes its phrase (a comma, a full stop, other closing
     * punctuation, a verb of saying or the sentence's end follows): A in "P, of A, said", "said P of A.", "P of A
     * said"; -1 if none.
     */
    static int closingOrg(ChunkedSentence s, int end) {
        boolean closed = end + 1 >= s.size() || s.wordAt(end + 1, CLOSERS) || s.wordAt(end + 1, SPEECH_VERBS);
        return end < s.size() && s.get(end).isOrg() && !s.get(end).possessive() && closed ? end : -1;
    }

    /**
     * The person before an apposition that ends right before {@code t}, past auxiliaries and adverbs, when the
     * apposition holds a title and no verb: P in "P, A's CFO, will join B"; -1 if none.
     */
    static int appositionPerson(ChunkedSentence s, int t) {
        int k = t - 1;
        while (k > 0 && s.get(k).kind() == Chunk.Kind.WORD && (s.get(k).pos().equals("AUX") || s.get(k).pos().equals("ADV"))) {
            k--;
        }
        return k > 0 && s.get(k).isWord(",") ? RolePlaces.personBeforeApposition(s, k) : -1;
    }

    /**
     * The organization at {@code end}, or the one whose governing body (a word of {@code governing-bodies}, past a
     * modifier or two) follows it or names it after "of": A in "P joined A", "P will join A's strategic committee",
     * "P joined the board of A"; -1 if none, or when
     * "as" follows it ("joined A as its CTO" is a frame of titles, which the title rules read).
     */
    static int orgOrBody(ChunkedSentence s, int end) {
        int owner = bodyOwner(s, end);
        if (owner >= 0) {
            return owner;
        }
        if (end >= s.size() || !s.get(end).isOrg() || s.wordAt(end + 1, AS)) {
            return -1;
        }
        return !s.get(end).possessive() || bodyAfter(s, end + 1) ? end : -1;
    }

    /** "the board of A", "the advisory council of A": the organization whose body "of" names; -1 if none. */
    private static int bodyOwner(ChunkedSentence s, int end) {
        int j = end;
        while (j < s.size() && j < end + 3 && !s.wordAt(j, BODIES) && s.get(j).kind() == Chunk.Kind.WORD
                && (s.get(j).pos().equals("DET") || s.get(j).pos().equals("ADJ"))) {
            j++;
        }
        boolean of = j + 2 < s.size() && s.wordAt(j, BODIES) && s.get(j + 1).isWord("of");
        return of && s.get(j + 2).isOrg() && !s.wordAt(j + 3, AS) ? j + 2 : -1;
    }

    private static boolean bodyAfter(ChunkedSentence s, int k) {
        for (int j = k; j < s.size() && j < k + BODY_MODIFIER_REACH; j++) {
            if (s.wordAt(j, BODIES)) {
                return true;
            }
            Chunk c = s.get(j);
            boolean modifier = c.pos().equals("ADJ") || c.pos().equals("NOUN") || Character.isLowerCase(c.text().charAt(0));
            if (c.kind() != Chunk.Kind.WORD || !modifier) {
                return false;
            }
        }
        return false;
    }

    /**
     * The organization right after the first of {@code preps} within {@code reach} chunks after {@code end}, with only
     * words and no verb before it: A in "P, who works at A", "P spent nine years at A"; -1 if none, or when "as"
     * follows it.
     */
    static int orgAfterPreposition(ChunkedSentence s, int end, Set<String> preps, int reach) {
        for (int j = end; j < s.size() && j < end + reach; j++) {
            if (s.wordAt(j, preps)) {
                return j + 1 < s.size() && s.get(j + 1).isOrg() && !s.wordAt(j + 2, AS) ? j + 1 : -1;
            }
            if (s.get(j).kind() != Chunk.Kind.WORD || s.get(j).isVerb()) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * The first person at most {@code reach} chunks after {@code end}, past titles, organizations, adjectives, proper
     * nouns and the words of {@code words}: P in "A hired the former CTO of B, P"; -1 if none, or when "as" follows
     * the person.
     */
    static int personAfter(ChunkedSentence s, int end, Set<String> words, int reach) {
        for (int j = end; j < s.size() && j < end + reach; j++) {
            Chunk c = s.get(j);
            if (c.kind() == Chunk.Kind.PERSON) {
                return s.wordAt(j + 1, AS) ? -1 : j;
            }
            boolean skip = c.kind() == Chunk.Kind.TITLE || c.isOrg() || s.wordAt(j, words)
                    || c.kind() == Chunk.Kind.WORD && (c.pos().equals("ADJ") || c.pos().equals("PROPN"));
            if (!skip) {
                return -1;
            }
        }
        return -1;
    }

    /** The person at {@code first} and the persons listed with it ("P and Q", "P, Q and R"); none if {@code first} is -1. */
    static List<Integer> peopleFrom(ChunkedSentence s, int first) {
        if (first < 0) {
            return List.of();
        }
        List<Integer> group = s.groupFrom(first, true).stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
        return group.isEmpty() ? List.of(first) : group;
    }

    /**
     * The persons of the group an including word lists right after {@code end} (past "that" or "which"), when a
     * person opens it: P, Q and R in "a team that includes P, Q and R".
     */
    static List<Integer> listedPeople(ChunkedSentence s, int end) {
        int include = end;
        while (include < s.size() && include <= end + 1 && s.wordAt(include, RELATIVE)) {
            include++;
        }
        if (!s.wordAt(include, INCLUDE) || include + 1 >= s.size() || s.get(include + 1).kind() != Chunk.Kind.PERSON) {
            return List.of();
        }
        return persons(s, s.groupFrom(include + 1, true));
    }

    /**
     * The nearest organization at most {@code reach} chunks before {@code t} in its clause, when it owns nothing and
     * no person and no verb but "is" or "was" stands between: A in "A is a weekly podcast hosted by P"; -1 if none.
     */
    static int nearestOrgBefore(ChunkedSentence s, int t, int reach) {
        for (int k = t - 1; k >= 0 && k >= t - reach && s.sameClause(k, t); k--) {
            Chunk c = s.get(k);
            if (c.kind() == Chunk.Kind.PERSON || c.isVerb() && !c.isWord("is") && !c.isWord("was")) {
                return -1;
            }
            if (c.isOrg()) {
                return c.possessive() ? -1 : k;
            }
        }
        return -1;
    }

    /**
     * Where the titles that start at {@code end}, and the words joining them ({@code title-chain-links}), stop:
     * "CTO and CFO P".
     */
    private static int pastTitles(ChunkedSentence s, int end) {
        int k = end;
        while (k < s.size() && (s.get(k).kind() == Chunk.Kind.TITLE || s.wordAt(k, CHAIN))) {
            k++;
        }
        return k;
    }

    /** The persons of the group right after {@code end}, past the titles before it: P and Q in "by CTO P and Q". */
    static List<Integer> peopleAfterTitles(ChunkedSentence s, int end) {
        int k = pastTitles(s, end);
        return k < s.size() && s.get(k).kind() == Chunk.Kind.PERSON ? persons(s, s.groupFrom(k, true)) : List.of();
    }

    /** The titles right after {@code end} that a person follows: CTO in "overseen by CTO P". */
    static List<Integer> titlesBeforePerson(ChunkedSentence s, int end) {
        int k = pastTitles(s, end);
        if (k >= s.size() || s.get(k).kind() != Chunk.Kind.PERSON) {
            return List.of();
        }
        List<Integer> titles = new ArrayList<>();
        for (int j = end; j < k; j++) {
            if (s.get(j).kind() == Chunk.Kind.TITLE) {
                titles.add(j);
            }
        }
        return titles;
    }

    private static List<Integer> persons(ChunkedSentence s, List<Integer> group) {
        return group.stream().filter(i -> s.get(i).kind() == Chunk.Kind.PERSON).toList();
    }
}
