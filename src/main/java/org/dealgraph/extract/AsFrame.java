package org.dealgraph.extract;

import java.util.Optional;
import java.util.Set;

/**
 * "P joined OpenAI as its CEO", "OpenAI hired P as chief scientist", "A promoted P to president", "A counts P as
 * COO and Q as CTO": when "as" (or "to" after a verb of promoting) opens a chain of titles after a verb of
 * joining or hiring and its object, the person and the organization the frame names; a person listed after such a
 * frame, perhaps described first ("and researchers Q as chief scientist"), takes its titles at the same organization.
 *
 * @param person       the chunk of the person who takes the titles
 * @param organization the chunk of the organization they take them at
 */
record AsFrame(int person, int organization) {

    private static final Set<String> JOIN_VERBS = Triggers.words(new Rule.TriggerKey("role", "join"));
    private static final Set<String> HIRE_VERBS = WordLists.get("hire-verbs");
    private static final Set<String> PROMOTE_VERBS = WordLists.get("promote-verbs");
    private static final Set<String> AS_FILLERS = WordLists.get("as-fillers");
    private static final Set<String> DESCRIBING_WORDS = WordLists.get("affiliation-hire-object-words");
    /** How far back a comma that opens an apposition, or the "as" of a listed frame, may stand. */
    private static final int APPOSITION_REACH = 6;
    /** How many chunks may describe a listed person before the name ("and high-profile researchers Q as CTO"). */
    private static final int LISTED_DESCRIPTION = 3;

    /** The frame whose "as" stands before the titles starting at {@code first}, if there is one. */
    static Optional<AsFrame> before(ChunkedSentence s, int first) {
        int as = first - 1;
        while (as > 0 && s.wordAt(as, AS_FILLERS)) {
            as--;
        }
        return at(s, as);
    }

    /** The frame that the "as" (or "to") at {@code as} closes, if there is one; the titles after it are not looked at. */
    static Optional<AsFrame> at(ChunkedSentence s, int as) {
        boolean to = as >= 2 && s.get(as).isWord("to");
        if (as < 2 || !s.get(as).isWord("as") && !to) {
            return Optional.empty();
        }
        int object = personBefore(s, as - 1);
        String verb = s.get(object - 1).lower();
        if (!to && JOIN_VERBS.contains(verb) && s.get(object).isOrg()) {
            return s.soleSubject(object - 1, Chunk.Kind.PERSON).map(person -> new AsFrame(person, object));
        }
        int hiring = s.get(object).kind() == Chunk.Kind.PERSON ? describedFrom(s, object) - 1 : -1;
        if (hiring >= 0 && (to ? PROMOTE_VERBS : HIRE_VERBS).contains(s.get(hiring).lower())) {
            return s.soleSubject(hiring, Chunk.Kind.ORG).map(org -> new AsFrame(object, org));
        }
        int link = object - 1;
        while (link > 1 && link >= object - LISTED_DESCRIPTION && describes(s.get(link))) {
            link--;
        }
        boolean next = link >= 1 && (s.get(link).isWord("and") || s.get(link).isWord(","));
        if (!to && next && s.get(object).kind() == Chunk.Kind.PERSON) {
            return previous(s, link - 1).map(frame -> new AsFrame(object, frame.organization()));
        }
        return Optional.empty();
    }

    /**
     * Where the description of the person at {@code person} begins: past the words, adjectives, nouns, titles and former
     * employers before the name that say who they were ("hired former Acme executive P as COO"), up to a verb of
     * hiring or promoting however tagged ("counts" may be taken for a noun); {@code person} when none do.
     */
    private static int describedFrom(ChunkedSentence s, int person) {
        int k = person;
        while (k > 1 && k > person - APPOSITION_REACH && !HIRE_VERBS.contains(s.get(k - 1).lower())
                && !PROMOTE_VERBS.contains(s.get(k - 1).lower()) && (s.get(k - 1).kind() == Chunk.Kind.TITLE || s.get(k - 1).isOrg()
                && !s.get(k - 1).possessive() || s.wordAt(k - 1, DESCRIBING_WORDS)
                || s.get(k - 1).kind() == Chunk.Kind.WORD && Set.of("ADJ", "NOUN").contains(s.get(k - 1).pos()))) {
            k--;
        }
        return k;
    }

    /**
     * The person an apposition set off by commas before {@code k} describes ("hired P, formerly of B, as CTO"), or
     * {@code k} itself.
     */
    private static int personBefore(ChunkedSentence s, int k) {
        if (!s.get(k).isWord(",")) {
            return k;
        }
        for (int j = k - 1; j >= 2 && j >= k - APPOSITION_REACH; j--) {
            if (s.get(j).isWord(",")) {
                return s.get(j - 1).kind() == Chunk.Kind.PERSON ? j - 1 : k;
            }
        }
        return k;
    }

    /**
     * The hiring frame of the person listed before ("counts P as COO and Q as head of research"): the "as" frame
     * whose titles end at {@code last}.
     */
    private static Optional<AsFrame> previous(ChunkedSentence s, int last) {
        for (int k = last; k >= 2 && k >= last - APPOSITION_REACH; k--) {
            if (s.get(k).isWord("as")) {
                int person = k - 1;
                return before(s, k + 1).filter(frame -> frame.person() == person
                        && s.get(person).kind() == Chunk.Kind.PERSON);
            }
        }
        return Optional.empty();
    }

    /** A title or a modifying word before a listed person's name: "researchers", "high-profile", "veteran". */
    private static boolean describes(Chunk c) {
        return c.kind() == Chunk.Kind.TITLE || c.kind() == Chunk.Kind.WORD && !c.isVerb()
                && (c.pos().equals("ADJ") || c.pos().equals("NOUN") || c.isWord("-"));
    }
}
